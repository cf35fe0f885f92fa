/** The media library's test data, for the specs of the areas that show media. */
export { mediaItem } from './data-access/media-test-data';
