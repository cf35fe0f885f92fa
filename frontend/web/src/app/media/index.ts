/** The media library's public surface, for the other areas (blog, messages, notebooks): its pickers, players and labels. */
export { MediaApi } from './data-access/media-api';
export { MEDIA_KIND_ICONS, imageSrcset, thumbnailOf } from './data-access/media-labels';
export { MediaPicker } from './ui/media-picker';
export type { MediaPickerOptions } from './ui/media-picker';
export { MediaViewer } from './ui/media-viewer';
