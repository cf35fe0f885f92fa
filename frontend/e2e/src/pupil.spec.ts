import { expect, test, type Page } from '@playwright/test';
import { FERRY, MODULE_NAMES_FR, expectAccessible, logIn } from './support/preau';

async function expectClassTiles(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'CE2 A' })).toBeVisible();
  await expect(page.getByText(FERRY.name).first()).toBeVisible();
  const built = ['Blog', 'Messagerie', 'Médiathèque'];
  for (const name of MODULE_NAMES_FR.filter((n) => !built.includes(n))) {
    const tile = page.getByRole('button', { name, exact: true });
    await expect(tile).toBeVisible();
    // Modules not built yet: a tile says so and leads nowhere.
    await expect(tile).toBeDisabled();
    await expect(tile).toHaveAccessibleDescription('Bientôt disponible');
  }
  // The blog, messaging and the media library are built: their tiles are the links.
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(built.length);
  for (const name of built) await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
}

test('a pupil finds the tiles of their class (CE2 A)', async ({ page }) => {
  await logIn(page, 'lea.ce2a');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Léa !' })).toBeVisible();
  await expectClassTiles(page);
  await expectAccessible(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Ma classe (CE2 A)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CE2 A' })).toBeVisible();
  await expectClassTiles(page);
  // A pupil does not change the class's settings.
  await expect(page.getByRole('link', { name: 'Réglages de la classe' })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a pupil gets big tiles and the navigation in a drawer', async ({ page }) => {
    await logIn(page, 'lea.ce2a');
    await expectClassTiles(page);
    const tile = page.getByRole('link', { name: 'Blog', exact: true });
    const box = await tile.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(120);
    expect(box?.height).toBeGreaterThanOrEqual(120);
    await expectAccessible(page);

    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('link', { name: 'Ma classe (CE2 A)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CE2 A' })).toBeVisible();
    await expectAccessible(page);
  });
});
