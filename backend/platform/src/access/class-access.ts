import { type ClassAccess, type ClassAction, ErrorCodes, moduleOf } from '@preau/contracts';
import { DomainError } from '@preau/kernel';

/** Whether the directory's answer lets the person do `action` now (the action's module switched on). */
export function classActionAllowed(access: ClassAccess, action: ClassAction): boolean {
  const module = moduleOf(action);
  return access.allowed.includes(action) && (!module || access.modules[module]);
}

/**
 * Throws unless the directory's answer lets the person do `action` in the class: NOT_FOUND when the class
 * is unknown to them, FORBIDDEN when the module matrix refuses, MODULE_DISABLED when the module is off.
 */
export function requireClassAction(access: ClassAccess, action: ClassAction): void {
  if (!access.known) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
  if (!access.allowed.includes(action)) throw new DomainError(ErrorCodes.FORBIDDEN, 'You may not do this in this class.', { action });
  const module = moduleOf(action);
  if (module && !access.modules[module]) throw new DomainError(ErrorCodes.MODULE_DISABLED, `The ${module} module is switched off for this class.`, { module });
}

/**
 * "What may this person do in class C?" as a port: handlers depend on this, the processes bind it to the bus
 * (the directory answers `GetClassAccessQuery`), and handler specs bind a fake (`FakeClassAccess` in @preau/testing).
 */
export interface ClassAccessPort {
  of(personId: string, classId: string): Promise<ClassAccess>;
}

export const CLASS_ACCESS = Symbol('ClassAccessPort');

/** Throws NOT_FOUND / FORBIDDEN / MODULE_DISABLED unless the person may do `action` in the class; else its access. */
export async function checkClassAction(access: ClassAccessPort, personId: string, classId: string, action: ClassAction): Promise<ClassAccess> {
  const answer = await access.of(personId, classId);
  requireClassAction(answer, action);
  return answer;
}
