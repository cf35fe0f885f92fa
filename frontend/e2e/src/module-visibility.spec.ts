import { expect, test } from '@playwright/test';
import { FERRY, expectAccessible, logIn } from './support/preau';

test('a module cut for the school disappears for its pupils, and shows as cut to the teacher', async ({ page, browser }) => {
  await logIn(page, 'ferry.direction');
  await page.getByRole('main').getByRole('link', { name: FERRY.name }).click();
  await page.getByRole('button', { name: 'Couper Médiathèque' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Couper Médiathèque' }).click();
  await expect(page.getByText("Médiathèque est coupé pour toute l'école.")).toBeVisible();

  const pupilContext = await browser.newContext();
  const teacherContext = await browser.newContext();
  try {
    const pupil = await pupilContext.newPage();
    await logIn(pupil, 'lea.ce2a');
    await expect(pupil.getByRole('link', { name: 'Blog', exact: true })).toBeVisible();
    await expect(pupil.getByRole('button', { name: 'Médiathèque', exact: true })).toHaveCount(0);
    await expectAccessible(pupil);

    const teacher = await teacherContext.newPage();
    await logIn(teacher, 'ferry.ce2a.prof');
    await teacher.getByRole('navigation').getByRole('link', { name: 'CE2 A', exact: true }).click();
    await expect(teacher.getByRole('button', { name: 'Médiathèque', exact: true })).toHaveAccessibleDescription("Coupé pour toute l'école");
    await expectAccessible(teacher);
  } finally {
    await pupilContext.close();
    await teacherContext.close();
    await page.getByRole('button', { name: 'Rétablir Médiathèque' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rétablir Médiathèque' }).click();
    await expect(page.getByText('Médiathèque est rétabli.')).toBeVisible();
  }
});
