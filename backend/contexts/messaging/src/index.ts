// The messaging context's door: its descriptor (the api and the worker loop over these).
export { MESSAGING_CONTEXT } from './messaging.context';
