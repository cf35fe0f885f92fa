import type { ClassSettings, ModuleName, SchoolLevel } from '@preau/contracts';
import { checkRule, type Id, rule } from '@preau/kernel';

/** The levels of a French école élémentaire (contracts' SCHOOL_LEVELS: the domain imports types only). */
export const LEVELS: readonly SchoolLevel[] = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'];

export const ALL_MODULES_ON: Record<ModuleName, boolean> = {
  blog: true,
  messaging: true,
  media: true,
  homework: true,
  liaison: true,
  calendar: true,
};

export const DEFAULT_SETTINGS: ClassSettings = {
  commentModeration: 'held',
  holdPupilMessages: false,
  shareBlogWithPartners: false,
};

/**
 * A class of one school year: its name, levels (one, or two for a double-level class), teachers, module switches
 * and settings. Who may change them is the class-access and administration policies' (docs/product/access-rules.md);
 * `teacherIds` are the class_teacher rows, kept in step by the repository.
 */
export class SchoolClass {
  teacherIds: Id[] = [];

  constructor(
    readonly id: Id,
    readonly schoolId: Id,
    readonly schoolYearId: string,
    public name: string,
    public modules: Record<ModuleName, boolean>,
    public settings: ClassSettings,
    public levels: SchoolLevel[] = [],
  ) {}

  /** A new class: every module on, the given settings (docs/product/access-rules.md, section 6). */
  static create(props: {
    id: Id;
    schoolId: Id;
    schoolYearId: string;
    name: string;
    levels: SchoolLevel[];
    teacherIds: Id[];
    settings?: ClassSettings;
  }): SchoolClass {
    const klass = new SchoolClass(
      props.id,
      props.schoolId,
      props.schoolYearId,
      '',
      { ...ALL_MODULES_ON },
      { ...(props.settings ?? DEFAULT_SETTINGS) },
    );
    klass.rename(props.name);
    klass.changeLevels(props.levels);
    klass.assignTeachers(props.teacherIds);
    return klass;
  }

  rename(name: string): void {
    const trimmed = name.trim();
    checkRule(
      rule(
        'AClassHasAName',
        'VALIDATION_FAILED',
        'A class needs a name of 1 to 100 characters.',
        () => trimmed.length === 0 || trimmed.length > 100,
        'name',
      ),
    );
    this.name = trimmed;
  }

  /** Rule AClassHasOneOrTwoLevels: CP…CM2, one level or two distinct ones (a double-level class, "CE2/CM1"). */
  changeLevels(levels: SchoolLevel[]): void {
    const unique = [...new Set(levels)];
    checkRule(
      rule(
        'AClassHasOneOrTwoLevels',
        'VALIDATION_FAILED',
        'A class has one level, or two distinct ones, among CP, CE1, CE2, CM1 and CM2.',
        () =>
          unique.length !== levels.length ||
          levels.length < 1 ||
          levels.length > 2 ||
          levels.some((l) => !LEVELS.includes(l)),
        'levels',
      ),
    );
    this.levels = [...levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b));
  }

  /** Replaces the teachers (who may teach is checked by the caller against the academy's people). */
  assignTeachers(personIds: Id[]): void {
    this.teacherIds = [...new Set(personIds)];
  }

  /** Switching a module off keeps its data; switching it on brings it back. Returns what really changed. */
  switchModules(changes: Partial<Record<ModuleName, boolean>>): Partial<Record<ModuleName, boolean>> {
    const changed: Partial<Record<ModuleName, boolean>> = {};
    for (const [module, on] of Object.entries(changes) as [ModuleName, boolean | undefined][]) {
      if (on === undefined || this.modules[module] === on) continue;
      changed[module] = on;
    }
    this.modules = { ...this.modules, ...changed };
    return changed;
  }

  changeSettings(changes: Partial<ClassSettings>): Partial<ClassSettings> {
    const changed: Partial<ClassSettings> = {};
    for (const [key, value] of Object.entries(changes) as [keyof ClassSettings, never][]) {
      if (value === undefined || this.settings[key] === value) continue;
      changed[key] = value;
    }
    this.settings = { ...this.settings, ...changed };
    return changed;
  }
}
