import { Migration } from '@mikro-orm/migrations';

/**
 * Credentials of issue 11 (decision 0010): first passwords, activation codes and cards are derived from a version
 * kept on the account, never stored; an account may have no password yet; accent-insensitive search.
 */
export class Migration20261207000012_credentials extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table identity.account
      alter column password_hash drop not null,
      add column must_change_password boolean not null default false,
      add column first_password_version int null,
      add column card_version int null,
      add column activation_version int null,
      add column activation_lookup char(32) null,
      add column activation_expires_at timestamptz null,
      add column activated_at timestamptz null,
      add column email varchar(200) null;`);
    this.addSql(`create index account_activation_lookup_idx on identity.account (activation_lookup) where activation_lookup is not null;`);
    // Logins generated for a batch are checked against the existing ones with one `login like any(...)`.
    this.addSql(`create index account_login_pattern_idx on identity.account (login text_pattern_ops);`);
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    // unaccent() is only stable (its dictionary could change); this wrapper names the dictionary, so that an index may use it.
    this.addSql(`create or replace function identity.fold(value text) returns text
      language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`);
    // What a search compares: folded, letters and digits only ("N'DIAYE" and "ndiaye", "Chloé Leroy" and "chloe leroy").
    this.addSql(`create or replace function identity.search_key(value text) returns text
      language sql immutable parallel safe strict
      as $$ select regexp_replace(identity.fold(value), '[^a-z0-9]+', '', 'g') $$;`);
    this.addSql(`create index account_search_idx on identity.account
      using gin ((identity.search_key(display_name) || ' ' || identity.search_key(login)) gin_trgm_ops);`);
    this.addSql(`create index account_sort_idx on identity.account (identity.fold(display_name), id);`);
  }
}
