import type { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Translations = Record<string, unknown>;

const cache = new Map<string, Translations>();

/** The app's own words (public/i18n/<lang>.json), read once per test file: specs see what users read. */
export function appTranslations(lang: 'fr' | 'en' = 'fr'): Translations {
  let translations = cache.get(lang);
  if (!translations) {
    translations = JSON.parse(readFileSync(join(__dirname, `../../public/i18n/${lang}.json`), 'utf8')) as Translations;
    cache.set(lang, translations);
  }
  return translations;
}

/**
 * Transloco for a component spec, preloaded so that the first render already shows words, not keys.
 * By default the app's French; a spec about switching languages passes its own `langs`.
 */
export function provideTestTransloco(
  options: { langs?: Record<string, Translations>; reRenderOnLangChange?: boolean } = {},
): ModuleWithProviders<TranslocoTestingModule> {
  const langs = options.langs ?? { fr: appTranslations('fr') };
  const availableLangs = Object.keys(langs);
  return TranslocoTestingModule.forRoot({
    langs,
    translocoConfig: {
      availableLangs,
      defaultLang: availableLangs[0],
      ...(options.reRenderOnLangChange ? { reRenderOnLangChange: true } : {}),
    },
    preloadLangs: true,
  });
}
