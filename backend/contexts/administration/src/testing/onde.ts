import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RosterFileReader } from '../application/ports/roster-file-reader.port';
import type { RosterFile } from '../domain/import-run/roster-file';
import { OndeFileReader } from '../infrastructure/onde/onde-file-reader';

/** The shared ONDE fixtures (../shared/fixtures/onde from the repository's root; never modified). */
export const ONDE_FIXTURES = resolve(__dirname, '../../../../../../shared/fixtures/onde');

export const ondeFixture = (name: string): Buffer => readFileSync(resolve(ONDE_FIXTURES, name));

/** The real ONDE adapter, for handler specs that read the fixtures as the API would. */
export const ondeReader = (): RosterFileReader => new OndeFileReader();

export const readOndeFixture = (name: string): RosterFile => ondeReader().read(ondeFixture(name));
