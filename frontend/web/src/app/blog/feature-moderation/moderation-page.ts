import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArticleSummary, ModerationQueueView } from '@preau/contracts';
import { injectClass } from '../../classes';
import { ClassModerationPage, MODERATION_QUEUE, Queue, queue } from '../../shared/ui/moderation-queue';
import { ModerationStore } from '../data-access/moderation-store';
import { SchoolDatePipe } from '../../shared/time/date-pipes';
import { sendBackDialogData } from '../ui/send-back-dialog-data';

type PendingCommentView = ModerationQueueView['pendingComments'][number];
type QueueItem = ArticleSummary | PendingCommentView;

/**
 * The teacher's validation queue (`/classes/:classId/blog/moderation`): articles submitted by pupils
 * (open, publish, send back with feedback) and comments held (approve, hide), each with its count.
 */
@Component({
  selector: 'preau-moderation-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, SchoolDatePipe, MODERATION_QUEUE],
  providers: [ModerationStore],
  templateUrl: './moderation-page.html',
  styles: `
    .back {
      margin-bottom: 8px;
    }
    .item-title {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 4px;
    }
    .text {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationPage extends ClassModerationPage<QueueItem> {
  protected readonly store = inject(ModerationStore);
  protected readonly className = injectClass(() => this.classId()).name;

  protected readonly queues = computed<Queue<QueueItem>[]>(() => {
    const counts = this.store.counts();
    const quoted = (a: QueueItem) => ({
      key: 'common.quoted',
      params: { title: 'title' in a ? a.title : '' },
    });
    const of = (c: QueueItem) => ({
      key: 'blog.comments.of',
      params: { name: c.author.displayName },
    });
    return [
      queue<QueueItem>(
        'articles',
        'blog.moderation.articles',
        counts.submitted,
        'blog.moderation.noArticles',
        this.store.submitted(),
        [
          { id: 'publish', icon: 'public', label: 'blog.editor.publish', hint: quoted },
          { id: 'sendBack', icon: 'undo', label: 'blog.article.sendBack', hint: quoted, look: 'stroked' },
        ],
      ),
      queue<QueueItem>(
        'comments',
        'blog.moderation.comments',
        counts.pendingComments,
        'blog.moderation.noComments',
        this.store.comments(),
        [
          { id: 'approve', icon: 'check', label: 'blog.comments.approve', hint: of },
          { id: 'hide', icon: 'visibility_off', label: 'blog.comments.hide', hint: of, look: 'stroked' },
        ],
      ),
    ];
  });

  protected override perform(action: string, item: QueueItem): Promise<boolean> {
    if (action === 'publish') return this.store.publish(item.id);
    if (action === 'sendBack') return this.sendBack(item as ArticleSummary);
    return action === 'approve' ? this.store.approve(item.id) : this.store.hide(item.id);
  }

  private async sendBack(article: ArticleSummary): Promise<boolean> {
    const feedback = await this.askNote(sendBackDialogData(article.title, article.author.displayName));
    return !!feedback && (await this.store.sendBack(article.id, feedback));
  }
}
