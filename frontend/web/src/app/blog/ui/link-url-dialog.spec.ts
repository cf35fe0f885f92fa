import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { LinkUrlDialog } from './link-url-dialog';
import { appTranslations, closeDialogs, setUpComponentTest, settle as settleFor } from '../../../testing';

const fr = appTranslations() as { blog: { editor: { linkApply: string; linkRemove: string } } };

describe('LinkUrlDialog', () => {
  beforeEach(() => setUpComponentTest());
  afterEach(() => closeDialogs());

  const settle = () => settleFor(3, 60);
  const button = (name: string) =>
    Array.from(document.querySelectorAll('mat-dialog-container button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;

  /** Opens on a link to `current`, presses `name`, and answers what the dialog closed with. */
  async function closeWith(current: string | null, name: string): Promise<string | undefined> {
    const ref = TestBed.inject(MatDialog).open<LinkUrlDialog, string | null, string>(LinkUrlDialog, {
      data: current,
      autoFocus: false,
    });
    const closed = firstValueFrom(ref.afterClosed());
    await settle();
    button(name).click();
    await settle();
    return closed;
  }

  it('closes with nothing on Annuler, so that the link stays as it was', async () => {
    expect(await closeWith('https://ecole.fr/', 'Annuler')).toBeUndefined();
  });

  it("closes with '' on the button that takes the link off", async () => {
    const remove = fr.blog.editor.linkRemove as string;
    expect(await closeWith('https://ecole.fr/', remove)).toBe('');
  });

  it('closes with the address, a scheme added to a bare domain', async () => {
    const ref = TestBed.inject(MatDialog).open<LinkUrlDialog, string | null, string>(LinkUrlDialog, {
      data: null,
      autoFocus: false,
    });
    const closed = firstValueFrom(ref.afterClosed());
    await settle();
    const input = document.querySelector('mat-dialog-container input') as HTMLInputElement;
    input.value = 'ecole.fr';
    input.dispatchEvent(new Event('input'));
    await settle();
    button(fr.blog.editor.linkApply as string).click();
    await settle();
    expect(await closed).toBe('https://ecole.fr/');
  });
});
