/** The classes' public surface: the class a route shows, a class's overview, its modules' icons. */
export { ClassContext, injectClass, provideClassContext } from './data-access/class-context';
export { MODULE_ICONS } from './data-access/module-tiles';
export { ClassOverview } from './feature-class-home/class-overview';
