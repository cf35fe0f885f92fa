import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitch } from '../../shared/ui/language-switch';

/** Shown when Préau's server cannot say who we are (down, unreachable): not a login form. */
@Component({
  selector: 'preau-unavailable-page',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, LanguageSwitch],
  template: `
    <header class="bar"><preau-language-switch /></header>
    <main id="main" class="page status-page">
      <mat-icon aria-hidden="true" class="status-icon">cloud_off</mat-icon>
      <h1 class="page-title">{{ 'unavailable.title' | transloco }}</h1>
      <p class="page-subtitle" role="alert">{{ 'unavailable.text' | transloco }}</p>
      <button mat-flat-button type="button" (click)="retry()">
        <mat-icon aria-hidden="true">refresh</mat-icon>
        {{ 'common.retry' | transloco }}
      </button>
    </main>
  `,
  styles: `
    .bar {
      display: flex;
      justify-content: flex-end;
      padding: 8px 16px;
    }
    .status-page {
      text-align: center;
      padding-top: 48px;
    }
    .status-icon {
      font-size: 72px;
      width: 72px;
      height: 72px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnavailablePage {
  private readonly document = inject(DOCUMENT);

  protected retry(): void {
    this.document.location.assign('/');
  }
}
