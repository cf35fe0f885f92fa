import { Migration } from '@mikro-orm/migrations';

/** Integration events carry the version of their payload's shape (docs/decisions/0009-one-shape-for-every-context.md). */
export class Migration20261207000001_event_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table platform.outbox_message add column if not exists version smallint not null default 1;`);
  }
}
