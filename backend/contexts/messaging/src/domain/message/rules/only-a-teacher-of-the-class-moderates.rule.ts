import { type BusinessRule, rule } from '@preau/kernel';

/**
 * Only a teacher of the class reads its held and reported messages (docs/product/access-rules.md, "Moderation"): not its pupils,
 * their parents, the director who does not teach it, nor an administrator. `relations`: how the reader stands in the
 * class, as the directory says. (FORBIDDEN)
 */
export const onlyATeacherOfTheClassModerates = (relations: readonly string[]): BusinessRule =>
  rule('OnlyATeacherOfTheClassModerates', 'FORBIDDEN', "Only the class's teachers moderate its messages.", () => !relations.includes('teacher'));
