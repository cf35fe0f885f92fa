// The directory context's door: its descriptor (the api and the worker loop over these).
export { DIRECTORY_CONTEXT } from './directory.context';
