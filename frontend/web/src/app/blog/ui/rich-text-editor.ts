import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import type { Editor } from '@tiptap/core';
import { firstValueFrom } from 'rxjs';
import { MediaPicker } from '../../media';
import { bodyOf, createArticleEditor, insertMedia } from './article-editor-setup';
import { LinkUrlDialog } from './link-url-dialog';

let nextId = 0;

type Tool = { key: string; icon: string; active: () => boolean; run: () => void };

/**
 * The article's text: a TipTap editor on a host element, with a toolbar of big buttons (bold, italic,
 * heading, lists, quote, link, media from the library, undo). Emits the body (HTML with media
 * references) at every change.
 */
@Component({
  selector: 'preau-rich-text-editor',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TranslocoPipe],
  template: `
    <span class="label" [id]="labelId">{{ label() }}</span>
    <!-- One tab stop; the arrow keys, Home and End move between the buttons (ARIA toolbar pattern). -->
    <div
      class="toolbar"
      role="toolbar"
      [attr.aria-label]="'blog.editor.toolbar' | transloco"
      [attr.aria-controls]="contentId"
    >
      @for (tool of tools; track tool.key; let i = $index) {
        <button
          type="button"
          class="tool"
          [attr.tabindex]="i === focusIndex() ? 0 : -1"
          (focus)="focusIndex.set(i)"
          (keydown)="toolbarKey($event)"
          [class.tool-active]="isActive(tool)"
          [attr.aria-pressed]="tool.key === 'link' || tool.key === 'undo' ? null : isActive(tool)"
          [disabled]="disabled()"
          [attr.aria-label]="'blog.editor.tools.' + tool.key | transloco"
          [matTooltip]="'blog.editor.tools.' + tool.key | transloco"
          (mousedown)="$event.preventDefault()"
          (click)="tool.run()"
        >
          <mat-icon aria-hidden="true">{{ tool.icon }}</mat-icon>
        </button>
      }
      <button
        mat-flat-button
        type="button"
        class="insert-media"
        [tabIndex]="focusIndex() === tools.length ? 0 : -1"
        (focus)="focusIndex.set(tools.length)"
        (keydown)="toolbarKey($event)"
        [disabled]="disabled()"
        (click)="pickMedia()"
      >
        <mat-icon aria-hidden="true">add_photo_alternate</mat-icon>
        {{ 'blog.editor.insertMedia' | transloco }}
      </button>
    </div>
    <div #host class="host" [class.host-disabled]="disabled()"></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      display: block;
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
    }
    .toolbar {
      position: sticky;
      top: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding: 8px;
      border: 2px solid var(--mat-sys-outline-variant);
      border-bottom: none;
      border-radius: 16px 16px 0 0;
      background: var(--mat-sys-surface-container);
    }
    .tool {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 52px;
      height: 52px;
      border: 2px solid transparent;
      border-radius: 12px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      cursor: pointer;
      mat-icon {
        font-size: 28px;
        width: 28px;
        height: 28px;
      }
      &:hover {
        border-color: var(--mat-sys-outline);
      }
      &:disabled {
        opacity: 0.5;
        cursor: default;
      }
    }
    .tool-active {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .insert-media {
      min-height: 52px;
      font-size: 1rem;
    }
    .host {
      border: 2px solid var(--mat-sys-outline-variant);
      border-radius: 0 0 16px 16px;
      background: var(--mat-sys-surface);
      &:focus-within {
        border-color: var(--mat-sys-primary);
      }
    }
    .host-disabled {
      background: var(--mat-sys-surface-container-low);
    }
    :host ::ng-deep .editor-content {
      min-height: 40vh;
      padding: 12px 16px;
      font: var(--mat-sys-body-large);
      font-size: 1.2rem;
      line-height: 1.6;
      outline: none;
      overflow-wrap: anywhere;
      h2 {
        font: var(--mat-sys-headline-small);
      }
      blockquote {
        margin: 1em 0;
        padding: 4px 16px;
        border-inline-start: 4px solid var(--mat-sys-primary);
      }
      a {
        color: var(--mat-sys-primary);
      }
      .editor-media {
        display: inline-flex;
        flex-direction: column;
        gap: 4px;
        margin: 8px 0;
        padding: 6px;
        max-width: min(100%, 320px);
        border: 2px dashed var(--mat-sys-outline);
        border-radius: 12px;
        img {
          max-width: 100%;
          border-radius: 8px;
        }
        figcaption {
          font: var(--mat-sys-body-medium);
        }
      }
      .editor-media-icon {
        font-size: 48px;
        color: var(--mat-sys-primary);
      }
      .ProseMirror-selectednode {
        outline: 3px solid var(--mat-sys-primary);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RichTextEditor implements OnDestroy {
  /** The body to start from (read once, when the editor is made). */
  readonly content = input('');
  /** Media items the body already references (for their previews). */
  readonly media = input<readonly MediaItemView[]>([]);
  /** Also offer this class's library in the picker. */
  readonly classId = input<string | null>(null);
  readonly label = input.required<string>();
  readonly disabled = input(false);
  readonly contentChange = output<string>();

  private readonly picker = inject(MediaPicker);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private readonly picked = new Map<string, MediaItemView>();
  private editor: Editor | null = null;
  /** Whether the text was ever in focus (a cursor the writer chose). */
  private touched = false;
  /** Bumped at every transaction: the toolbar's states follow the selection. */
  private readonly tick = signal(0);

  /** The toolbar button that takes the tab stop. */
  protected readonly focusIndex = signal(0);
  protected readonly labelId = `preau-editor-label-${nextId}`;
  protected readonly contentId = `preau-editor-${nextId++}`;
  private readonly known = computed(() => new Map(this.media().map((m) => [m.id.toLowerCase(), m])));

  protected readonly tools: Tool[] = [
    {
      key: 'bold',
      icon: 'format_bold',
      active: () => this.active('bold'),
      run: () => this.chain()?.toggleBold().run(),
    },
    {
      key: 'italic',
      icon: 'format_italic',
      active: () => this.active('italic'),
      run: () => this.chain()?.toggleItalic().run(),
    },
    {
      key: 'heading',
      icon: 'title',
      active: () => this.active('heading', { level: 2 }),
      run: () => this.chain()?.toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'bulletList',
      icon: 'format_list_bulleted',
      active: () => this.active('bulletList'),
      run: () => this.chain()?.toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      icon: 'format_list_numbered',
      active: () => this.active('orderedList'),
      run: () => this.chain()?.toggleOrderedList().run(),
    },
    {
      key: 'quote',
      icon: 'format_quote',
      active: () => this.active('blockquote'),
      run: () => this.chain()?.toggleBlockquote().run(),
    },
    { key: 'link', icon: 'link', active: () => this.active('link'), run: () => void this.editLink() },
    { key: 'undo', icon: 'undo', active: () => false, run: () => this.chain()?.undo().run() },
  ];

  constructor() {
    afterNextRender(() => {
      this.editor = createArticleEditor({
        element: this.host().nativeElement,
        content: untracked(this.content),
        labelledBy: this.labelId,
        media: {
          lookup: (id) => this.picked.get(id.toLowerCase()) ?? this.known().get(id.toLowerCase()),
          label: (item) => item?.title ?? this.transloco.translate('blog.editor.mediaUnknown'),
        },
        onUpdate: () => this.editor && this.contentChange.emit(bodyOf(this.editor)),
        onTransaction: () => this.tick.update((n) => n + 1),
      });
      this.editor.view.dom.id = this.contentId;
      this.editor.on('focus', () => (this.touched = true));
      this.editor.setEditable(!untracked(this.disabled));
    });
    effect(() => {
      const disabled = this.disabled();
      this.editor?.setEditable(!disabled);
    });
  }

  ngOnDestroy(): void {
    this.editor?.destroy();
    this.editor = null;
  }

  /** Puts the cursor in the text. */
  focus(): void {
    this.editor?.commands.focus();
  }

  protected toolbarKey(event: KeyboardEvent): void {
    const current = event.currentTarget as HTMLButtonElement;
    const toolbar = current.closest('[role="toolbar"]');
    const buttons = toolbar ? Array.from(toolbar.querySelectorAll<HTMLButtonElement>('button')) : [];
    const index = buttons.indexOf(current);
    if (index < 0) return;
    const last = buttons.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  }

  protected isActive(tool: Tool): boolean {
    this.tick();
    return tool.active();
  }

  private active(name: string, attributes?: Record<string, unknown>): boolean {
    return this.editor?.isActive(name, attributes) ?? false;
  }

  private chain() {
    return this.editor?.chain().focus();
  }

  protected async pickMedia(): Promise<void> {
    const item = await this.picker.open({ classId: this.classId(), title: 'blog.editor.pickMedia' });
    if (!item || !this.editor) return;
    this.picked.set(item.id.toLowerCase(), item);
    // Never put in the text: it goes at the end, not before the first word.
    if (!this.touched) this.editor.commands.focus('end');
    insertMedia(this.editor, item);
  }

  private async editLink(): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    const current = (editor.getAttributes('link')['href'] as string | undefined) ?? null;
    const ref = this.dialog.open<LinkUrlDialog, string | null, string>(LinkUrlDialog, {
      data: current,
      maxWidth: '95vw',
      restoreFocus: true,
    });
    const href = await firstValueFrom(ref.afterClosed());
    if (href === undefined) return;
    if (href === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else if (editor.state.selection.empty && !current)
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
}
