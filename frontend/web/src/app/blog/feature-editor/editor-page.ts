import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ARTICLE_TITLE_MAX_CHARS } from '@preau/contracts';
import { injectClass } from '../../classes';
import { ErrorState } from '../../shared/ui/error-state';
import { DraftStore } from '../data-access/draft-store';
import { RichTextEditor } from '../ui/rich-text-editor';

/**
 * Writing an article (`/classes/:classId/blog/new`, `/blog/articles/:id/edit`): title, text with
 * pictures and sounds from the library, saved as a draft after each pause in typing, then sent to the
 * teacher (a pupil) or published (a teacher). The teacher's feedback, when the article came back, is on top.
 */
@Component({
  selector: 'preau-editor-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
    RichTextEditor,
  ],
  providers: [DraftStore],
  templateUrl: './editor-page.html',
  styleUrl: './editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorPage {
  /** From `/classes/:classId/blog/new`. */
  readonly classId = input<string | undefined>(undefined);
  /** From `/blog/articles/:id/edit`. */
  readonly id = input<string | undefined>(undefined);

  protected readonly store = inject(DraftStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  protected readonly titleMax = ARTICLE_TITLE_MAX_CHARS;

  private readonly cls = injectClass(() => this.store.classId());
  protected readonly className = this.cls.name;
  /** A teacher publishes; a pupil sends to the teacher. */
  protected readonly publishes = computed(() => {
    const article = this.store.article();
    if (article) return article.permissions.publish;
    return this.cls.can('blog.moderate');
  });
  /** The editor starts once the article is there (at once for a new one). */
  protected readonly ready = computed(() => !this.id() || (this.store.article() !== null && !this.store.loading()));
  protected readonly statusKey = computed(() => `blog.editor.saveState.${this.store.state()}`);

  constructor() {
    effect(() => {
      const id = this.id();
      const classId = this.classId();
      untracked(() => {
        if (id) void this.store.open(id);
        else if (classId) this.store.start(classId);
      });
    });
    // The first save made the draft: the address becomes the draft's, without leaving the page.
    effect(() => {
      const articleId = this.store.articleId();
      if (articleId && !untracked(this.id))
        this.location.replaceState(`/blog/articles/${encodeURIComponent(articleId)}/edit`);
    });
  }

  protected onTitle(event: Event): void {
    this.store.edit({ title: (event.target as HTMLInputElement).value });
  }

  protected async send(): Promise<void> {
    const done = this.publishes() ? await this.store.publish() : await this.store.submit();
    const id = this.store.articleId();
    if (done && id) await this.router.navigate(['/blog/articles', id]);
  }
}
