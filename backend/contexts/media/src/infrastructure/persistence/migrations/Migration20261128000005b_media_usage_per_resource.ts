import { Migration } from '@mikro-orm/migrations';

/**
 * Media usages become per resource: whoever may read the resource (asked of the context that owns it) may see
 * the items it uses. This step was first written inside the publication migration; it moved here so that each
 * context alters only its own tables. Databases that ran it there run it again here: it changes nothing twice.
 */
export class Migration20261128000005b_media_usage_per_resource extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table media.usage drop column if exists class_id, drop column if exists action, add column if not exists position smallint not null default 0;`,
    );
  }
}
