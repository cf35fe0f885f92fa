import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { injectClass } from '../../classes';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ErrorState } from '../../shared/ui/error-state';
import { ArticleListStore } from '../data-access/article-list-store';
import { ArticleCard } from '../ui/article-card';

/**
 * A class's blog (`/classes/:classId/blog`): the articles in progress (own drafts, articles sent back,
 * submitted ones), then the published ones with a "new" badge for those not read yet. Teachers see how
 * much waits for them, and the way to their validation queue.
 */
@Component({
  selector: 'preau-blog-list-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, PluralKeyPipe, ErrorState, ArticleCard],
  providers: [ArticleListStore],
  templateUrl: './blog-list-page.html',
  styles: `
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .big {
      min-height: 56px;
      font-size: 1.05rem;
    }
    .back {
      margin-bottom: 8px;
    }
    .grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
    }
    .unread,
    .empty,
    .loading {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      display: flex;
      justify-content: center;
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BlogListPage {
  /** From the route `/classes/:classId/blog`. */
  readonly classId = input.required<string>();
  protected readonly store = inject(ArticleListStore);
  private readonly cls = injectClass(() => this.classId());
  protected readonly className = this.cls.name;
  protected readonly canWrite = computed(() => this.cls.can('blog.write'));
  protected readonly canModerate = computed(() => this.cls.can('blog.moderate', 'blog.comment.moderate'));

  constructor() {
    effect(() => {
      const classId = this.classId();
      untracked(() => void this.store.load(classId));
    });
    effect(() => {
      if (this.canModerate()) untracked(() => void this.store.loadWaiting());
    });
  }
}
