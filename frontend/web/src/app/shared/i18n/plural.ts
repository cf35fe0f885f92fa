import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** The two forms our translation files hold for a counted text: `key.one` and `key.other`. */
export type PluralForm = 'one' | 'other';

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form `count` takes in `lang`, by the language's own rule (`Intl.PluralRules`): in French 0 and 1
 * take the singular, in English only 1 does. Forms other than `one` (French "many" for millions) use `other`.
 */
export function pluralForm(count: number, lang: string): PluralForm {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/** `key.one` or `key.other`, whichever `count` needs in `lang`. */
export function pluralKey(key: string, count: number, lang: string): string {
  return `${key}.${pluralForm(count, lang)}`;
}

/**
 * `'blog.card.comments' | pluralKey: n | transloco: { count: n }`: picks the key of the right form in
 * the active language. Not pure, like the transloco pipe after it, so that a language switch picks again.
 */
@Pipe({ name: 'pluralKey', pure: false })
export class PluralKeyPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(key: string, count: number | null | undefined): string {
    return pluralKey(key, count ?? 0, this.transloco.getActiveLang());
  }
}
