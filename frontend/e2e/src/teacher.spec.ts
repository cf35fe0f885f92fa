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

test("a teacher gives Léa a new password from CE2 A's cards page, and sees it once", async ({ page }) => {
  await logIn(page, 'ferry.ce2a.prof');
  await page.getByRole('main').getByRole('link', { name: 'Réglages de CE2 A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages · CE2 A' })).toBeVisible();
  await page.getByRole('link', { name: 'Cartes et mots de passe des élèves' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cartes et mots de passe · CE2 A' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Imprimer les cartes/ })).toHaveAttribute('href', /\/api\/v1\/classes\/.+\/login-sheets\.pdf$/);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Nouveau mot de passe pour Léa Martin' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('heading', { name: 'Nouveau mot de passe pour Léa Martin ?' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Donner un nouveau mot de passe' }).click();

  const shown = page.getByRole('dialog');
  await expect(shown.getByRole('heading', { name: 'Nouveau mot de passe de Léa Martin' })).toBeVisible();
  await expect(shown.getByText('lea.ce2a')).toBeVisible();
  const password = (await shown.locator('.password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThan(4);
  await expect(shown.getByRole('link', { name: /Imprimer sa carte/ })).toHaveAttribute('href', /login-sheets\.pdf$/);
  await expectAccessible(page);
  await shown.getByRole('button', { name: "J'ai noté" }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Léa Martin a un nouveau mot de passe.')).toBeVisible();
  await expect(page.getByText(password, { exact: true })).toHaveCount(0);
});
