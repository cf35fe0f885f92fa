import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageSwitch } from '../ui/language-switch';
import { ErrorCodes } from '@preau/contracts';
import { LANGUAGE_STORAGE_KEY, LanguageStore } from './language-store';

const fr = { language: { switchTo: 'English' }, home: { hello: 'Bonjour' } };
const en = { language: { switchTo: 'Français' }, home: { hello: 'Hello' } };

function setup(): void {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { fr, en },
        translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr', reRenderOnLangChange: true },
        preloadLangs: true,
      }),
    ],
  });
}

describe('LanguageStore', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'fr';
    setup();
  });

  it('starts in French when nothing is remembered, or something unknown is', () => {
    expect(TestBed.inject(LanguageStore).initial()).toBe('fr');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(TestBed.inject(LanguageStore).initial()).toBe('fr');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(LanguageStore).initial()).toBe('en');
  });

  it('switches the texts, <html lang> and remembers the choice', async () => {
    const store = TestBed.inject(LanguageStore);
    const transloco = TestBed.inject(TranslocoService);
    await store.use('en');
    expect(store.language()).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
    expect(transloco.translate('home.hello')).toBe('Hello');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(store.other()).toBe('fr');
  });
});

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'fr';
    setup();
  });

  it('offers the other language in that language, and switches to it', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toContain('English');
    expect(button.getAttribute('lang')).toBe('en');

    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(button.textContent).toContain('Français');
    expect(button.getAttribute('lang')).toBe('fr');
  });
});

describe('translation files', () => {
  const load = (lang: string) => JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n', `${lang}.json`), 'utf8'));
  const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('have the same keys in French and English', () => {
    expect(keys(load('en')).sort()).toEqual(keys(load('fr')).sort());
  });

  it('have a message for every error code of the API', () => {
    const frKeys = keys(load('fr'));
    for (const code of Object.values(ErrorCodes)) expect(frKeys).toContain(`errors.${code}`);
  });
});
