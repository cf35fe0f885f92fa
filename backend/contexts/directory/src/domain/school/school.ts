import type { ModuleName } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class School {
  constructor(
    readonly id: Id,
    readonly academyId: Id,
    public name: string,
    /** Emergency switches: `false` = module off for the whole school, whatever the classes say. */
    public switches: Partial<Record<ModuleName, boolean>>,
  ) {}

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
