import type { Editor } from '@tiptap/core';
import { mediaItem } from '../../media/testing';
import { bodyOf, createArticleEditor, insertMedia } from './article-editor-setup';

const PHOTO = '0190f7a2-5c3e-7b1d-9a2f-1c2d3e4f5a6b';
const VIDEO = '0190f7a2-5c3e-7b1d-9a2f-000000000002';
const SHEET = '0190f7a2-5c3e-7b1d-9a2f-000000000004';

describe('the article editor', () => {
  let editor: Editor;
  const open = (content: string, onUpdate?: (html: string) => void) => {
    editor = createArticleEditor({
      element: document.createElement('div'),
      content,
      label: 'Texte',
      onUpdate,
      media: {
        lookup: (id) => (id === PHOTO ? mediaItem({ id: PHOTO, title: 'Les canards' }) : undefined),
        label: (item) => item?.title ?? 'Média',
      },
    });
    return editor;
  };

  afterEach(() => editor?.destroy());

  it('gives back what the server stores, unchanged (round trip)', () => {
    const stored =
      '<h2>Au parc</h2><p>Nous avons vu <strong>des canards</strong> et <em>un héron</em>, <u>vraiment</u> <s>pas</s> peur.</p>' +
      `<img data-media-id="${PHOTO}" alt="Des canards">` +
      '<ul><li><p>du pain</p></li><li><p>de l’eau</p></li></ul><ol><li><p>un</p></li></ol>' +
      '<blockquote><p>« Coin ! »</p></blockquote><hr>' +
      `<video data-media-id="${VIDEO}"></video><figure data-media-id="${SHEET}"></figure>` +
      '<h3>Liens</h3><p><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org/parc">le parc</a><br>fin</p>';
    expect(open(stored).getHTML()).toBe(stored);
    // And again: a fixed point.
    const again = open(editor.getHTML());
    expect(again.getHTML()).toBe(stored);
  });

  it('takes markup from elsewhere into what the server keeps', () => {
    open(
      '<h1>Grand titre</h1><p style="color:red" onclick="x()">texte <code>code</code> <span class="x">span</span></p><script>alert(1)</script><pre>bloc</pre>',
    );
    const html = editor.getHTML();
    expect(html).not.toMatch(/<h1|style=|onclick|<code|<span|<script|<pre|class=/);
    expect(html).toContain('texte code span');
  });

  it('refuses links that are not web or mail addresses', () => {
    open(
      '<p><a href="javascript:alert(1)">a</a> <a href="data:text/html,x">b</a> <a href="mailto:prof@ecole.fr">c</a></p>',
    );
    expect(editor.getHTML()).toBe(
      '<p>a b <a target="_blank" rel="noopener noreferrer nofollow" href="mailto:prof@ecole.fr">c</a></p>',
    );
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
  });

  it('inserts a media item from the library as a reference, with its preview', () => {
    const changes: string[] = [];
    open('<p>Regardez :</p>', (html) => changes.push(html));
    editor.commands.focus('end');
    expect(insertMedia(editor, mediaItem({ id: PHOTO, title: 'Les canards' }))).toBe(true);
    // The cursor is after it: the next one follows, and so does the text typed.
    insertMedia(editor, mediaItem({ id: SHEET, kind: 'document', title: 'Fiche' }));
    editor.commands.insertContent('Fin.');
    expect(bodyOf(editor)).toBe(
      `<p>Regardez :</p><img data-media-id="${PHOTO}" alt="Les canards"><figure data-media-id="${SHEET}"></figure><p>Fin.</p>`,
    );
    expect(changes.at(-1)).toBe(editor.getHTML());
    const preview = editor.view.dom.querySelector(`figure.editor-media[data-media-id="${PHOTO}"]`);
    expect(preview?.querySelector('img')?.getAttribute('src')).toBe('/files/m1-320?sig=a');
    expect(preview?.textContent).toContain('Les canards');
    expect(editor.view.dom.querySelector(`figure.editor-media[data-media-id="${SHEET}"]`)?.textContent).toContain(
      'Média',
    );
  });

  it('says empty for an empty editor, and names its editable area', () => {
    open('');
    expect(bodyOf(editor)).toBe('');
    expect(editor.view.dom.getAttribute('aria-label')).toBe('Texte');
    expect(editor.view.dom.getAttribute('role')).toBe('textbox');
  });
});
