import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { splitLinks } from '../data-access/message-text';

/**
 * A message body as written: text nodes (never markup), line breaks kept, and http(s) addresses as
 * links opening in a new tab without giving it a handle on this one. No whitespace in the template:
 * it would show, since the body keeps its own.
 */
@Component({
  selector: 'preau-message-text',
  imports: [TranslocoPipe],
  // prettier-ignore
  template: `<p class="text">@for (part of parts(); track $index) {@if (part.kind === 'link') {<a [href]="part.href" target="_blank" rel="noopener noreferrer">{{ part.text }}<span class="visually-hidden"> ({{ 'messaging.thread.newTab' | transloco }})</span></a>}@else {<span>{{ part.text }}</span>}}</p>`,
  styles: `
    .text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: inherit;
    }
    a {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageText {
  readonly body = input<string | null>(null);
  protected readonly parts = computed(() => splitLinks(this.body()));
}
