import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LoadingStore } from '../http/loading-store';

/** A thin bar at the top of the window while a slow call is in flight. */
@Component({
  selector: 'preau-loading-bar',
  imports: [MatProgressBarModule, TranslocoPipe],
  template: `
    @if (loading.visible()) {
      <mat-progress-bar class="loading-bar" mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
  `,
  styles: `
    .loading-bar {
      position: fixed;
      top: 0;
      left: 0;
      right: 0;
      z-index: 1100;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingBar {
  protected readonly loading = inject(LoadingStore);
}
