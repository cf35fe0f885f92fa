import { closeDialogs, setUpComponentTest, text } from '../../../testing';
import { CredentialsDialog, CredentialsDialogData, PRINTING_CLASS } from './credentials-dialog';
import { dialogEl, openDialog } from '../testing';

describe('CredentialsDialog', () => {
  beforeEach(() => setUpComponentTest());
  afterEach(() => closeDialogs());

  it("shows an adult's temporary password once, that it must be changed, and prints only the dialog", async () => {
    await openDialog<CredentialsDialog, CredentialsDialogData, void>(CredentialsDialog, {
      displayName: 'Marie Dupont',
      login: 'marie.dupont',
      temporaryPassword: 'k7-Pq2-xY9',
      mustChangePassword: true,
    });
    expect(text(dialogEl().querySelector('h2'))).toBe('Identifiants de Marie Dupont');
    expect(text(dialogEl())).toContain('ils ne seront plus affichés');
    expect(text(dialogEl().querySelector('.login'))).toBe('marie.dupont');
    expect(text(dialogEl().querySelector('.password'))).toBe('k7-Pq2-xY9');
    expect(text(dialogEl().querySelector('.must-change'))).toBe('Ce mot de passe devra être changé à la prochaine connexion.');
    const seen: boolean[] = [];
    const print = jest.spyOn(window, 'print').mockImplementation(() => {
      seen.push(document.body.classList.contains(PRINTING_CLASS));
    });
    (dialogEl().querySelector('button.print') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([true]);
    expect(document.body.classList.contains(PRINTING_CLASS)).toBe(false);
    print.mockRestore();
  });

  it("shows a new teacher's activation code with its end date, and a pupil's new card", async () => {
    await openDialog<CredentialsDialog, CredentialsDialogData, void>(CredentialsDialog, {
      displayName: 'Chloé Leroy',
      login: 'chloe.leroy',
      activationCode: 'ABCD-EFGH-JKMN',
      activationExpiresAt: '2027-02-05T10:00:00.000Z',
    });
    expect(text(dialogEl().querySelector('.code'))).toBe('ABCD-EFGH-JKMN');
    expect(text(dialogEl())).toContain('5 février 2027');
    closeDialogs();
    await openDialog<CredentialsDialog, CredentialsDialogData, void>(CredentialsDialog, {
      displayName: 'Léa Martin',
      login: 'lea.martin',
      temporaryPassword: 'lapin-vert-42',
      newCard: true,
    });
    expect(text(dialogEl().querySelector('.new-card'))).toContain("l'ancienne ne fonctionne plus");
  });
});
