import { expect, test } from '@playwright/test';
import { CURIE, FERRY, expectAccessible, logIn } from './support/preau';

test('the director sees Jules Ferry only, its classes and its emergency switches', async ({ page }) => {
  await logIn(page, 'ferry.direction');
  await expect(page.getByRole('heading', { level: 1, name: 'Écoles' })).toBeVisible();
  const schools = page.getByRole('main').locator('a.school-name');
  await expect(schools).toHaveCount(1);
  await expect(schools).toHaveAccessibleName(FERRY.name);
  await expect(page.getByRole('main').getByText(CURIE.name)).toHaveCount(0);
  // A director neither creates schools nor edits one's UAI: the academy's administrators do.
  await expect(page.getByRole('button', { name: /Créer une école|Nouvelle école/ })).toHaveCount(0);
  await expectAccessible(page);

  await schools.click();
  await expect(page.getByRole('heading', { level: 1, name: FERRY.name })).toBeVisible();
  for (const cls of FERRY.classes) await expect(page.getByRole('link', { name: cls.name, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: "Coupures d'urgence" })).toBeVisible();
  await expectAccessible(page);

  // An emergency switch asks first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Couper Messagerie' }).click();
  const dialog = page.getByRole('dialog', { name: "Couper Messagerie pour toute l'école ?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Couper Messagerie' })).toBeVisible();
});

test('the academy administrator sees the schools of the academy, and can cut a module for a school', async ({ page }) => {
  await logIn(page, 'academie.admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Écoles' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: FERRY.name })).toBeVisible();
  await expect(main.getByRole('link', { name: CURIE.name })).toBeVisible();
  await expectAccessible(page);

  await main.getByRole('link', { name: CURIE.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: CURIE.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CE2', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Couper Messagerie' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Couper Messagerie' }).click();
  await expect(page.getByText("Messagerie est coupé pour toute l'école.")).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('button', { name: 'Rétablir Messagerie' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Rétablir Messagerie' }).click();
  await expect(page.getByText('Messagerie est rétabli.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Couper Messagerie' })).toBeVisible();
});

test('the academy administrator creates a school: the UAI check letter is checked as it is typed', async ({ page }) => {
  await logIn(page, 'academie.admin');
  await page.getByRole('button', { name: 'Nouvelle école' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle école' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Nom de l'école").fill('École élémentaire Victor Hugo');
  // 0691234 modulo 23 is 15: the check letter is S, not A.
  await dialog.getByLabel('Code UAI').fill('0691234A');
  await dialog.getByLabel('Code UAI').blur();
  await expect(dialog.getByText('avec ces chiffres, la lettre est S')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Code UAI').fill('0691234S');
  await dialog.getByLabel('Rue').fill('12 rue Victor Hugo');
  await dialog.getByLabel('Code postal').fill('69002');
  await dialog.getByLabel('Commune').fill('Lyon');
  await dialog.getByRole('button', { name: "Créer l'école" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'École élémentaire Victor Hugo' })).toBeVisible();
  await expectAccessible(page);
});
