import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'preau-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <div class="page status-page">
      <mat-icon aria-hidden="true" class="status-icon">explore_off</mat-icon>
      <h1 class="page-title">{{ 'notFound.title' | transloco }}</h1>
      <p class="page-subtitle">{{ 'notFound.text' | transloco }}</p>
      <a mat-flat-button routerLink="/">
        <mat-icon aria-hidden="true">home</mat-icon>
        {{ 'notFound.home' | transloco }}
      </a>
    </div>
  `,
  styles: `
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
export class NotFoundPage {}
