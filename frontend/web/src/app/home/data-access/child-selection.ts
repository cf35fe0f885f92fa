import { Injectable, computed, inject, signal } from '@angular/core';
import type { MeResponse } from '@preau/contracts';
import { SessionStore } from '../../shared/session/session-store';

type Child = MeResponse['children'][number];

/** Which of a parent's children the home page is about (the first one until the parent picks another). */
@Injectable({ providedIn: 'root' })
export class ChildSelection {
  private readonly session = inject(SessionStore);
  private readonly picked = signal<string | null>(null);

  /** The children that are in a class this year (the others have nothing to show). */
  readonly children = computed<Child[]>(() => (this.session.me()?.children ?? []).filter((c) => c.classId !== null));

  readonly selected = computed<Child | null>(() => {
    const children = this.children();
    return children.find((c) => c.id === this.picked()) ?? children[0] ?? null;
  });

  select(childId: string): void {
    this.picked.set(childId);
  }
}
