import { expect, test, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expectAccessible, logIn, person } from './support/preau';

/** A real camera photo (the server strips its GPS tags before anyone sees it). */
const PHOTO = resolve(__dirname, '../../../../shared/fixtures/media/photos/gps_DSCN0010.jpg');
const TITLE = `Notre sortie au parc ${Date.now().toString(36)}`;

/** A 10-inch tablet, held in landscape. */
const TABLET = { viewport: { width: 1280, height: 800 }, hasTouch: true };
/** A phone. */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function imageLoaded(image: Locator): Promise<void> {
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
}

async function openClassBlog(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: 'Blog', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blog de la classe' })).toBeVisible();
}

/** The teacher's validation queue, from the class page. */
async function openQueue(teacher: Page): Promise<void> {
  await teacher.getByRole('navigation').getByRole('link', { name: 'CE2 A', exact: true }).click();
  await openClassBlog(teacher);
  await teacher.getByRole('link', { name: /^À valider \(\d+\)$/ }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'À valider' })).toBeVisible();
}

function queuedArticle(teacher: Page): Locator {
  return teacher.getByRole('listitem').filter({ has: teacher.getByRole('heading', { level: 3, name: TITLE }) });
}

test('a pupil writes an article with a photo; the teacher sends it back, then publishes it; a parent reads and comments; the teacher approves the comment', async ({ browser }) => {
  test.setTimeout(240_000);
  const pupilContext = await browser.newContext(TABLET);
  const teacherContext = await browser.newContext();
  const parentContext = await browser.newContext(PHONE);
  try {
    // Léa, on the class tablet: the blog, then a new article.
    const pupil = await pupilContext.newPage();
    await logIn(pupil, 'lea.ce2a');
    await openClassBlog(pupil);
    await expectAccessible(pupil);
    await pupil.getByRole('link', { name: 'Écrire un article' }).click();
    await expect(pupil.getByRole('heading', { level: 1, name: 'Écrire un article' })).toBeVisible();
    await expectAccessible(pupil);

    await pupil.getByRole('textbox', { name: "Titre de l'article" }).fill(TITLE);
    const text = pupil.getByRole('textbox', { name: "Texte de l'article" });
    await text.click();
    await pupil.keyboard.type('Nous avons vu des canards.');
    // The first save makes the draft: the address becomes the draft's.
    const saveStatus = pupil.getByRole('status').filter({ hasText: /Brouillon|Enregistrement|enregistrées/ });
    await expect(saveStatus).toContainText('Brouillon enregistré.', { timeout: 15_000 });
    await expect(pupil).toHaveURL(/\/blog\/articles\/[0-9a-f-]{36}\/edit$/);

    // A photo, sent from inside the picker.
    await pupil.getByRole('button', { name: 'Ajouter une photo, un son…' }).click();
    const picker = pupil.getByRole('dialog', { name: "Ajouter à l'article" });
    await expect(picker).toBeVisible();
    const chooser = pupil.waitForEvent('filechooser');
    await picker.getByRole('button', { name: 'Choisir des fichiers' }).click();
    await (await chooser).setFiles(PHOTO);
    const photo = picker.getByRole('list', { name: 'Éléments à choisir' }).getByRole('button', { name: /DSCN0010/ });
    await expect(photo).not.toHaveAttribute('aria-disabled', 'true', { timeout: 60_000 });
    await expect(photo).not.toContainText('En cours de traitement', { timeout: 60_000 });
    await expectAccessible(pupil);
    await photo.click();
    await expect(picker).toBeHidden();
    const preview = pupil.locator('.editor-content figure.editor-media img');
    await imageLoaded(preview);
    // The photo is in at once, the cursor a frame later (the editor focuses on the next animation frame, after the
    // picker gave focus back to its button): type only once the text has it, as a person would.
    await expect(text).toBeFocused();
    await pupil.keyboard.type('Ils avaient faim.');
    await expect(saveStatus).toContainText('Brouillon enregistré.', { timeout: 15_000 });
    await expectAccessible(pupil);

    await pupil.getByRole('button', { name: "Envoyer à l'enseignant" }).click();
    await expect(pupil.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(pupil.getByText('En attente de validation')).toBeVisible();
    await imageLoaded(pupil.locator('preau-article-body img'));
    await expectAccessible(pupil);
    const articleUrl = pupil.url();

    // The teacher sends it back with a word.
    const teacher = await teacherContext.newPage();
    await logIn(teacher, 'ferry.ce2a.prof');
    await openQueue(teacher);
    await expect(queuedArticle(teacher)).toBeVisible();
    await expectAccessible(teacher);
    await queuedArticle(teacher).getByRole('button', { name: /^Renvoyer avec un message/ }).click();
    const feedback = teacher.getByRole('dialog', { name: `Renvoyer « ${TITLE} »` });
    await feedback.getByRole('textbox', { name: 'Votre message' }).fill('Ajoute une phrase sur le héron, Léa !');
    await expectAccessible(teacher);
    await feedback.getByRole('button', { name: 'Renvoyer', exact: true }).click();
    await expect(feedback).toBeHidden();
    await expect(teacher.getByText(`« ${TITLE} » est renvoyé avec votre message.`)).toBeVisible();
    await expect(queuedArticle(teacher)).toHaveCount(0);

    // Léa reads the feedback, fixes her article and sends it again.
    await pupil.goto(articleUrl);
    await expect(pupil.getByText('À corriger')).toBeVisible();
    await expect(pupil.getByText('Ajoute une phrase sur le héron, Léa !')).toBeVisible();
    await pupil.getByRole('link', { name: 'Modifier' }).click();
    await expect(pupil.getByRole('heading', { level: 1, name: "Modifier l'article" })).toBeVisible();
    await expect(pupil.getByRole('note', { name: "Message de l'enseignant" })).toContainText('Ajoute une phrase sur le héron, Léa !');
    await imageLoaded(pupil.locator('.editor-content figure.editor-media img'));
    await expectAccessible(pupil);
    await pupil.getByRole('textbox', { name: "Texte de l'article" }).click();
    await pupil.keyboard.press('Control+End');
    await pupil.keyboard.type(' Nous avons aussi vu un héron.');
    await expect(saveStatus).toContainText('Brouillon enregistré.', { timeout: 15_000 });
    await pupil.getByRole('button', { name: "Envoyer à l'enseignant" }).click();
    await expect(pupil.getByText('En attente de validation')).toBeVisible();

    // The teacher reads it and publishes it.
    await teacher.reload();
    await queuedArticle(teacher).getByRole('link', { name: /^Lire/ }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(teacher.getByText('Nous avons aussi vu un héron.')).toBeVisible();
    await imageLoaded(teacher.locator('preau-article-body img'));
    await teacher.getByRole('button', { name: 'Publier' }).click();
    await expect(teacher.getByText('Article publié.')).toBeVisible();
    await expectAccessible(teacher);

    // Léa's parent, on a phone: the article is new, has the photo; a comment, held for the teacher.
    const parent = await parentContext.newPage();
    await logIn(parent, 'parent.lea');
    await openClassBlog(parent);
    const card = parent.getByRole('article').filter({ has: parent.getByRole('link', { name: TITLE }) });
    await expect(card.getByText('Nouveau')).toBeVisible();
    await expectAccessible(parent);
    await card.getByRole('link', { name: TITLE }).click();
    await expect(parent.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await imageLoaded(parent.locator('preau-article-body img'));
    await expect(parent.locator('preau-article-body img')).toHaveAttribute('alt', /\S/);
    await parent.getByRole('textbox', { name: 'Votre commentaire' }).fill('Bravo les enfants ! <b>Quelle belle sortie</b>');
    await parent.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await expect(parent.getByText("Commentaire envoyé : il sera visible quand l'enseignant l'aura accepté.")).toBeVisible();
    const comment = parent.getByRole('listitem').filter({ hasText: 'Bravo les enfants !' });
    await expect(comment).toContainText("En attente de l'enseignant");
    // Plain text, never markup.
    await expect(comment).toContainText('<b>Quelle belle sortie</b>');
    await expectAccessible(parent);

    // The teacher approves it from the queue; the receipt says the parent read the article.
    await openQueue(teacher);
    const held = teacher.getByRole('listitem').filter({ hasText: 'Bravo les enfants !' });
    await expect(held).toContainText(person('parent.lea').displayName);
    await expectAccessible(teacher);
    await held.getByRole('button', { name: /^Accepter/ }).click();
    await expect(teacher.getByText('Commentaire accepté.')).toBeVisible();
    await expect(held).toHaveCount(0);

    // The parent sees it visible; the article is no longer new.
    await parent.reload();
    const shown = parent.getByRole('listitem').filter({ hasText: 'Bravo les enfants !' });
    await expect(shown).toBeVisible();
    await expect(shown).not.toContainText("En attente de l'enseignant");
    await expectAccessible(parent);
    await parent.getByRole('link', { name: /^Retour au blog/ }).click();
    await expect(parent.getByRole('article').filter({ has: parent.getByRole('link', { name: TITLE }) }).getByText('Nouveau')).toHaveCount(0);

    // The printable view: no app frame, one button to print.
    await teacher.goto(articleUrl.replace(/\/?$/, '/print'));
    await expect(teacher.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(teacher.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expect(teacher.getByRole('navigation')).toHaveCount(0);
    await imageLoaded(teacher.locator('preau-article-body img'));
    await expectAccessible(teacher);
  } finally {
    await pupilContext.close();
    await teacherContext.close();
    await parentContext.close();
  }
});
