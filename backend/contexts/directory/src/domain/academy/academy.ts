import { checkRule, type Id, rule } from '@preau/kernel';

/**
 * An academy: its name and its administrators (docs/product/access-rules.md, section 5: an academy administrator
 * administers every school of their academy). `adminIds` are the academy_admin rows, kept in step by the repository.
 */
export class Academy {
  adminIds: Id[] = [];

  constructor(
    readonly id: Id,
    public name: string,
  ) {}

  static create(props: { id: Id; name: string; adminIds: Id[] }): Academy {
    const academy = new Academy(props.id, '');
    academy.rename(props.name);
    academy.appointAdmins(props.adminIds);
    return academy;
  }

  rename(name: string): void {
    const trimmed = name.trim();
    checkRule(
      rule(
        'AnAcademyHasAName',
        'VALIDATION_FAILED',
        'An academy needs a name of 1 to 200 characters.',
        () => trimmed.length === 0 || trimmed.length > 200,
        'name',
      ),
    );
    this.name = trimmed;
  }

  /** Replaces the administrators (who may administer is the caller's to check against the academy's people). */
  appointAdmins(personIds: Id[]): void {
    this.adminIds = [...new Set(personIds)];
  }
}
