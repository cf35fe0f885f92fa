import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { errorMessageKey } from '../http/problem';

/** The generic error state of a page or a panel: a human message and, when it makes sense, a retry. */
@Component({
  selector: 'preau-error-state',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <div class="error-state" role="alert">
      <mat-icon aria-hidden="true" class="error-icon">error</mat-icon>
      <p class="error-message">{{ messageKey() | transloco }}</p>
      @if (retryable()) {
        <button mat-flat-button type="button" (click)="retry.emit()">
          {{ 'common.retry' | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    .error-state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 32px 16px;
      text-align: center;
      border-radius: 16px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error-icon {
      font-size: 40px;
      width: 40px;
      height: 40px;
    }
    .error-message {
      font: var(--mat-sys-body-large);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorState {
  readonly error = input<unknown>();
  readonly retryable = input(true);
  readonly retry = output<void>();

  protected readonly messageKey = computed(() => errorMessageKey(this.error()));
}
