import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoPipe, TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { PluralKeyPipe, pluralForm, pluralKey } from './plural';

describe('pluralForm', () => {
  it('takes the singular for 0 and 1 in French', () => {
    expect(pluralForm(0, 'fr')).toBe('one');
    expect(pluralForm(1, 'fr')).toBe('one');
    expect(pluralForm(2, 'fr')).toBe('other');
    expect(pluralForm(1_000_000, 'fr')).toBe('other');
  });

  it('takes the singular for 1 only in English', () => {
    expect(pluralForm(0, 'en')).toBe('other');
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(2, 'en')).toBe('other');
  });

  it('names the key of that form', () => {
    expect(pluralKey('blog.card.comments', 0, 'fr')).toBe('blog.card.comments.one');
    expect(pluralKey('blog.card.comments', 0, 'en')).toBe('blog.card.comments.other');
  });
});

@Component({
  imports: [PluralKeyPipe, TranslocoPipe],
  template: `<p>{{ 'comments' | pluralKey: count() | transloco: { count: count() } }}</p>`,
})
class Host {
  readonly count = signal(0);
}

describe('PluralKeyPipe', () => {
  it('picks the form in the active language, again after a switch', async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            fr: { comments: { one: '{{count}} commentaire', other: '{{count}} commentaires' } },
            en: { comments: { one: '{{count}} comment', other: '{{count}} comments' } },
          },
          translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr', reRenderOnLangChange: true },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(Host);
    const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();
    await fixture.whenStable();
    expect(text()).toBe('0 commentaire');
    fixture.componentInstance.count.set(3);
    await fixture.whenStable();
    expect(text()).toBe('3 commentaires');
    fixture.componentInstance.count.set(0);
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    expect(text()).toBe('0 comments');
  });
});
