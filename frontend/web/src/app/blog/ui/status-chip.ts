import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArticleStatus } from '@preau/contracts';

/** Where an unpublished article stands: draft, sent back with feedback, or waiting for the teacher. */
@Component({
  selector: 'preau-status-chip',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @if (key(); as k) {
      <span class="chip" [class]="'chip chip-' + k">
        <mat-icon aria-hidden="true">{{ icons[k] }}</mat-icon>
        {{ 'blog.status.' + k | transloco }}
      </span>
    }
  `,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 4px 12px 4px 8px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
    .chip-sentBack {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .chip-submitted {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<ArticleStatus>();
  readonly feedback = input<string | null>(null);
  protected readonly icons: Record<string, string> = { draft: 'edit_note', sentBack: 'undo', submitted: 'hourglass_top' };
  protected readonly key = computed(() => {
    const status = this.status();
    if (status === 'published') return null;
    if (status === 'draft') return this.feedback() ? 'sentBack' : 'draft';
    return 'submitted';
  });
}
