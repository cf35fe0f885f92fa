import { FEEDBACK_MAX_CHARS } from '@preau/contracts';
import type { TextNoteDialogData } from '../../shared/ui/text-note-dialog';

/** The teacher's required words to the author of an article sent back, asked the same from the article and the moderation page. */
export function sendBackDialogData(title: string, author: string): TextNoteDialogData {
  return {
    title: 'blog.feedback.title',
    intro: 'blog.feedback.intro',
    label: 'blog.feedback.label',
    required: 'blog.feedback.required',
    submit: 'blog.feedback.submit',
    params: { title, name: author },
    maxLength: FEEDBACK_MAX_CHARS,
    rows: 5,
    counter: true,
  };
}
