import { DirectoryEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { DirectoryModule } from './directory.module';
import { DIRECTORY_MIGRATIONS } from './infrastructure/persistence/migrations';

/** Schools, classes, people and the access rules: every change to the structures is audited. */
export const DIRECTORY_CONTEXT = defineContext({
  name: 'directory',
  module: DirectoryModule,
  migrations: DIRECTORY_MIGRATIONS,
  events: Object.values(DirectoryEvents),
  audited: Object.values(DirectoryEvents),
});
