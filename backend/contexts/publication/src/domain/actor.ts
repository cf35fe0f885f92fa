import type { Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/**
 * Who acts on the blog of one class. The aggregate does not know the directory: the application asks
 * the class-access port whether the person teaches the article's class and passes the answer here.
 */
export interface Actor {
  readonly id: Id;
  readonly isClassTeacher: boolean;
}

/** Who reads: `mayReadPublished` is the class-access policy's answer (members, families, director, shared partners). */
export interface Viewer extends Actor {
  readonly mayReadPublished: boolean;
}

/** Length in characters as a person counts them (code points, so an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

/** Who wrote something, as shown beside it (kept with the text: a blog page shows it without asking the directory). */
export interface PersonSnapshot {
  readonly id: Id;
  readonly displayName: string;
  readonly role: Role;
}
