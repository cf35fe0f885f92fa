import { Migration } from '@mikro-orm/migrations';

/** Personal folders of the media library; deleting a folder puts its items back at the root. */
export class Migration20261128000005_media_folders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table media.folder (
      id uuid primary key,
      owner_id uuid not null,
      name varchar(100) not null,
      created_at timestamptz not null,
      unique (owner_id, name)
    );`);
    this.addSql(
      `alter table media.item add constraint item_folder_fk foreign key (folder_id) references media.folder (id) on delete set null;`,
    );
    this.addSql(`create index item_folder_idx on media.item (folder_id) where folder_id is not null;`);
  }
}
