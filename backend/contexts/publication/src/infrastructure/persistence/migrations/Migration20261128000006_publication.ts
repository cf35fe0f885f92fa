import { Migration } from '@mikro-orm/migrations';

/**
 * The class blog (publication context): articles, comments, reading receipts. (Its first version also made
 * media usages per resource; that part is media's own now: Migration20261128000005b_media_usage_per_resource.)
 */
export class Migration20261128000006_publication extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists publication;`);
    this.addSql(`create table publication.article (
      id uuid primary key,
      class_id uuid not null,
      author_id uuid not null,
      author_role varchar(10) not null check (author_role in ('PUPIL', 'TEACHER')),
      author_name varchar(200) not null,
      author_account_role varchar(20) not null,
      title varchar(200) not null,
      body text not null,
      excerpt varchar(300) not null,
      media_ids uuid[] not null default '{}',
      status varchar(10) not null check (status in ('draft', 'submitted', 'published')),
      feedback varchar(2000) null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      submitted_at timestamptz null,
      published_at timestamptz null
    );`);
    this.addSql(
      `create index article_published_idx on publication.article (class_id, published_at desc, id desc) where status = 'published';`,
    );
    this.addSql(`create index article_class_status_idx on publication.article (class_id, status, updated_at desc);`);
    this.addSql(`create index article_author_idx on publication.article (author_id, class_id);`);

    this.addSql(`create table publication.comment (
      id uuid primary key,
      article_id uuid not null references publication.article (id) on delete cascade,
      author_id uuid not null,
      author_name varchar(200) not null,
      author_account_role varchar(20) not null,
      body varchar(2000) not null,
      status varchar(10) not null check (status in ('pending', 'visible', 'hidden')),
      created_at timestamptz not null
    );`);
    this.addSql(`create index comment_article_idx on publication.comment (article_id, created_at);`);
    this.addSql(`create index comment_pending_idx on publication.comment (article_id) where status = 'pending';`);

    this.addSql(`create table publication.article_read (
      article_id uuid not null references publication.article (id) on delete cascade,
      person_id uuid not null,
      person_name varchar(200) not null,
      person_role varchar(20) not null,
      read_at timestamptz not null,
      primary key (article_id, person_id)
    );`);
  }
}
