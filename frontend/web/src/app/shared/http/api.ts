/** The API is same-origin (the API serves the app; the dev server proxies /api). */
export const API = '/api/v1';
