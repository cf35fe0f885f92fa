import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, person } from './support/preau';

test('the login page is in French, accessible, and a wrong password says so', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Préau/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour !' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Identifiant').fill('lea.ce2a');
  await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
});

test('the password can be shown, and hidden again', async ({ page }) => {
  await page.goto('/login');
  const password = page.getByLabel('Mot de passe', { exact: true });
  await password.fill('secret');
  await expect(password).toHaveAttribute('type', 'password');
  const toggle = page.getByRole('button', { name: 'Afficher le mot de passe' });
  await toggle.click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(password).toHaveAttribute('type', 'password');
});

test('logging out returns to login, and the app then asks to log in again', async ({ page }) => {
  await logIn(page, 'lea.ce2a');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour !' })).toBeVisible();

  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('Identifiant')).toBeVisible();
});

test('a page asked for before logging in is the one shown after', async ({ page }) => {
  await logIn(page, 'ferry.ce2a.prof');
  await page.getByRole('main').getByRole('link', { name: 'Réglages de CE2 A' }).click();
  await expect(page).toHaveURL(/\/classes\/[^/]+\/settings$/);
  const settingsUrl = page.url();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goto(settingsUrl);
  await expect(page).toHaveURL(/\/login\?returnUrl=/);
  await page.getByLabel('Identifiant').fill('ferry.ce2a.prof');
  await page.getByLabel('Mot de passe', { exact: true }).fill('preau-demo-2026');
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page).toHaveURL(settingsUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages · CE2 A' })).toBeVisible();
});

test('the language switch changes the texts and <html lang>, and is remembered', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello!' })).toBeVisible();
  await expect(page.getByLabel('Login', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Login', { exact: true }).fill('lea.ce2a');
  await page.getByLabel('Password', { exact: true }).fill('preau-demo-2026');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello ${person('lea.ce2a').displayName.split(' ')[0]}!` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Calendar' })).toHaveAccessibleDescription('Coming soon');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Léa !' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Calendrier' })).toHaveAccessibleDescription('Bientôt disponible');
});
