import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, person } from './support/preau';

/**
 * Closed messaging in the browser: a parent writes to the teacher, who sees it arrive live and answers; the
 * parent sees the answer arrive in the open conversation. A pupil's message waits for the teacher, who accepts
 * it from the moderation page, and it reaches the classmate.
 */

// Two or three people logged in at once, each page checked with axe: longer than one persona's journey.
test.describe.configure({ timeout: 120_000 });

test('a parent writes to the teacher; both see the other\'s message arrive live, without reloading', async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const parentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const parent = await parentContext.newPage();
  try {
    await logIn(teacher, 'ferry.ce2a.prof');
    await teacher.goto('/messaging');
    await expect(teacher.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible();

    await logIn(parent, 'parent.lea');
    await parent.goto('/messaging');
    await expect(parent.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible();
    await expectAccessible(parent);
    await parent.getByRole('button', { name: 'Nouveau message' }).click();
    const dialog = parent.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Nouveau message' })).toBeVisible();
    const teacherName = person('ferry.ce2a.prof').displayName;
    await dialog.getByLabel('Ajouter un destinataire').fill(teacherName.split(' ')[0]);
    await parent.getByRole('option', { name: new RegExp(teacherName) }).click();
    await dialog.getByLabel('Objet').fill('Sortie de vendredi');
    await dialog.getByLabel('Message', { exact: true }).fill('Bonjour,\nLéa pourra-t-elle venir ?');
    await expectAccessible(parent);
    await dialog.getByRole('button', { name: 'Envoyer' }).click();
    await expect(parent.getByText('Message envoyé.')).toBeVisible();

    // Live: the teacher's inbox shows it without a reload, marked unread.
    await expect(teacher.getByRole('link', { name: /Sortie de vendredi/ })).toBeVisible({ timeout: 10_000 });
    await teacher.getByRole('link', { name: /Sortie de vendredi/ }).click();
    await expect(teacher.getByRole('region', { name: 'Conversation' }).getByText('Léa pourra-t-elle venir ?')).toBeVisible();
    await expectAccessible(teacher);

    await parent.goto('/messaging?folder=sent');
    await parent.getByRole('link', { name: /Sortie de vendredi/ }).click();
    await expect(parent.getByRole('region', { name: 'Conversation' }).getByText('Léa pourra-t-elle venir ?')).toBeVisible();

    await teacher.getByLabel('Votre réponse').fill('Oui, bien sûr !');
    await teacher.getByRole('button', { name: 'Envoyer' }).click();
    // Live in the parent's open conversation.
    await expect(parent.getByRole('region', { name: 'Conversation' }).getByText('Oui, bien sûr !')).toBeVisible({ timeout: 10_000 });
    await expectAccessible(parent);
  } finally {
    await teacherContext.close();
    await parentContext.close();
  }
});

test("a pupil's message waits for the teacher, who accepts it; the classmate then reads it", async ({ browser }) => {
  const pupil = await (await browser.newContext()).newPage();
  const teacher = await (await browser.newContext()).newPage();
  const classmate = await (await browser.newContext()).newPage();
  const hugo = person('hugo.ce2a').displayName;

  await logIn(pupil, 'lea.ce2a');
  await pupil.goto('/messaging');
  // A pupil's mailbox speaks in few words: "Écrire".
  await pupil.getByRole('button', { name: 'Écrire' }).click();
  const dialog = pupil.getByRole('dialog');
  // Classmates as big buttons with their initials, grouped by class.
  await dialog.getByRole('button', { name: hugo, exact: true }).click();
  await expect(dialog.getByRole('button', { name: hugo, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByLabel('Titre (si tu veux)').fill('Récré');
  await dialog.getByLabel('Ton message').fill('On joue au ballon ?');
  await expectAccessible(pupil);
  await dialog.getByRole('button', { name: 'Envoyer' }).click();
  await expect(pupil.getByText("Message envoyé à l'enseignant, qui le lira avant de le transmettre.")).toBeVisible();

  await logIn(teacher, 'ferry.ce2a.prof');
  await teacher.goto('/messaging');
  await teacher.getByRole('link', { name: /À valider · CE2 A/ }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Messages à valider' })).toBeVisible();
  await expect(teacher.getByRole('tab', { name: /En attente \(1\)/ })).toBeVisible();
  await expect(teacher.getByRole('main').getByText('On joue au ballon ?')).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole('button', { name: /Accepter/ }).click();
  await expect(teacher.getByText(/est transmis/)).toBeVisible();

  await logIn(classmate, 'hugo.ce2a');
  await classmate.goto('/messaging');
  await classmate.getByRole('link', { name: /Récré/ }).click();
  await expect(classmate.getByRole('region', { name: 'Conversation' }).getByText('On joue au ballon ?')).toBeVisible();
  await expectAccessible(classmate);
});
