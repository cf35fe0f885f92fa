/** The media library's reusable pieces, for the other areas (blog, messages, notebooks). */
export { MediaPicker, MediaPickerDialog } from './media-picker';
export type { MediaPickerOptions } from './media-picker';
export { MediaViewer } from './media-viewer';
export { MediaCard } from './media-card';
