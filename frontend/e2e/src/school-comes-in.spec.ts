import { chromium, devices, expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FERRY, expectAccessible, logIn } from './support/preau';

/**
 * Issue 11's journey: a real school comes in. The director imports the ONDE files of a new class (dry run, then for
 * real), prints the login sheets and the letters to families; a parent activates their account on a phone with the
 * letter's code; a pupil logs in on the class tablet by showing the QR code of their card (printed on the sheet) to
 * Chromium's fake camera. PDFs are read back with poppler (pdftotext, pdftoppm), the card image goes to the camera
 * through ffmpeg: the tools .ci/run installs.
 */
const fixtures = resolve(__dirname, '../../../../shared/fixtures/onde');
const work = mkdtempSync(join(tmpdir(), 'preau-journey-'));
const MM_AT_150_DPI = 150 / 25.4;

test.setTimeout(240_000);

async function importFile(page: Page, file: string, kind: string): Promise<void> {
  await page.locator('#import-file').setInputFiles(join(fixtures, file));
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Vérifier avant d'importer" })).toBeVisible();
  await expect(page.getByText(kind)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Importer pour de vrai' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import terminé' })).toBeVisible();
  await expectAccessible(page);
}

/** A PDF the page links to, fetched with the page's session, saved, and its text read back per page. */
async function fetchPdf(
  request: APIRequestContext,
  href: string,
  name: string,
): Promise<{ path: string; pages: string[] }> {
  const answer = await request.get(href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('application/pdf');
  const path = join(work, name);
  writeFileSync(path, await answer.body());
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { path, pages: text.split('\f') };
}

test('a director brings a new class in; a parent activates on a phone; a pupil logs in with their card', async ({
  page,
  baseURL,
}) => {
  // --- the director imports the pupils, then the guardians, of a class that does not exist yet
  await logIn(page, 'ferry.direction');
  await page.getByRole('main').getByRole('link', { name: FERRY.name }).click();
  await page.getByRole('link', { name: 'Importer depuis ONDE' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer depuis ONDE' })).toBeVisible();
  await expectAccessible(page);

  await importFile(page, 'eleves.csv', 'Fichier des élèves');
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await importFile(page, 'responsables.csv', 'Fichier des responsables');

  // --- the login sheets of the new class and the letters to its families, from the class's menu on the school page
  await page.getByRole('link', { name: "Retour à l'école" }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: FERRY.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CE2 B' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Autres actions pour CE2 B' }).click();
  const sheetHref = await page.getByRole('menuitem', { name: 'Fiches de connexion (PDF)' }).getAttribute('href');
  const lettersHref = await page.getByRole('menuitem', { name: 'Lettres aux familles (PDF)' }).getAttribute('href');
  await page.keyboard.press('Escape');
  expect(sheetHref).toContain('classId=');
  expect(lettersHref).toContain('classId=');
  const sheets = await fetchPdf(page.request, sheetHref!, 'login-sheets.pdf');
  expect(sheets.pages.join('\n')).not.toContain('lea.ce2a');
  expect(sheets.pages.join('\n')).toContain('chloe.leroy');
  expect(sheets.pages.join('\n')).toContain('Chloé');
  const letters = await fetchPdf(page.request, lettersHref!, 'family-letters.pdf');
  const sophie = letters.pages.find((p) => p.includes('Sophie'));
  expect(sophie).toBeTruthy();
  const code = sophie!.match(/\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b/)?.[0];
  expect(code).toBeTruthy();

  // --- a parent activates their account on a phone, with the letter's code
  const phone = await page
    .context()
    .browser()!
    .newContext({ ...devices['Pixel 7'], baseURL });
  const parent = await phone.newPage();
  await parent.goto('/login');
  await parent.getByRole('link', { name: "J'ai reçu un code d'activation" }).click();
  await expect(parent.getByRole('heading', { level: 1, name: 'Activer mon compte' })).toBeVisible();
  await expectAccessible(parent);
  await parent.locator('input[name=activation-code]').fill(code!.toLowerCase().replaceAll('-', ' '));
  await parent.locator('input[name=new-password]').fill('un jardin plein de tomates');
  await parent.locator('input[name=confirm-password]').fill('un jardin plein de tomates');
  await parent.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(parent).not.toHaveURL(/activate/);
  const me = await (await parent.request.get('/api/v1/me')).json();
  expect(me.role).toBe('PARENT');
  expect(me.displayName).toContain('Sophie');
  expect(me.children.map((c: { displayName: string }) => c.displayName).join(' ')).toContain('Chloé');
  // The code works once.
  const again = await phone.request.post('/api/v1/auth/activate', {
    data: { code, password: 'un autre mot de passe' },
  });
  expect(again.status()).toBe(400);
  await phone.close();

  // --- the first card of the sheet, as the tablet's camera sees it: cropped from the printed page, looped as a video
  const card = { x: 10, y: 26, width: 95, height: 65 };
  const crop = [
    '-r',
    '150',
    '-f',
    '1',
    '-l',
    '1',
    '-x',
    px(card.x),
    '-y',
    px(card.y),
    '-W',
    px(card.width),
    '-H',
    px(card.height),
  ];
  const cardText = execFileSync('pdftotext', [...crop, sheets.path, '-'], { encoding: 'utf8' });
  const pupilLogin = cardText.match(/\b[a-z][a-z0-9.-]+\.[a-z0-9.-]+\b/)?.[0];
  expect(pupilLogin).toBeTruthy();
  execFileSync('pdftoppm', [...crop, '-png', '-singlefile', sheets.path, join(work, 'card')]);
  const video = join(work, 'card.y4m');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-loop',
    '1',
    '-i',
    join(work, 'card.png'),
    '-t',
    '3',
    '-r',
    '10',
    '-vf',
    'scale=640:-2,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p',
    video,
  ]);

  const tabletBrowser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const tablet = await tabletBrowser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      baseURL,
      permissions: ['camera'],
    });
    const pupil = await tablet.newPage();
    await pupil.goto('/login');
    await pupil.getByRole('link', { name: 'Je scanne ma carte' }).click();
    await expect(pupil.getByRole('heading', { level: 1, name: 'Je scanne ma carte' })).toBeVisible();
    await expect(pupil.getByRole('button', { name: 'Se déconnecter' })).toBeVisible({ timeout: 30_000 });
    const pupilMe = await (await pupil.request.get('/api/v1/me')).json();
    expect(pupilMe.login).toBe(pupilLogin);
    expect(pupilMe.role).toBe('PUPIL');
    await expectAccessible(pupil);
  } finally {
    await tabletBrowser.close();
  }
});

function px(mm: number): string {
  return String(Math.round(mm * MM_AT_150_DPI));
}
