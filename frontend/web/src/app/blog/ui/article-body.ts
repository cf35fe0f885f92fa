import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, ViewEncapsulation, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { renderArticleBody } from '../data-access/article-body-renderer';

/**
 * An article's body: built as DOM nodes by `renderArticleBody` (DOMPurify + media players made from the
 * article's signed renditions) and put in place of the host's children. No string of markup reaches
 * `innerHTML`, and Angular's sanitizer is never bypassed.
 */
@Component({
  selector: 'preau-article-body',
  template: '',
  host: { class: 'article-body', '[class.article-body-print]': 'print()' },
  encapsulation: ViewEncapsulation.None,
  styles: `
    .article-body {
      display: block;
      font: var(--mat-sys-body-large);
      font-size: 1.125rem;
      line-height: 1.65;
      overflow-wrap: anywhere;
      h2,
      h3,
      h4 {
        margin: 1.4em 0 0.5em;
        line-height: 1.3;
      }
      h2 {
        font: var(--mat-sys-headline-small);
      }
      h3 {
        font: var(--mat-sys-title-large);
      }
      h4 {
        font: var(--mat-sys-title-medium);
      }
      blockquote {
        margin: 1em 0;
        padding: 4px 16px;
        border-inline-start: 4px solid var(--mat-sys-primary);
        background: var(--mat-sys-surface-container-low);
      }
      a {
        color: var(--mat-sys-primary);
      }
      .body-media {
        margin: 1.25em 0;
        img,
        video {
          display: block;
          max-width: 100%;
          height: auto;
          max-height: 75vh;
          border-radius: 12px;
          background: var(--mat-sys-surface-container-highest);
        }
        audio {
          width: 100%;
          max-width: 520px;
        }
        figcaption {
          font: var(--mat-sys-body-medium);
          color: var(--mat-sys-on-surface-variant);
          margin: 6px 0;
        }
      }
      .body-media-card {
        display: inline-flex;
        align-items: center;
        gap: 12px;
        max-width: 100%;
        box-sizing: border-box;
        min-height: 56px;
        padding: 8px 16px 8px 8px;
        border: 2px solid var(--mat-sys-outline-variant);
        border-radius: 12px;
        color: var(--mat-sys-on-surface);
        text-decoration: none;
        &:hover {
          border-color: var(--mat-sys-primary);
        }
      }
      .body-media-preview {
        width: 64px !important;
        height: 64px !important;
        object-fit: cover;
        border-radius: 8px !important;
      }
      .body-media-icon {
        font-size: 40px;
        color: var(--mat-sys-primary);
      }
      .body-media-text {
        display: flex;
        flex-direction: column;
      }
      .body-media-title {
        font: var(--mat-sys-title-medium);
      }
      .body-media-kind,
      .body-media-url {
        font: var(--mat-sys-body-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      .body-media-notice {
        padding: 12px 16px;
        border-radius: 12px;
        background: var(--mat-sys-surface-container-high);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .article-body-print .body-media img {
      max-height: none;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleBody {
  readonly body = input.required<string>();
  readonly media = input<readonly MediaItemView[]>([]);
  /** The print view: large pictures, posters for videos. */
  readonly print = input(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$);

  constructor() {
    effect(() => {
      this.language();
      const fragment = renderArticleBody(this.body(), this.media(), this.document, {
        t: (key, params) => this.transloco.translate(key, params),
        print: this.print(),
      });
      this.host.nativeElement.replaceChildren(fragment);
    });
  }
}
