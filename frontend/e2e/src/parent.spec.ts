import { expect, test } from '@playwright/test';
import { FERRY, expectAccessible, logIn } from './support/preau';

test('a parent with two children switches between their classes', async ({ page }) => {
  await logIn(page, 'parent.hugo');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Karim !' })).toBeVisible();

  const hugo = page.getByRole('radio', { name: /Hugo Bernard/ });
  const tom = page.getByRole('radio', { name: /Tom Bernard/ });
  await expect(hugo).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'CE2 A' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Blog', exact: true })).toBeVisible();
  await expectAccessible(page);

  await tom.click();
  await expect(tom).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'CM2' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'CE2 A' })).toHaveCount(0);
  await expect(page.getByText(FERRY.name).first()).toBeVisible();
  await expectAccessible(page);

  await hugo.click();
  await expect(page.getByRole('heading', { level: 2, name: 'CE2 A' })).toBeVisible();

  // Each child's class is also one click away in the navigation.
  await page.getByRole('navigation').getByRole('link', { name: 'Tom Bernard · CM2' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CM2' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Réglages de la classe' })).toHaveCount(0);
  await expectAccessible(page);
});
