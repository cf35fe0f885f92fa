import { expect, test } from '@playwright/test';
import { CURIE, FERRY, expectAccessible, logIn } from './support/preau';

test('the director sees Jules Ferry only, its classes and its emergency switches', async ({ page }) => {
  await logIn(page, 'ferry.direction');
  await expect(page.getByRole('heading', { level: 1, name: 'Écoles' })).toBeVisible();
  const schools = page.getByRole('main').getByRole('link');
  await expect(schools).toHaveCount(1);
  await expect(schools).toHaveAccessibleName(FERRY.name);
  await expect(page.getByRole('main').getByText(CURIE.name)).toHaveCount(0);
  await expectAccessible(page);

  await schools.click();
  await expect(page.getByRole('heading', { level: 1, name: FERRY.name })).toBeVisible();
  for (const cls of FERRY.classes) await expect(page.getByRole('heading', { level: 3, name: cls.name })).toBeVisible();
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
  await expect(page.getByRole('heading', { level: 3, name: 'CE2' })).toBeVisible();

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
