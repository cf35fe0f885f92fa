import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { MediaListStore } from '../data-access/media-list-store';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ErrorState } from '../../shared/ui/error-state';
import { MediaCard } from './media-card';

/**
 * The items of a listing as a responsive grid of cards, with its loading, empty and error states and
 * "load more" (focus goes to the first new card, so keyboard and screen-reader users carry on there).
 */
@Component({
  selector: 'preau-media-grid',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, PluralKeyPipe, ErrorState, MediaCard],
  template: `
    @let s = store();
    <p class="visually-hidden" role="status">
      @if (s.loaded() && !s.loading()) {
        {{ 'media.grid.count' | pluralKey: s.items().length | transloco: { count: s.items().length } }}
      }
    </p>
    @if (s.error() && !s.items().length) {
      <preau-error-state [error]="s.error()" (retry)="s.reload()" />
    } @else if (s.loading() && !s.items().length) {
      <p class="hint">{{ 'common.loading' | transloco }}</p>
    } @else if (s.loaded() && !s.items().length) {
      <p class="hint">{{ (s.filtered() ? 'media.grid.noMatch' : emptyKey()) | transloco }}</p>
    } @else {
      <ul class="grid" [attr.aria-label]="label()" [attr.aria-busy]="s.loading() || null">
        @for (item of s.items(); track item.id) {
          <li>
            <preau-media-card [item]="item" [disabled]="!!onlyReady() && item.status !== 'ready'" (activate)="activate.emit($event)" />
          </li>
        }
      </ul>
      @if (s.error()) {
        <preau-error-state [error]="s.error()" (retry)="more()" />
      }
      @if (s.hasMore()) {
        <div class="more">
          <button mat-stroked-button type="button" [disabled]="s.loadingMore()" (click)="more()">
            <mat-icon aria-hidden="true">expand_more</mat-icon>
            {{ (s.loadingMore() ? 'common.loading' : 'media.grid.loadMore') | transloco }}
          </button>
        </div>
      }
    }
  `,
  styles: `
    .grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
      gap: 12px;
      @media (min-width: 600px) {
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 16px;
      }
      > li {
        display: flex;
        min-width: 0;
      }
    }
    .hint {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      display: flex;
      justify-content: center;
      margin: 24px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly store = input.required<MediaListStore>();
  /** The list's accessible name. */
  readonly label = input<string | null>(null);
  /** Translation key shown when the listing is empty without a filter. */
  readonly emptyKey = input('media.grid.empty');
  /** Only ready items can be activated (the picker). */
  readonly onlyReady = input(false);
  readonly activate = output<MediaItemView>();

  protected async more(): Promise<void> {
    const before = this.store().items().length;
    const added = await this.store().loadMore();
    if (added > 0) {
      setTimeout(() => this.host.nativeElement.querySelectorAll<HTMLButtonElement>('.grid > li button')[before]?.focus());
    }
  }
}
