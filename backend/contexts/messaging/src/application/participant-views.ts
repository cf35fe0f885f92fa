import type { ParticipantView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** How a person shows in a conversation: name, role, where they stand (nothing more of what the directory said). */
export function participantView({ id, displayName, role, context }: ParticipantView): ParticipantView {
  return { id, displayName, role, context };
}

/** These people, in the order of `ids`; an id the directory no longer knows drops out. */
export function namedOnly(ids: readonly Id[], people: readonly ParticipantView[]): ParticipantView[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const person = byId.get(id);
    return person ? [participantView(person)] : [];
  });
}

/** Someone a stored message names whom the conversation no longer describes. */
export const unknownPerson = (id: Id): ParticipantView => ({ id, displayName: '', role: 'PUPIL', context: '' });
