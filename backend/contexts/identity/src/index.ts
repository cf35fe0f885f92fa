// The identity context's door: its descriptor (the api and the worker loop over these).
export { IDENTITY_CONTEXT } from './identity.context';
