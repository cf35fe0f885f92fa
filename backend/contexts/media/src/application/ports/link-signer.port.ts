/** Signs file links for the media views (the platform's SignedLinks, injected). */
export const LINK_SIGNER = Symbol('LinkSigner');
export const MEDIA_SETTINGS = Symbol('MediaSettings');

export interface MediaSettings {
  maxUploadBytes: number;
  userQuotaBytes: number;
  classQuotaBytes: number;
  jobLockMs: number;
}
