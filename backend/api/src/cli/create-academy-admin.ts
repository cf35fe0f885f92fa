import { CreateAccountCommand, ProvisionStructureCommand } from '@preau/contracts';
import { newId } from '@preau/kernel';
import type { Bus } from '@preau/platform';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { currentSchoolYear } from '../demo/seed-demo-academy';

/**
 * `node dist/backend/api/main.js create-academy-admin --academy "Académie de Lyon" --login rectorat.admin --name "Claire Dupont"`:
 * the first account of a real deployment (no demo), with a one-time password printed once.
 */
export async function createAcademyAdmin(bus: Bus, argv: string[]): Promise<{ login: string; password: string }> {
  const { values } = parseArgs({
    args: argv,
    options: { academy: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.academy || !values.login || !values.name) {
    throw new Error('usage: create-academy-admin --academy "<name>" --login <login> --name "<display name>"');
  }
  const id = newId();
  const password = randomBytes(12).toString('base64url');
  await bus.command(new CreateAccountCommand(id, values.login, values.name, 'ACADEMY_ADMIN', password));
  await bus.command(
    new ProvisionStructureCommand({
      academy: { id: newId(), name: values.academy },
      schoolYear: currentSchoolYear(new Date()),
      people: [{ id, displayName: values.name, role: 'ACADEMY_ADMIN' }],
      academyAdminIds: [id],
      schools: [],
      guardianships: [],
      partnerships: [],
    }),
  );
  return { login: values.login.trim().toLowerCase(), password };
}
