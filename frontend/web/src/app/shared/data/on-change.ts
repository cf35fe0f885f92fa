import { EffectRef, effect, untracked } from '@angular/core';

/**
 * Runs `act` with `source()` now and each time it changes (a route's input: load the class's queue), without
 * making `act`'s own reads a reason to run again. In an injection context (a component's fields or constructor).
 */
export function onChange<T>(source: () => T, act: (value: T) => unknown): EffectRef {
  return effect(() => {
    const value = source();
    untracked(() => void act(value));
  });
}
