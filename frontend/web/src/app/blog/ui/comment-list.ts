import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommentView } from '@preau/contracts';
import { LanguageStore } from '../../shared/i18n/language-store';
import { SchoolDatePipe } from '../../shared/time/date-pipes';

/** An article's comments. A comment's body is plain text, shown as text, never as markup. */
@Component({
  selector: 'preau-comment-list',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, SchoolDatePipe],
  template: `
    @if (comments().length === 0) {
      <p class="empty">{{ 'blog.comments.empty' | transloco }}</p>
    } @else {
      <ul class="comments">
        @for (c of comments(); track c.id) {
          <li
            class="comment"
            [class.comment-pending]="c.status === 'pending'"
            [class.comment-hidden]="c.status === 'hidden'"
          >
            <p class="meta">
              <strong>{{ c.author.displayName }}</strong>
              <span>{{ c.createdAt | schoolDate: language() : true }}</span>
              @if (c.status === 'pending') {
                <span class="state">
                  <mat-icon aria-hidden="true">hourglass_top</mat-icon>
                  {{ 'blog.comments.pending' | transloco }}
                </span>
              } @else if (c.status === 'hidden') {
                <span class="state">
                  <mat-icon aria-hidden="true">visibility_off</mat-icon>
                  {{ 'blog.comments.hiddenState' | transloco }}
                </span>
              }
            </p>
            <p class="body">{{ c.body }}</p>
            @if (c.permissions.approve || c.permissions.hide || c.permissions.delete) {
              <div class="actions">
                @if (c.permissions.approve && c.status !== 'visible') {
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="approve.emit(c)">
                    <mat-icon aria-hidden="true">check</mat-icon>
                    {{ 'blog.comments.approve' | transloco
                    }}<span class="visually-hidden">{{
                      'blog.comments.of' | transloco: { name: c.author.displayName }
                    }}</span>
                  </button>
                }
                @if (c.permissions.hide && c.status !== 'hidden') {
                  <button mat-stroked-button type="button" [disabled]="busy()" (click)="hide.emit(c)">
                    <mat-icon aria-hidden="true">visibility_off</mat-icon>
                    {{ 'blog.comments.hide' | transloco
                    }}<span class="visually-hidden">{{
                      'blog.comments.of' | transloco: { name: c.author.displayName }
                    }}</span>
                  </button>
                }
                @if (c.permissions.delete) {
                  <button mat-button type="button" [disabled]="busy()" (click)="remove.emit(c)">
                    <mat-icon aria-hidden="true">delete</mat-icon>
                    {{ 'blog.comments.delete' | transloco
                    }}<span class="visually-hidden">{{
                      'blog.comments.of' | transloco: { name: c.author.displayName }
                    }}</span>
                  </button>
                }
              </div>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .comments {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .comment {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .comment-pending {
      border: 2px dashed var(--mat-sys-tertiary);
    }
    .comment-hidden {
      opacity: 0.75;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 0 0 4px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      strong {
        color: var(--mat-sys-on-surface);
      }
    }
    .state {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font-weight: 500;
      color: var(--mat-sys-on-surface);
      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
    .body {
      margin: 0;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentList {
  readonly comments = input.required<readonly CommentView[]>();
  readonly busy = input(false);
  readonly approve = output<CommentView>();
  readonly hide = output<CommentView>();
  readonly remove = output<CommentView>();
  protected readonly language = inject(LanguageStore).language;
}
