import type { ParticipantView } from '@preau/contracts';

/** "Léa Martin" → "LM", "Mme Dupont" → "MD", "Zoé" → "Z" (letters only; an empty name gives "?"). */
export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/[\s\-'’]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const first = (w: string) => (w.match(/\p{L}/u)?.[0] ?? '').toLocaleUpperCase('fr');
  return words.length === 1 ? first(words[0]) : first(words[0]) + first(words[words.length - 1]);
}

/**
 * Avatar backgrounds: dark enough for white initials to pass WCAG AA (≥ 4.5:1, checked by a test),
 * different enough for a class to tell its members apart.
 */
export const AVATAR_COLORS = ['#1c5fb0', '#1a6b38', '#a3261c', '#6b3fa0', '#8a4a00', '#00676b', '#8c3262', '#4a5a78', '#5b6300', '#7a3f2c'] as const;

/** The same person always gets the same colour, on every device (a hash of their id, not their name). */
export function avatarColor(id: string): string {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return AVATAR_COLORS[(hash >>> 0) % AVATAR_COLORS.length];
}

/** "Léa", "Léa et Tom", "Léa, Tom et 3 autres": the people of a conversation other than the caller. */
export function othersOf(participants: readonly ParticipantView[], meId: string | null | undefined): ParticipantView[] {
  const others = participants.filter((p) => p.id !== meId);
  return others.length ? others : participants.slice(0, 1);
}

/** The display names of `ids` among the people known, in order; unknown ids are left out. */
export function namesOf(ids: readonly string[], people: ReadonlyMap<string, Pick<ParticipantView, 'displayName'>>): string[] {
  return ids.map((id) => people.get(id)?.displayName).filter((n): n is string => !!n);
}
