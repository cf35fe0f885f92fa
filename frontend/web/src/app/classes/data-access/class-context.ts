import { httpResource } from '@angular/common/http';
import { Injectable, Provider, computed, inject, signal } from '@angular/core';
import type { ClassAction, ClassView } from '@preau/contracts';
import { classUrl } from './classes-api';

/**
 * The class the pages of a route are about (`classes/:classId/...`, or the class of a blog article), shared as
 * signals by what the page shows, instead of each page writing its own request for it. Provided by the route
 * (`provideClassContext()`); a page says which class it shows with `injectClass(() => …)`, from its route's
 * input or its article: loaded once while the page shows, and again when the next page comes.
 */
@Injectable()
export class ClassContext {
  private readonly source = signal<() => string | null | undefined>(() => null);

  /** The class shown, if any. */
  readonly classId = computed(() => this.source()() ?? null);
  /** The API's answer, with its loading and error states; `set` after a change the API answered with. */
  readonly resource = httpResource<ClassView>(() => {
    // Read to ask again when another page comes to follow the class: the route outlives its pages, and the
    // class's settings and modules may have changed in between (each page used to load it itself).
    this.source();
    const classId = this.classId();
    return classId ? classUrl(classId) : undefined;
  });
  /** Why it could not be loaded (a page shows it with a retry: `reload`). */
  readonly error = this.resource.error;
  readonly view = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  /** '' until it is known: a page shows its title first and the class's name when it comes. */
  readonly name = computed(() => this.view()?.name ?? '');
  readonly permissions = computed<readonly ClassAction[]>(() => this.view()?.permissions ?? []);

  /** The page shows the class `classId()` says (its route's input, or its article's class), as it changes. */
  follow(classId: () => string | null | undefined): void {
    this.source.set(classId);
  }

  reload(): void {
    this.resource.reload();
  }

  can(...actions: ClassAction[]): boolean {
    return this.permissions().some((p) => actions.includes(p));
  }
}

/** For a route whose pages show one class. */
export function provideClassContext(): Provider[] {
  return [ClassContext];
}

/** The route's class context, following the class `classId()` says (in a page's fields: `injectClass(() => this.classId())`). */
export function injectClass(classId: () => string | null | undefined): ClassContext {
  const context = inject(ClassContext);
  context.follow(classId);
  return context;
}
