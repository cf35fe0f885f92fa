import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ComposeStore } from '../data-access/compose-store';
import { BERNARD, DUPONT, LEA, TOM, ZOE, group } from '../data-access/messaging-test-data';
import { RecipientPicker } from './recipient-picker';
import { provideTestTransloco } from '../../../testing';

@Component({
  imports: [RecipientPicker],
  providers: [ComposeStore],
  template: `<preau-recipient-picker [invalid]="false" />`,
})
class Host {}

describe('RecipientPicker', () => {
  let el: HTMLElement;
  let store: ComposeStore;
  let backend: HttpTestingController;

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  const chips = () => Array.from(el.querySelectorAll<HTMLElement>('li.chip'));
  const button = (name: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.getAttribute('aria-label') === name);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host, provideTestTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    store = fixture.debugElement.children[0].injector.get(ComposeStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.loadDirectory();
    backend.expectOne('/api/v1/messaging/recipients').flush({
      people: [LEA, TOM, ZOE, DUPONT, BERNARD],
      groups: [group(), group({ id: 'class-families:cl1', kind: 'class-families', memberIds: [BERNARD.id] })],
    });
    await loading;
    await settle();
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('is a labelled group with a labelled search field', () => {
    const groupEl = el.querySelector('[role=group]') as HTMLElement;
    expect(el.querySelector(`#${groupEl.getAttribute('aria-labelledby')}`)?.textContent).toContain('Destinataires');
    expect(el.querySelector('mat-label')?.textContent).toContain('Ajouter un destinataire');
  });

  it('words each group by its kind, and finds it by those words', async () => {
    const input = el.querySelector('input') as HTMLInputElement;
    input.dispatchEvent(new Event('focusin'));
    input.value = 'familles';
    input.dispatchEvent(new Event('input'));
    await settle();
    expect(Array.from(document.querySelectorAll('mat-option .option-name')).map((o) => o.textContent?.trim())).toEqual([
      'Familles de CE2 A',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    backend.match(() => true).forEach((r) => r.flush({ people: [], groups: [] }));
  });

  it('offers groups then people, with where they stand and their role, and adds the one chosen', async () => {
    const input = el.querySelector('input') as HTMLInputElement;
    input.dispatchEvent(new Event('focusin'));
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    const texts = options.map(
      (o) =>
        `${o.querySelector('.option-name')?.textContent?.trim()} | ${o.querySelector('.option-meta')?.textContent?.replace(/\s+/g, ' ').trim()}`,
    );
    expect(texts).toEqual([
      'Élèves de CE2 A | 2 personnes',
      'Familles de CE2 A | 1 personne',
      'Léa Martin | élève · CE2 A',
      'Tom Petit | élève · CE2 A',
      'Zoé Durand | élève · CM1 B',
      'Claire Dupont | enseignant · CE2 A',
      'Paul Bernard | parent de Hugo Bernard',
    ]);
    expect(document.querySelectorAll('mat-optgroup').length).toBe(2);
    // A parent is shown by their child.
    input.value = 'bern';
    input.dispatchEvent(new Event('input'));
    await settle();
    expect(Array.from(document.querySelectorAll('mat-option .option-meta')).map((o) => o.textContent?.trim())).toEqual([
      'parent de Hugo Bernard',
    ]);
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await settle();

    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => o.textContent?.includes('Zoé Durand'))
      ?.click();
    await settle();
    expect(store.recipientIds()).toEqual([ZOE.id]);
    expect(chips().map((c) => c.querySelector('.chip-text')?.textContent?.trim())).toEqual(['Zoé Durand']);
    expect(input.value).toBe('');
    // The server is asked after the pause: answer it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    backend.match(() => true).forEach((r) => r.flush({ people: [], groups: [] }));
  });

  it('shows a group as one chip with its count, that expands into its members', async () => {
    store.addGroup(group());
    await settle();
    expect(chips()).toHaveLength(1);
    expect(chips()[0].textContent).toContain('Élèves de CE2 A (2)');

    button('Voir les 2 personnes de Élèves de CE2 A')?.click();
    await settle();
    expect(chips().map((c) => c.textContent?.includes('Léa Martin') || c.textContent?.includes('Tom Petit'))).toEqual([
      true,
      true,
    ]);
    expect(store.chips().every((c) => c.kind === 'person')).toBe(true);
    expect(document.activeElement).toBe(el.querySelector('input'));
  });

  it('removes a chip with its button, or the last one with Backspace in the empty field', async () => {
    store.addPerson(LEA);
    store.addPerson(TOM);
    store.addPerson(ZOE);
    await settle();
    button('Retirer Tom Petit')?.click();
    await settle();
    expect(store.recipientIds()).toEqual([LEA.id, ZOE.id]);

    const input = el.querySelector('input') as HTMLInputElement;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace' }));
    await settle();
    expect(store.recipientIds()).toEqual([LEA.id]);
  });

  it('marks the refused chips in words as well as colour, a group with how many of its people', async () => {
    store.addGroup(group({ memberIds: [LEA.id, TOM.id, ZOE.id] }));
    store.addPerson(DUPONT);
    store.failure.set({
      key: 'messaging.errors.recipientNotAllowed',
      code: 'RECIPIENT_NOT_ALLOWED',
      refused: [ZOE.id, DUPONT.id],
      switchedOff: [],
      fields: [],
      count: 2,
    });
    await settle();
    const [groupChip, dupont] = chips();
    expect(groupChip.classList).toContain('chip-error');
    expect(groupChip.textContent).toContain('1 personne ne peut pas recevoir ce message');
    expect(dupont.classList).toContain('chip-error');
    expect(dupont.textContent).toContain('ne peut pas recevoir ce message');

    store.removeRefused();
    await settle();
    expect(chips().map((c) => c.classList.contains('chip-error'))).toEqual([false]);
    expect(chips()[0].textContent).toContain('Élèves de CE2 A (2)');
  });

  it('counts the recipients under the field', async () => {
    store.addGroup(group());
    store.addPerson(ZOE);
    await settle();
    expect(el.querySelector('mat-hint')?.textContent).toContain('3 destinataires');
  });
});
