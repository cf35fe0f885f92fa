// The administration context's door: its descriptor (the api and the worker loop over these).
export { ADMINISTRATION_CONTEXT } from './administration.context';
