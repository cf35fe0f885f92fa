import { Academy } from './academy';

describe('Academy', () => {
  it('is created with a trimmed name and its administrators, once each', () => {
    const academy = Academy.create({ id: 'a', name: '  Académie de Démo ', adminIds: ['p', 'q', 'p'] });
    expect(academy).toMatchObject({ id: 'a', name: 'Académie de Démo', adminIds: ['p', 'q'] });
  });

  it.each(['', '   ', 'x'.repeat(201)])('refuses the name %j (AnAcademyHasAName)', (name) => {
    expect(() => Academy.create({ id: 'a', name, adminIds: [] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
