import { DOCUMENT } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArticleView } from '@preau/contracts';
import { injectClass } from '../../classes';
import { LanguageStore } from '../../shared/i18n/language-store';
import { ErrorState } from '../../shared/ui/error-state';
import { articleUrl } from '../data-access/blog-api';
import { ArticleBody } from '../ui/article-body';
import { SchoolDatePipe } from '../../shared/time/date-pipes';

/**
 * An article for the class wall (`/blog/articles/:id/print`): outside the app's frame, large pictures,
 * a print stylesheet that keeps only the article; one button prints.
 */
@Component({
  selector: 'preau-print-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState, ArticleBody, SchoolDatePipe],
  template: `
    <main class="print-page">
      @if (article.hasValue()) {
        @let a = article.value();
        <div class="print-actions">
          <a mat-button [routerLink]="['/blog/articles', a.id]">
            <mat-icon aria-hidden="true">arrow_back</mat-icon>
            {{ 'blog.print.back' | transloco }}
          </a>
          <button mat-flat-button type="button" class="print-button" (click)="print()">
            <mat-icon aria-hidden="true">print</mat-icon>
            {{ 'blog.print.print' | transloco }}
          </button>
        </div>
        <article aria-labelledby="print-title">
          @if (className()) {
            <p class="print-class">{{ className() }}</p>
          }
          <h1 class="print-title" id="print-title">{{ a.title }}</h1>
          <p class="print-byline">
            {{
              'blog.card.byline'
                | transloco
                  : { name: a.author.displayName, date: (a.publishedAt ?? a.updatedAt | schoolDate: language()) }
            }}
          </p>
          <preau-article-body [body]="a.body" [media]="a.media" [print]="true" />
        </article>
      } @else if (article.error()) {
        <preau-error-state [error]="article.error()" (retry)="article.reload()" />
      } @else {
        <p role="status">{{ 'common.loading' | transloco }}</p>
      }
    </main>
  `,
  styles: `
    .print-page {
      box-sizing: border-box;
      max-width: 900px;
      margin: 0 auto;
      padding: 16px;
      font-size: 1.2rem;
    }
    .print-actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 16px;
    }
    .print-button {
      min-height: 52px;
    }
    .print-class {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .print-title {
      font: var(--mat-sys-display-small);
      margin: 8px 0;
      overflow-wrap: anywhere;
    }
    .print-byline {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 24px;
    }
    @media print {
      @page {
        margin: 15mm;
      }
      body {
        background: #fff !important;
        color: #000 !important;
      }
      .print-actions {
        display: none !important;
      }
      .print-page {
        max-width: none;
        padding: 0;
      }
      .print-page .body-media {
        break-inside: avoid;
      }
      .print-page .article-body a::after {
        content: ' (' attr(href) ')';
        font-size: 0.85em;
      }
      .print-page h2,
      .print-page h3 {
        break-after: avoid;
      }
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintPage {
  /** From the route `/blog/articles/:id/print`. */
  readonly id = input.required<string>();
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageStore).language;
  protected readonly article = httpResource<ArticleView>(() => articleUrl(this.id()));
  private readonly cls = injectClass(() => (this.article.hasValue() ? this.article.value().classId : null));
  protected readonly className = this.cls.name;

  protected print(): void {
    this.document.defaultView?.print();
  }
}
