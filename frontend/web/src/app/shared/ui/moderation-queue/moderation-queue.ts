import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  ElementRef,
  Injector,
  TemplateRef,
  afterNextRender,
  contentChild,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorState } from '../error-state';

/** Words to translate: a key and its parameters. */
export interface QueueText {
  key: string;
  params?: Record<string, unknown>;
}

/** A button under each item of a queue. */
export interface QueueAction<T> {
  id: string;
  icon: string;
  label: string;
  /** Said after the label to screen readers only: which item the button acts on. */
  hint: (item: T) => QueueText;
  look?: 'flat' | 'stroked' | 'danger';
}

/** One list of what waits for a teacher (articles, comments, held or reported messages). */
export interface Queue<T> {
  id: string;
  /** The tab's or section's title, with the count. */
  title: QueueText;
  /** The sentence shown when nothing waits. */
  empty: string;
  items: readonly T[];
  actions: readonly QueueAction<T>[];
}

/** What the last action did, or why it failed: said to screen readers too. */
export interface QueueAnnouncement extends QueueText {
  error?: boolean;
}

/** A queue in one line: `queue('held', 'messaging.moderation.heldTab', 2, 'messaging.moderation.noHeld', items, actions)`. */
export function queue<T>(
  id: string,
  titleKey: string,
  count: number,
  empty: string,
  items: readonly T[],
  actions: readonly QueueAction<T>[],
): Queue<T> {
  return { id, title: { key: titleKey, params: { count } }, empty, items, actions };
}

export interface QueueActionEvent<T> {
  queue: string;
  action: string;
  item: T;
  /** Where the item stands in its list (for the focus, once it has left). */
  index: number;
}

/** `<ng-template preauQueueItem let-item let-queue="queue">`: what an item shows above its buttons. */
@Directive({ selector: 'ng-template[preauQueueItem]' })
export class QueueItemTemplate {
  readonly template = inject<TemplateRef<{ $implicit: unknown; queue: string }>>(TemplateRef);
}

/** `<ng-template preauQueueItemLinks let-item>`: links shown before an item's buttons (open the article…). */
@Directive({ selector: 'ng-template[preauQueueItemLinks]' })
export class QueueItemLinksTemplate {
  readonly template = inject<TemplateRef<{ $implicit: unknown; queue: string }>>(TemplateRef);
}

/**
 * A teacher's moderation queues (the blog's articles and comments, messaging's held and reported messages):
 * what the last action did, then each queue as a tab (or a section) titled with its count, its items, and a
 * row of buttons under each (or why they could not be loaded, or that they are loading). The
 * page acts (dialogs, API) and, once an item has left, calls `focusAfterRemoval`: the button that acted went
 * with it, so the focus goes to the next item's first button, or to the sentence saying the list is empty.
 */
@Component({
  selector: 'preau-moderation-queue',
  imports: [NgTemplateOutlet, MatButtonModule, MatIconModule, MatTabsModule, TranslocoPipe, ErrorState],
  templateUrl: './moderation-queue.html',
  styleUrl: './moderation-queue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationQueue<T extends { id: string }> {
  readonly queues = input.required<readonly Queue<T>[]>();
  /** Null until the queues are loaded. */
  readonly loaded = input(false);
  /** Why the queues could not be loaded (with a retry). */
  readonly error = input<unknown>(null);
  readonly announcement = input<QueueAnnouncement | null>(null);
  /** Tabs (one queue shown at a time) or sections (all queues one under the other). */
  readonly layout = input<'tabs' | 'sections'>('tabs');
  /** The tab list's name for screen readers. */
  readonly label = input('');
  /** While an action runs, every button waits. */
  readonly busy = input(false);
  readonly act = output<QueueActionEvent<T>>();
  readonly retry = output<void>();

  protected readonly itemTemplate = contentChild.required(QueueItemTemplate);
  protected readonly linksTemplate = contentChild(QueueItemLinksTemplate);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected run(queue: Queue<T>, action: QueueAction<T>, item: T): void {
    this.act.emit({ queue: queue.id, action: action.id, item, index: queue.items.indexOf(item) });
  }

  /** After an item left its list (it was at `index`), the focus goes where the page's reader can go on. */
  focusAfterRemoval(queue: string, index: number): void {
    afterNextRender(
      () => {
        const list = this.host.nativeElement.querySelector<HTMLElement>(`[data-queue="${queue}"]`);
        const items = list?.querySelectorAll<HTMLElement>('ul.items > li.item') ?? [];
        const next =
          items[Math.min(Math.max(index, 0), items.length - 1)]?.querySelector<HTMLElement>('.actions button');
        (next ?? list?.querySelector<HTMLElement>('p.empty'))?.focus();
      },
      { injector: this.injector },
    );
  }
}

/** What a page imports to show its queues. */
export const MODERATION_QUEUE = [ModerationQueue, QueueItemTemplate, QueueItemLinksTemplate] as const;
