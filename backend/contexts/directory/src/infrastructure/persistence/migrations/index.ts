import { Migration20261128000003_directory } from './Migration20261128000003_directory';
import { Migration20261207000010_school_structures } from './Migration20261207000010_school_structures';
import { Migration20261207000011_people_register } from './Migration20261207000011_people_register';
import { Migration20261207000019_structure_references_at_commit } from './Migration20261207000019_structure_references_at_commit';

/** The directory context's migrations, in order (listed: bundled builds do not scan the file system). */
export const DIRECTORY_MIGRATIONS = [
  { name: 'Migration20261128000003_directory', class: Migration20261128000003_directory },
  { name: 'Migration20261207000010_school_structures', class: Migration20261207000010_school_structures },
  { name: 'Migration20261207000011_people_register', class: Migration20261207000011_people_register },
  {
    name: 'Migration20261207000019_structure_references_at_commit',
    class: Migration20261207000019_structure_references_at_commit,
  },
];
