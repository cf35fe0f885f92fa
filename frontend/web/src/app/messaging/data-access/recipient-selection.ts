import type { ParticipantView, PickableRecipientView, RecipientGroupView, RecipientsView } from '@preau/contracts';

/** A chip of the recipient field: one person, or a ready-made group shown as one chip until expanded. */
export type RecipientChip =
  | { kind: 'person'; id: string; person: ParticipantView }
  | { kind: 'group'; id: string; group: RecipientGroupView; memberIds: string[] };

export function personChip(person: ParticipantView): RecipientChip {
  return { kind: 'person', id: person.id, person };
}

export type GroupChip = Extract<RecipientChip, { kind: 'group' }>;

export function groupChip(group: RecipientGroupView): GroupChip {
  return { kind: 'group', id: `group:${group.id}`, group, memberIds: [...new Set(group.memberIds)] };
}

/** Everyone the chips stand for, once each, in the order chosen. */
export function recipientIdsOf(chips: readonly RecipientChip[]): string[] {
  const ids = new Set<string>();
  for (const chip of chips) {
    if (chip.kind === 'person') ids.add(chip.id);
    else chip.memberIds.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** Adds a person, unless already there (alone or in a group). */
export function addPerson(chips: readonly RecipientChip[], person: ParticipantView): RecipientChip[] {
  return recipientIdsOf(chips).includes(person.id) ? [...chips] : [...chips, personChip(person)];
}

/** Adds a group as one chip; a group already there, or one with no one new in it, changes nothing. */
export function addGroup(chips: readonly RecipientChip[], group: RecipientGroupView): RecipientChip[] {
  const chip = groupChip(group);
  if (chips.some((c) => c.id === chip.id) || chip.memberIds.length === 0) return [...chips];
  return [...chips, chip];
}

export function removeChip(chips: readonly RecipientChip[], chipId: string): RecipientChip[] {
  return chips.filter((c) => c.id !== chipId);
}

/**
 * A group chip becomes its members, one chip each, in its place (to take some out). Members nobody
 * knows the name of yet are left as they are: the picker knows everyone the caller may write to.
 */
export function expandGroup(chips: readonly RecipientChip[], chipId: string, people: ReadonlyMap<string, ParticipantView>): RecipientChip[] {
  const index = chips.findIndex((c) => c.id === chipId);
  const chip = chips[index];
  if (!chip || chip.kind !== 'group') return [...chips];
  const rest = chips.filter((c) => c.id !== chipId);
  const already = new Set(recipientIdsOf(rest));
  const members = chip.memberIds
    .filter((id) => !already.has(id))
    .map((id) => people.get(id) ?? { id, displayName: id, role: 'PUPIL' as const, context: '' })
    .map(personChip);
  return [...rest.slice(0, index), ...members, ...rest.slice(index)];
}

/** Takes some people out (refused, switched off): their chips go, and they leave the groups; empty groups go. */
export function withoutPeople(chips: readonly RecipientChip[], ids: readonly string[]): RecipientChip[] {
  const out = new Set(ids);
  return chips.flatMap((chip): RecipientChip[] => {
    if (chip.kind === 'person') return out.has(chip.id) ? [] : [chip];
    const memberIds = chip.memberIds.filter((id) => !out.has(id));
    return memberIds.length ? [{ ...chip, memberIds }] : [];
  });
}

/** How many of a chip's people are among `ids` (to mark a chip in error). */
export function countAmong(chip: RecipientChip, ids: ReadonlySet<string>): number {
  return chip.kind === 'person' ? (ids.has(chip.id) ? 1 : 0) : chip.memberIds.filter((id) => ids.has(id)).length;
}

/**
 * The people and groups matching a search, as the picker offers them (accents and case ignored). A
 * group matches by its name and by how it is worded (`label`: "Familles de CE2 A").
 */
export function matchRecipients(view: RecipientsView, q: string, label: (group: RecipientGroupView) => string = (g) => g.name): RecipientsView {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return view;
  const matches = (text: string) => {
    const folded = fold(text);
    return words.every((w) => folded.includes(w));
  };
  return {
    people: view.people.filter((p) => matches(`${p.displayName} ${p.context}`)),
    groups: view.groups.filter((g) => matches(`${g.name} ${label(g)}`)),
  };
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('fr');
}

/** A section of the pupil picker: a class (the pupil's own first), or the pupil's family. */
export interface PupilSection {
  kind: 'own-class' | 'class' | 'family';
  /** The class's name ('' for the family). */
  name: string;
  people: ParticipantView[];
}

/**
 * The pupil picker: the pupil's own class first, then partner classes, each with its teachers before
 * its pupils (a child looks for the teacher first), then the pupil's family; names in order. Grouped by
 * class id: two classes of the same name (a partner school's "CE2 A") stay apart, and a teacher of two
 * classes shows in each.
 */
export function pupilSections(people: readonly PickableRecipientView[], ownClassId: string | null): PupilSection[] {
  const collator = new Intl.Collator('fr');
  const byName = (a: ParticipantView, b: ParticipantView) => Number(a.role === 'PUPIL') - Number(b.role === 'PUPIL') || collator.compare(a.displayName, b.displayName);
  const classes = new Map<string, { name: string; people: ParticipantView[] }>();
  const family: ParticipantView[] = [];
  for (const p of people) {
    if (p.role === 'PARENT') {
      family.push(p);
      continue;
    }
    for (const cls of p.classes) {
      const section = classes.get(cls.id) ?? { name: cls.name, people: [] };
      section.people.push(p);
      classes.set(cls.id, section);
    }
  }
  const sections: PupilSection[] = [...classes.entries()]
    .map(([id, { name, people: list }]): PupilSection => ({ kind: id === ownClassId ? 'own-class' : 'class', name, people: [...list].sort(byName) }))
    .sort((a, b) => Number(b.kind === 'own-class') - Number(a.kind === 'own-class') || collator.compare(a.name, b.name));
  return family.length ? [...sections, { kind: 'family', name: '', people: family.sort(byName) }] : sections;
}
