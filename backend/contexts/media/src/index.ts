// The media context's door: its descriptor (the api and the worker loop over these).
export { MEDIA_CONTEXT } from './media.context';
