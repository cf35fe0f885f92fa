import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommentView } from '@preau/contracts';
import { COMMENT_MAX_CHARS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { injectClass } from '../../classes';
import { LanguageStore } from '../../shared/i18n/language-store';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { TextNoteDialog, TextNoteDialogData } from '../../shared/ui/text-note-dialog';
import { ArticleStore } from '../data-access/article-store';
import { ArticleBody } from '../ui/article-body';
import { SchoolDatePipe } from '../../shared/time/date-pipes';
import { CommentList } from '../ui/comment-list';
import { sendBackDialogData } from '../ui/send-back-dialog-data';
import { StatusChip } from '../ui/status-chip';

/**
 * An article (`/blog/articles/:id`): its body with its pictures, videos and sounds; the workflow the
 * caller may run (edit, submit, publish, send back, unpublish, delete); for the class's teachers who read
 * it; and the comments, with their moderation.
 */
@Component({
  selector: 'preau-article-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslocoPipe,
    PluralKeyPipe,
    ErrorState,
    ArticleBody,
    SchoolDatePipe,
    CommentList,
    StatusChip,
  ],
  providers: [ArticleStore],
  templateUrl: './article-page.html',
  styleUrl: './article-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticlePage {
  /** From the route `/blog/articles/:id`. */
  readonly id = input.required<string>();
  protected readonly store = inject(ArticleStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).language;
  protected readonly commentMax = COMMENT_MAX_CHARS;
  protected readonly commentText = signal('');

  private readonly cls = injectClass(() => this.store.article()?.classId);
  protected readonly className = this.cls.name;
  protected readonly commentsHeld = computed(() => this.cls.view()?.settings.commentModeration === 'held');
  protected readonly hasActions = computed(() => {
    const p = this.store.permissions();
    return !!p && (p.edit || p.submit || p.publish || p.sendBack || p.unpublish || p.delete);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected async sendBack(): Promise<void> {
    const article = this.store.article();
    if (!article) return;
    const ref = this.dialog.open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data: sendBackDialogData(article.title, article.author.displayName),
      maxWidth: '95vw',
    });
    const feedback = await firstValueFrom(ref.afterClosed());
    if (feedback) await this.store.sendBack(feedback);
  }

  protected async unpublish(): Promise<void> {
    if (
      await this.confirm({
        title: 'blog.article.unpublishTitle',
        message: 'blog.article.unpublishText',
        confirm: 'blog.article.unpublish',
      })
    ) {
      await this.store.transition('unpublish');
    }
  }

  protected async remove(): Promise<void> {
    const article = this.store.article();
    if (!article) return;
    const confirmed = await this.confirm({
      title: 'blog.article.deleteTitle',
      message: 'blog.article.deleteText',
      confirm: 'blog.article.delete',
      params: { title: article.title },
      danger: true,
    });
    if (confirmed && (await this.store.remove())) await this.router.navigate(['/classes', article.classId, 'blog']);
  }

  protected async sendComment(): Promise<void> {
    if (await this.store.addComment(this.commentText())) this.commentText.set('');
  }

  protected async deleteComment(comment: CommentView): Promise<void> {
    if (
      await this.confirm({
        title: 'blog.comments.deleteTitle',
        message: 'blog.comments.deleteText',
        confirm: 'blog.comments.delete',
        danger: true,
      })
    ) {
      await this.store.deleteComment(comment);
    }
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '95vw' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
