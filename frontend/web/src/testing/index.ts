/** The component specs' harness: Transloco with the app's words, a fake session, waiting for what settles. */
export { closeDialogs, setUpComponentTest, settle, text } from './component';
export { fakeSession, profile } from './session';
export { appTranslations, provideTestTransloco } from './transloco';
export { waitFor } from './wait-for';
