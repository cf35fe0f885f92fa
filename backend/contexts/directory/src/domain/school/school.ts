import type { ModuleName, SchoolAddress } from '@preau/contracts';
import { checkRule, type Id, rule } from '@preau/kernel';
import { Uai } from './uai';

/**
 * A school of an academy: its name, UAI, address, directors, and emergency switches. Who may create or change it is
 * the administration policy's (docs/product/access-rules.md, section 5); this class keeps it well-formed.
 * `directorIds` are the school_director rows, kept in step by the repository.
 */
export class School {
  directorIds: Id[] = [];

  constructor(
    readonly id: Id,
    readonly academyId: Id,
    public name: string,
    /** Emergency switches: `false` = module off for the whole school, whatever the classes say. */
    public switches: Partial<Record<ModuleName, boolean>>,
    public uai: string | null = null,
    public address: SchoolAddress | null = null,
  ) {}

  static create(props: {
    id: Id;
    academyId: Id;
    name: string;
    uai: Uai;
    address: SchoolAddress | null;
    directorIds: Id[];
  }): School {
    const school = new School(props.id, props.academyId, '', {}, props.uai.value, props.address);
    school.rename(props.name);
    school.appointDirectors(props.directorIds);
    return school;
  }

  rename(name: string): void {
    const trimmed = name.trim();
    checkRule(
      rule(
        'ASchoolHasAName',
        'VALIDATION_FAILED',
        'A school needs a name of 1 to 200 characters.',
        () => trimmed.length === 0 || trimmed.length > 200,
        'name',
      ),
    );
    this.name = trimmed;
  }

  registerUai(uai: Uai): void {
    this.uai = uai.value;
  }

  moveTo(address: SchoolAddress | null): void {
    this.address = address
      ? { street: address.street.trim(), postalCode: address.postalCode.trim(), city: address.city.trim() }
      : null;
  }

  /** Replaces the directors (who may direct is checked by the caller against the academy's people). */
  appointDirectors(personIds: Id[]): void {
    this.directorIds = [...new Set(personIds)];
  }

  setSwitches(changes: Partial<Record<ModuleName, boolean>>): Partial<Record<ModuleName, boolean>> {
    const changed: Partial<Record<ModuleName, boolean>> = {};
    for (const [module, on] of Object.entries(changes) as [ModuleName, boolean | undefined][]) {
      if (on === undefined || (this.switches[module] ?? true) === on) continue;
      changed[module] = on;
    }
    const next = { ...this.switches, ...changed };
    // Only "off" is stored: "on" means "left to the classes".
    for (const module of Object.keys(next) as ModuleName[]) if (next[module] !== false) delete next[module];
    this.switches = next;
    return changed;
  }
}
