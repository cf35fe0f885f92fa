import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { TextNoteDialog, TextNoteDialogData } from './text-note-dialog';
import { closeDialogs, setUpComponentTest, settle as settleFor } from '../../../testing';

/** As the teacher sends an article back: required, with a counter. */
const required: TextNoteDialogData = {
  title: 'blog.feedback.title',
  intro: 'blog.feedback.intro',
  label: 'blog.feedback.label',
  required: 'blog.feedback.required',
  submit: 'blog.feedback.submit',
  params: { title: 'Le héron', name: 'Léa Martin' },
  maxLength: 20,
  rows: 5,
  counter: true,
};
/** As a message is reported: optional, with a hint. */
const optional: TextNoteDialogData = {
  title: 'messaging.report.title',
  intro: 'messaging.report.intro',
  label: 'messaging.report.reason',
  hint: 'messaging.report.reasonHint',
  submit: 'messaging.report.submit',
  params: { name: 'Tom Petit' },
  maxLength: 20,
  rows: 3,
};

describe('TextNoteDialog', () => {
  beforeEach(() => setUpComponentTest());
  afterEach(() => closeDialogs());

  const settle = () => settleFor(3, 60);
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const textarea = () => dialog().querySelector('textarea') as HTMLTextAreaElement;
  const button = (name: string) =>
    Array.from(dialog().querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const type = async (value: string) => {
    textarea().value = value;
    textarea().dispatchEvent(new Event('input'));
    await settle();
  };
  /** Resolves with what the dialog closed with; `closed.done` tells whether it has. */
  async function open(data: TextNoteDialogData) {
    // No auto focus: jsdom has no layout, so the focus trap would only warn that nothing is focusable.
    const ref = TestBed.inject(MatDialog).open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data,
      autoFocus: false,
    });
    const state = { done: false, value: undefined as string | undefined };
    const closed = firstValueFrom(ref.afterClosed()).then((value) => {
      state.done = true;
      state.value = value;
      return value;
    });
    await settle();
    return { closed, state };
  }

  it('shows the texts from its keys and parameters, with the field named by its label and marked to take the focus', async () => {
    await open(required);
    expect(text(dialog().querySelector('h2'))).toBe('Renvoyer « Le héron »');
    expect(text(dialog().querySelector('p'))).toBe("Dites à Léa Martin ce qu'il faut changer avant la publication.");
    expect(text(dialog().querySelector('mat-label'))).toBe('Votre message');
    expect(textarea().labels?.[0]?.textContent).toContain('Votre message');
    expect(textarea().rows).toBe(5);
    // The focus itself is the browser journeys' to see (see `open`).
    expect(textarea().hasAttribute('cdkFocusInitial')).toBe(true);
    expect(button('Renvoyer')).toBeTruthy();
    expect(button('Annuler')).toBeTruthy();
  });

  it('requires a text when asked to: empty or white space alone shows the error and stays open', async () => {
    const { state } = await open(required);
    expect(textarea().required).toBe(true);
    button('Renvoyer').click();
    await settle();
    expect(text(dialog().querySelector('mat-error'))).toBe('Écrivez un message.');
    await type('   \n ');
    button('Renvoyer').click();
    await settle();
    expect(text(dialog().querySelector('mat-error'))).toBe('Écrivez un message.');
    expect(state.done).toBe(false);
  });

  it('closes with the text trimmed', async () => {
    const { closed } = await open(required);
    await type('  Ajoute le héron.\n');
    button('Renvoyer').click();
    expect(await closed).toBe('Ajoute le héron.');
  });

  it('counts characters up to the maximum, which it enforces', async () => {
    const { state } = await open(required);
    expect(textarea().maxLength).toBe(20);
    await type('Bonjour');
    expect(text(dialog().querySelector('mat-hint[align=end], .mat-mdc-form-field-hint-end'))).toBe('7 / 20');
    // The browser stops typing at maxlength; a pasted or scripted longer value is still refused.
    await type('x'.repeat(21));
    button('Renvoyer').click();
    await settle();
    expect(state.done).toBe(false);
  });

  it('lets an optional text be left empty: closes with an empty string, shows its hint and no counter', async () => {
    const { closed } = await open(optional);
    expect(text(dialog().querySelector('h2'))).toBe('Signaler ce message');
    expect(text(dialog().querySelector('p'))).toBe("L'enseignant lira le message de Tom Petit et décidera quoi faire.");
    expect(text(dialog().querySelector('mat-label'))).toBe('Pourquoi ? (facultatif)');
    expect(textarea().required).toBe(false);
    expect(Array.from(dialog().querySelectorAll('mat-hint')).map((h) => text(h))).toEqual([
      'Vous pouvez laisser vide.',
    ]);
    await type('   ');
    button('Signaler').click();
    expect(await closed).toBe('');
  });

  it('closes with nothing when cancelled, whatever was typed', async () => {
    const { closed } = await open(optional);
    await type('Il est méchant');
    button('Annuler').click();
    expect(await closed).toBeUndefined();
  });
});
