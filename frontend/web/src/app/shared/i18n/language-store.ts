import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'preau.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language: French first, English second. Remembered in localStorage (per device, which is
 * what a shared class tablet needs) and mirrored on `<html lang>` for screen readers.
 */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);

  readonly language = this.current.asReadonly();

  /** The language to start with: the remembered one, else French. */
  initial(): Language {
    const stored = this.read();
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  }

  /** Loads the translations, then switches the whole UI (and `<html lang>`) to `lang`. */
  async use(lang: Language): Promise<void> {
    await firstValueFrom(this.transloco.load(lang));
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    this.current.set(lang);
    this.write(lang);
  }

  /** The other language (there are two): what the language switch offers. */
  other(): Language {
    return this.current() === 'fr' ? 'en' : 'fr';
  }

  private read(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null; // storage may be disabled (private mode, kiosk profiles)
    }
  }

  private write(lang: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // not remembered, still switched
    }
  }
}
