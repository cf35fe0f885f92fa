import type { ClassAction, ClassView, ModuleName } from '@preau/contracts';
import { MODULES } from '@preau/contracts';

export const MODULE_ICONS: Record<ModuleName, string> = {
  blog: 'article',
  messaging: 'forum',
  media: 'photo_library',
  homework: 'menu_book',
  liaison: 'contract_edit',
  calendar: 'calendar_month',
};

/** The action that lets someone use a module at all (docs/product/access-rules.md, module matrix). */
export const MODULE_READ_ACTION: Record<ModuleName, ClassAction> = {
  blog: 'blog.read',
  messaging: 'messaging.use',
  media: 'media.class.read',
  homework: 'homework.read',
  liaison: 'liaison.read',
  calendar: 'calendar.read',
};

/** Modules whose pages this app has; the others' tiles say "coming soon". */
export const BUILT_MODULES: ReadonlySet<ModuleName> = new Set<ModuleName>(['blog', 'messaging', 'media']);

/**
 * - `open`: a link to the module's page;
 * - `coming-soon`: switched on, but its pages are not built yet (never a broken link);
 * - `off-class` / `off-school`: switched off by the class's teacher / by a school emergency switch,
 *   shown only to those who may switch modules.
 */
export type TileState = 'open' | 'coming-soon' | 'off-class' | 'off-school';

export interface ModuleTile {
  module: ModuleName;
  icon: string;
  state: TileState;
  /** Router link of the module's page, only when `open`. */
  link: string | null;
}

/** A school switch is an emergency "off": `false` turns the module off for every class of the school. */
export function isOffForSchool(view: ClassView, module: ModuleName): boolean {
  return view.schoolSwitches?.[module] === false;
}

export function isModuleOn(view: ClassView, module: ModuleName): boolean {
  return view.modules[module] === true && !isOffForSchool(view, module);
}

/**
 * The module tiles of a class for the caller. A module that is off does not show at all for those who
 * cannot switch it (pupils, parents), and shows as "off" for those who can (teachers, director).
 */
export function moduleTiles(view: ClassView, built: ReadonlySet<ModuleName> = BUILT_MODULES): ModuleTile[] {
  const manages = view.permissions.includes('class.modules.switch');
  return MODULES.flatMap((module): ModuleTile[] => {
    const icon = MODULE_ICONS[module];
    if (isOffForSchool(view, module)) return manages ? [{ module, icon, state: 'off-school', link: null }] : [];
    if (!view.modules[module]) return manages ? [{ module, icon, state: 'off-class', link: null }] : [];
    if (!view.permissions.includes(MODULE_READ_ACTION[module])) return [];
    return built.has(module)
      ? [{ module, icon, state: 'open', link: `/classes/${view.id}/${module}` }]
      : [{ module, icon, state: 'coming-soon', link: null }];
  });
}
