import type { ClassSettings, ModuleName } from '@preau/contracts';
import type { Id } from '@preau/kernel';

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

/** A class of one school year: its module switches and settings (who may change them is the class-access policy's). */
export class SchoolClass {
  constructor(
    readonly id: Id,
    readonly schoolId: Id,
    readonly schoolYearId: string,
    public name: string,
    public modules: Record<ModuleName, boolean>,
    public settings: ClassSettings,
  ) {}

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
