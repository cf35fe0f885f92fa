import { Migration } from '@mikro-orm/migrations';

/**
 * Schools and classes administered from the console (issue 11, decision 0010): a school's UAI (unique when
 * known; the demo schools have none) and postal address; a class's levels (one, or two for a double-level class).
 */
export class Migration20261207000010_school_structures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table directory.school add column if not exists uai varchar(8) null;`);
    this.addSql(`alter table directory.school add column if not exists address jsonb null;`);
    this.addSql(`create unique index if not exists school_uai_uq on directory.school (uai) where uai is not null;`);
    this.addSql(`alter table directory.class add column if not exists levels varchar(3)[] not null default '{}';`);
    this.addSql(`alter table directory.class drop constraint if exists class_levels_check;`);
    this.addSql(`alter table directory.class add constraint class_levels_check
      check (levels <@ array['CP', 'CE1', 'CE2', 'CM1', 'CM2']::varchar(3)[] and cardinality(levels) <= 2);`);
  }
}
