import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_ACADEMY, DEMO_PASSWORD } from '@preau/contracts';

/** The demo academy's people and places, by login (docs/product/demo-school.md). */
export function person(login: string) {
  const found = DEMO_ACADEMY.people.find((p) => p.login === login);
  if (!found) throw new Error(`No demo person ${login}`);
  return found;
}

function school(key: string) {
  const found = DEMO_ACADEMY.schools.find((s) => s.key === key);
  if (!found) throw new Error(`No demo school ${key}`);
  return found;
}

export const FERRY = school('ferry');
export const CURIE = school('curie');

/** The six modules as the French UI names them. */
export const MODULE_NAMES_FR = ['Blog', 'Messagerie', 'Médiathèque', 'Cahier de textes', 'Carnet de liaison', 'Calendrier'];

/** Logs in through the form (French UI) and waits for the first page. */
export async function logIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

/** WCAG 2.1 A and AA, as axe knows them: no violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // Colours are judged at rest: a Material error fading in is briefly paler than it will be (a flaky contrast failure).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
