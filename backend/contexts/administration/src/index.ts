// The administration context's door: its descriptor (the api and the worker loop over these).
export { ADMINISTRATION_CONTEXT } from './administration.context';
// A pupil's card as a camera sees it (PNG, or a Y4M video for Chromium's fake camera): for the browser journeys.
export { cardQrPng, cardQrY4m } from './infrastructure/printing/card-qr';
