import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The thread pane before a conversation is chosen (tablets and computers; phones show the list alone). */
@Component({
  selector: 'preau-no-thread',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <div class="empty">
      <mat-icon aria-hidden="true" class="icon">forum</mat-icon>
      <p>{{ 'messaging.thread.choose' | transloco }}</p>
    </div>
  `,
  styles: `
    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-height: 240px;
      height: 100%;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
      text-align: center;
    }
    .icon {
      font-size: 64px;
      width: 64px;
      height: 64px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoThread {}
