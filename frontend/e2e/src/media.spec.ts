import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { expectAccessible, logIn } from './support/preau';

/** A real camera photo, with GPS tags (the server strips them). */
const PHOTO = resolve(__dirname, '../../../../shared/fixtures/media/photos/gps_DSCN0010.jpg');

test('a teacher uploads a photo, sees it ready, shares it with CE2 A, and a pupil finds it in the class library', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const pupilContext = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  try {
    const teacher = await teacherContext.newPage();
    await logIn(teacher, 'ferry.ce2a.prof');
    await teacher.getByRole('navigation').getByRole('link', { name: 'Ma médiathèque' }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: 'Ma médiathèque' })).toBeVisible();
    await expectAccessible(teacher);

    // The keyboard-accessible button opens the file picker (the drop zone is the mouse's way).
    const chooser = teacher.waitForEvent('filechooser');
    await teacher.getByRole('button', { name: 'Choisir des fichiers' }).click();
    await (await chooser).setFiles(PHOTO);

    const uploads = teacher.getByRole('list', { name: 'Envois' });
    await expect(uploads.getByText('Prêt')).toBeVisible({ timeout: 60_000 });
    const card = teacher.getByRole('main').getByRole('list', { name: 'Ma médiathèque' }).getByRole('button', { name: /DSCN0010/ });
    await expect(card).toBeVisible();
    await expect(card).not.toContainText('En cours de traitement');
    // Its thumbnail comes through a signed link that works without the session cookie.
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(teacher);

    await card.click();
    const dialog = teacher.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: /DSCN0010/ })).toBeVisible();
    await expect.poll(() => dialog.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(dialog.getByRole('link', { name: 'Télécharger' })).toBeVisible();
    await expectAccessible(teacher);

    await dialog.getByRole('button', { name: 'Partager avec CE2 A' }).click();
    await expect(dialog.getByText('Partagé avec CE2 A.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Retirer de CE2 A' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toBeFocused();

    // A folder: make it, move the photo into it, find the photo there.
    await teacher.getByRole('button', { name: 'Nouveau dossier' }).click();
    const naming = teacher.getByRole('dialog', { name: 'Nouveau dossier' });
    await naming.getByRole('textbox', { name: 'Nom du dossier' }).fill('Sortie au parc');
    await expectAccessible(teacher);
    await naming.getByRole('button', { name: 'Créer' }).click();
    await expect(naming).toBeHidden();
    await expect(teacher.getByText('Dossier « Sortie au parc » créé.')).toBeVisible();
    const folders = teacher.getByRole('group', { name: 'Dossiers à afficher' });
    await expect(folders.getByRole('button', { name: 'Sortie au parc (0 élément)' })).toBeVisible();

    await card.click();
    await dialog.getByRole('button', { name: 'Déplacer vers…' }).click();
    await teacher.getByRole('menuitemradio', { name: 'Sortie au parc' }).click();
    await expect(dialog.getByText('Déplacé dans « Sortie au parc ».')).toBeVisible();
    await expect(dialog.getByText('Dossier : Sortie au parc')).toBeVisible();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();

    const folder = folders.getByRole('button', { name: 'Sortie au parc (1 élément)' });
    await folder.click();
    await expect(folder).toHaveAttribute('aria-pressed', 'true');
    await expect(card).toBeVisible();
    await folders.getByRole('button', { name: 'Sans dossier' }).click();
    await expect(card).toBeHidden();
    await folder.click();
    await expect(card).toBeVisible();
    await expectAccessible(teacher);

    // A pupil of CE2 A, on a phone: the class page's media tile leads to the class library.
    const pupil = await pupilContext.newPage();
    await logIn(pupil, 'lea.ce2a');
    await pupil.getByRole('main').getByRole('link', { name: 'Médiathèque', exact: true }).click();
    await expect(pupil.getByRole('heading', { level: 1, name: 'Médiathèque de la classe' })).toBeVisible();
    const shared = pupil.getByRole('main').getByRole('button', { name: /DSCN0010/ });
    await expect(shared).toBeVisible();
    await expectAccessible(pupil);

    await shared.click();
    const viewer = pupil.getByRole('dialog');
    await expect.poll(() => viewer.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Not the pupil's: the web copy to download (the original keeps camera data), nothing to rename, delete or share.
    await expect(viewer.getByRole('link', { name: 'Télécharger' })).toBeVisible();
    await expect(viewer.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
    await expect(viewer.getByRole('button', { name: /Partager|Retirer/ })).toHaveCount(0);
    await expectAccessible(pupil);
  } finally {
    await teacherContext.close();
    await pupilContext.close();
  }
});
