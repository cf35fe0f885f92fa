import { Editor, Node, mergeAttributes, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { MediaItemView, MediaKind } from '@preau/contracts';
import { MEDIA_KIND_ICONS, thumbnailOf } from '../../media';
import { safeHref, safeMediaUrl } from '../../shared/links/safe-url';
import { MEDIA_ID_ATTRIBUTE } from '../data-access/media-refs';

/** The tag that references a media item of each kind in a body (the server keeps exactly these). */
export const MEDIA_TAG_OF: Record<MediaKind, 'img' | 'video' | 'audio' | 'figure'> = {
  image: 'img',
  video: 'video',
  audio: 'audio',
  document: 'figure',
  link: 'figure',
};

export interface MediaRefOptions {
  /** The media item behind an id, when known (for the preview in the editor). */
  lookup: (id: string) => MediaItemView | undefined;
  /** Words of the preview ("Photo", "Video"...). */
  label: (item: MediaItemView | undefined) => string;
}

/**
 * A media item embedded in the body: an atom block stored as `<img|video|audio|figure data-media-id>`
 * (no `src`: the server signs fresh links on read), shown in the editor as a preview.
 */
export const MediaRef = Node.create<MediaRefOptions>({
  name: 'mediaRef',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { lookup: () => undefined, label: (item) => item?.title ?? '' };
  },

  addAttributes() {
    return {
      id: { default: null, parseHTML: (element) => element.getAttribute(MEDIA_ID_ATTRIBUTE), renderHTML: () => ({}) },
      tag: { default: 'figure', parseHTML: (element) => element.localName, renderHTML: () => ({}) },
      alt: {
        default: null,
        parseHTML: (element) => (element.localName === 'img' ? element.getAttribute('alt') : null),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return ['img', 'video', 'audio', 'figure'].map((tag) => ({ tag: `${tag}[${MEDIA_ID_ATTRIBUTE}]` }));
  },

  renderHTML({ node, HTMLAttributes }) {
    const tag = ['img', 'video', 'audio', 'figure'].includes(node.attrs['tag'])
      ? (node.attrs['tag'] as string)
      : 'figure';
    const attributes: Record<string, string> = { [MEDIA_ID_ATTRIBUTE]: node.attrs['id'] };
    if (tag === 'img' && node.attrs['alt']) attributes['alt'] = node.attrs['alt'];
    return [tag, mergeAttributes(HTMLAttributes, attributes)];
  },

  addNodeView() {
    return ({ node }) => {
      const item = this.options.lookup(node.attrs['id']);
      const dom = document.createElement('figure');
      dom.className = 'editor-media';
      dom.setAttribute('contenteditable', 'false');
      dom.setAttribute(MEDIA_ID_ATTRIBUTE, node.attrs['id']);
      const thumbnail = item ? safeMediaUrl(thumbnailOf(item)) : null;
      if (thumbnail) {
        const img = document.createElement('img');
        img.src = thumbnail;
        img.alt = '';
        dom.append(img);
      } else {
        const icon = document.createElement('span');
        icon.className = 'material-symbols-outlined editor-media-icon';
        icon.setAttribute('aria-hidden', 'true');
        icon.textContent = item ? MEDIA_KIND_ICONS[item.kind] : 'attach_file';
        dom.append(icon);
      }
      const caption = document.createElement('figcaption');
      caption.textContent = this.options.label(item);
      dom.append(caption);
      return { dom };
    };
  },
});

/** The node to insert for a media item chosen in the picker. */
export function mediaRefContent(item: MediaItemView): JSONContent {
  return {
    type: 'mediaRef',
    attrs: { id: item.id, tag: MEDIA_TAG_OF[item.kind], alt: item.kind === 'image' ? item.title : null },
  };
}

/** Absolute web and mail links only, as the server keeps them. */
export function isAllowedLink(url: string): boolean {
  return safeHref(url) !== null;
}

export interface ArticleEditorSetup {
  element: HTMLElement;
  content: string;
  media?: Partial<MediaRefOptions>;
  /** The editable area's accessible name, or the id of the element that gives it. */
  label?: string;
  labelledBy?: string;
  onUpdate?: (html: string) => void;
  onTransaction?: () => void;
}

/**
 * The body editor (TipTap, framework-agnostic core on a host element): headings, bold, italic,
 * underline, strike, lists, quote, line, links, and media references. Nothing else: what it makes is
 * what the server keeps, so what a pupil sees while writing is what the class reads.
 */
export function createArticleEditor(setup: ArticleEditorSetup): Editor {
  return new Editor({
    element: setup.element,
    content: setup.content,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          linkOnPaste: true,
          defaultProtocol: 'https',
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => isAllowedLink(url),
          HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null },
        },
      }),
      MediaRef.configure(setup.media ?? {}),
    ],
    editorProps: {
      attributes: {
        class: 'editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(setup.label ? { 'aria-label': setup.label } : {}),
        ...(setup.labelledBy ? { 'aria-labelledby': setup.labelledBy } : {}),
      },
    },
    onUpdate: ({ editor }) => setup.onUpdate?.(editor.getHTML()),
    onTransaction: () => setup.onTransaction?.(),
  });
}

/** Puts a media item where the cursor is, and a paragraph after it to go on writing. */
export function insertMedia(editor: Editor, item: MediaItemView): boolean {
  return editor
    .chain()
    .focus()
    .insertContent([mediaRefContent(item), { type: 'paragraph' }])
    .run();
}

/** The body as saved: an empty editor is an empty body, and empty paragraphs at the end are dropped. */
export function bodyOf(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
}
