import { DomainError } from '@preau/kernel';
import { ProblemDetailsFilter } from './problem-details.filter';

const filter = new ProblemDetailsFilter();
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('ProblemDetailsFilter', () => {
  it.each([
    ['a deadlock', pgError('40P01')],
    ['a serialisation failure', pgError('40001')],
    ['a lock not available', pgError('55P03')],
    ['a row removed under a reference', pgError('23503')],
    ['the same, wrapped by the ORM', Object.assign(new Error('wrapped'), { previous: pgError('40P01') })],
    ['an ORM exception carrying the SQLSTATE', Object.assign(new Error('orm'), { code: '23503', sqlState: '23503' })],
  ])('answers %s (two people acting at once) with 409 CONFLICT, never a 500', (_label, error) => {
    const { status, body } = filter.toProblem(error);
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CONFLICT', status: 409 });
  });

  it('keeps other database errors as 500 INTERNAL_ERROR, without their message', () => {
    const { status, body } = filter.toProblem(pgError('42601'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('pg 42601');
  });

  it('answers a domain error with its code', () => {
    expect(filter.toProblem(new DomainError('NOT_FOUND', 'No such article.')).status).toBe(404);
  });
});
