import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArticleSummary } from '@preau/contracts';
import { LanguageStore } from '../../shared/i18n/language-store';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { imageSrcset, thumbnailOf } from '../../media';
import { safeMediaUrl } from '../../shared/links/safe-url';
import { SchoolDatePipe } from '../../shared/time/date-pipes';
import { StatusChip } from './status-chip';

/**
 * One article of a blog's list: cover, title (the link; the whole card is its target), author, date,
 * excerpt, a "new" badge when a published article is unread, and the state of work in progress.
 */
@Component({
  selector: 'preau-article-card',
  imports: [MatIconModule, RouterLink, TranslocoPipe, SchoolDatePipe, PluralKeyPipe, StatusChip],
  template: `
    @let a = article();
    <article class="card" [class.card-new]="isNew()">
      @if (cover(); as src) {
        <img
          class="cover"
          [src]="src"
          [attr.srcset]="coverSrcset()"
          sizes="(max-width: 599px) 100vw, 400px"
          alt=""
          loading="lazy"
        />
      }
      <div class="text">
        <div class="badges">
          @if (isNew()) {
            <span class="new">{{ 'blog.card.new' | transloco }}</span>
          }
          <preau-status-chip [status]="a.status" [feedback]="a.feedback" />
        </div>
        <h3 class="title">
          <a class="link" [routerLink]="['/blog/articles', a.id]">{{
            a.title || ('blog.card.untitled' | transloco)
          }}</a>
        </h3>
        <p class="meta">
          {{
            'blog.card.byline'
              | transloco: { name: a.author.displayName, date: (a.publishedAt ?? a.updatedAt | schoolDate: language()) }
          }}
        </p>
        @if (a.status === 'draft' && a.feedback) {
          <p class="feedback">
            <strong>{{ 'blog.card.feedback' | transloco }}</strong> {{ a.feedback }}
          </p>
        }
        @if (a.excerpt) {
          <p class="excerpt">{{ a.excerpt }}</p>
        }
        @if (a.status === 'published') {
          <p class="counts">
            <mat-icon aria-hidden="true">chat_bubble</mat-icon>
            {{ 'blog.card.comments' | pluralKey: a.commentCount | transloco: { count: a.commentCount } }}
            @if (a.pendingCommentCount) {
              <span class="pending"
                >· {{ 'blog.card.pendingComments' | transloco: { count: a.pendingCommentCount } }}</span
              >
            }
          </p>
        }
      </div>
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
      box-sizing: border-box;
      border: 2px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-low);
      &:hover,
      &:focus-within {
        border-color: var(--mat-sys-primary);
      }
    }
    .card-new {
      border-color: var(--mat-sys-tertiary);
    }
    .cover {
      width: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: var(--mat-sys-surface-container-highest);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 12px 16px 16px;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      &:empty {
        display: none;
      }
    }
    .new {
      padding: 4px 12px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-tertiary);
      color: var(--mat-sys-on-tertiary);
    }
    .title {
      font: var(--mat-sys-title-large);
      margin: 0;
      overflow-wrap: anywhere;
    }
    .link {
      color: inherit;
      text-decoration: none;
      /* The whole card is the link's target (one tab stop, one name). */
      &::after {
        content: '';
        position: absolute;
        inset: 0;
      }
      &:focus-visible {
        outline: none;
      }
      &:hover {
        text-decoration: underline;
      }
    }
    .card:has(.link:focus-visible) {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .meta,
    .counts {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .counts {
      display: flex;
      align-items: center;
      gap: 4px;
      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
    .excerpt {
      font: var(--mat-sys-body-large);
      margin: 0;
      overflow-wrap: anywhere;
    }
    .feedback {
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleCard {
  readonly article = input.required<ArticleSummary>();
  protected readonly language = inject(LanguageStore).language;
  protected readonly isNew = computed(() => this.article().status === 'published' && !this.article().read);
  protected readonly cover = computed(() => {
    const cover = this.article().cover;
    return cover ? safeMediaUrl(thumbnailOf(cover)) : null;
  });
  protected readonly coverSrcset = computed(() => {
    const cover = this.article().cover;
    return cover && cover.kind === 'image' ? imageSrcset(cover) : null;
  });
}
