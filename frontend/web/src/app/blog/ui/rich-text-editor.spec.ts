import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Editor } from '@tiptap/core';
import { mediaItem } from '../../media/testing';
import { MediaPicker } from '../../media';
import { RichTextEditor } from './rich-text-editor';
import { provideTestTransloco } from '../../../testing';

const PHOTO = '0190f7a2-5c3e-7b1d-9a2f-1c2d3e4f5a6b';

describe('RichTextEditor', () => {
  const picked = mediaItem({ id: PHOTO, title: 'Les canards' });
  const open = jest.fn(async () => picked);

  async function render(content = '<p>Bonjour</p>') {
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MediaPicker, useValue: { open } }],
    });
    const fixture = TestBed.createComponent(RichTextEditor);
    fixture.componentRef.setInput('label', "Texte de l'article");
    fixture.componentRef.setInput('content', content);
    fixture.componentRef.setInput('classId', 'c1');
    const changes: string[] = [];
    fixture.componentInstance.contentChange.subscribe((html) => changes.push(html));
    document.body.append(fixture.nativeElement);
    await fixture.whenStable();
    await TestBed.inject(ApplicationRef).whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const button = (name: string) => root.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement;
    return { fixture, root, changes, button, stable: () => fixture.whenStable() };
  }

  afterEach(() => document.body.replaceChildren());

  it('names its text area after its visible label, with the starting body', async () => {
    const { root } = await render();
    const area = root.querySelector('[contenteditable="true"]') as HTMLElement;
    const label = root.querySelector(`#${area.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe("Texte de l'article");
    expect(area.getAttribute('role')).toBe('textbox');
    expect(area.innerHTML).toContain('Bonjour');
    expect(root.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Mise en forme du texte');
  });

  it('makes bold with a big button that says it is on, and emits the body', async () => {
    const { fixture, button, changes, stable } = await render();
    (fixture.componentInstance as unknown as { editor: Editor }).editor.commands.selectAll();
    const bold = button('Gras');
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    bold.click();
    await stable();
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(changes.at(-1)).toBe('<p><strong>Bonjour</strong></p>');
  });

  it('inserts the item chosen in the picker as a media reference', async () => {
    const { root, changes, stable } = await render();
    (
      Array.from(root.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Ajouter une photo'),
      ) as HTMLButtonElement
    ).click();
    await stable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(open).toHaveBeenCalledWith({ classId: 'c1', title: 'blog.editor.pickMedia' });
    expect(changes.at(-1)).toBe(`<p>Bonjour</p><img data-media-id="${PHOTO}" alt="Les canards">`);
    expect(root.querySelector('.editor-media figcaption')?.textContent).toBe('Les canards');
  });

  it('is one tab stop, with the arrow keys between its buttons', async () => {
    const { root, stable } = await render();
    const toolbar = root.querySelector('[role="toolbar"]') as HTMLElement;
    const buttons = Array.from(toolbar.querySelectorAll('button'));
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(document.activeElement).toBe(buttons.at(-1));
    await stable();
    expect(buttons.at(-1)?.tabIndex).toBe(0);
    expect(buttons[0].tabIndex).toBe(-1);
    buttons.at(-1)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('cannot be changed when disabled', async () => {
    const { fixture, root, stable } = await render();
    fixture.componentRef.setInput('disabled', true);
    await stable();
    expect(root.querySelector('[contenteditable]')?.getAttribute('contenteditable')).toBe('false');
    expect(Array.from(root.querySelectorAll('button')).every((b) => b.disabled)).toBe(true);
  });
});
