import { Migration } from '@mikro-orm/migrations';

/**
 * Provisioning a whole structure through the aggregates (decision 0009): one unit of work inserts an academy, its
 * year, people, schools, classes, teachers, enrolments and partnerships. The ORM maps no relations between these
 * aggregates, so it does not order their inserts: like the people register's (Migration20261207000011), the
 * structure's references are checked when the transaction commits.
 */
export class Migration20261207000019_structure_references_at_commit extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of [
      ['academy_admin', 'person_id'],
      ['academy_admin', 'academy_id'],
      ['school', 'academy_id'],
      ['school_director', 'school_id'],
      ['class', 'school_id'],
      ['class', 'school_year_id'],
      ['class_teacher', 'class_id'],
      ['class_teacher', 'person_id'],
      ['enrolment', 'school_year_id'],
      ['partnership', 'requester_class_id'],
      ['partnership', 'partner_class_id'],
    ]) {
      this.addSql(
        `alter table directory.${table} alter constraint ${table}_${column}_fkey deferrable initially deferred;`,
      );
    }
  }
}
