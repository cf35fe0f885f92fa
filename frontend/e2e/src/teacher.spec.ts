import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support/preau';

test('a teacher switches a module of CE2 A off and on again, and it stays so after reload', async ({ page }) => {
  await logIn(page, 'ferry.ce2a.prof');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Anne !' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Mes classes' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('main').getByRole('link', { name: 'Réglages de CE2 A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages · CE2 A' })).toBeVisible();
  await expectAccessible(page);

  const calendar = page.getByRole('switch', { name: 'Calendrier' });
  await expect(calendar).toBeChecked();
  await calendar.click();
  await expect(page.getByText('Enregistré.')).toBeVisible();
  await expect(calendar).not.toBeChecked();

  await page.reload();
  await expect(page.getByRole('switch', { name: 'Calendrier' })).not.toBeChecked();

  // The class page shows it as off to the teacher.
  await page.getByRole('link', { name: 'Retour à CE2 A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CE2 A' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Calendrier', exact: true })).toHaveAccessibleDescription('Désactivé pour la classe');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Réglages de la classe' }).click();
  await page.getByRole('switch', { name: 'Calendrier' }).click();
  await expect(page.getByText('Enregistré.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Calendrier' })).toBeChecked();
  // The settings of CE2 A in the demo academy.
  await expect(page.getByRole('switch', { name: 'Retenir les messages des élèves' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Partager le blog avec les classes partenaires' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Commentaires du blog' })).toContainText("Retenus jusqu'à ma validation");
});
