import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { setUpComponentTest, settle, text, waitFor } from '../../../../testing';
import { MODERATION_QUEUE, ModerationQueue, Queue, QueueActionEvent, queue } from '.';

type Item = { id: string; name: string };

@Component({
  imports: [MODERATION_QUEUE],
  template: `
    <preau-moderation-queue layout="sections" [queues]="queues()" [loaded]="true" (act)="acted.push($event)">
      <ng-template preauQueueItem let-item>
        <h3>{{ item.name }}</h3>
      </ng-template>
    </preau-moderation-queue>
  `,
})
class Host {
  readonly items = signal<Item[]>([
    { id: '1', name: 'Léa' },
    { id: '2', name: 'Tom' },
  ]);
  readonly queues = signal<Queue<Item>[]>([]);
  readonly acted: QueueActionEvent<Item>[] = [];
  readonly moderation = viewChild.required(ModerationQueue);

  show(items: Item[]): void {
    this.items.set(items);
    this.queues.set([
      queue('comments', 'blog.moderation.comments', items.length, 'blog.moderation.noComments', items, [
        {
          id: 'approve',
          icon: 'check',
          label: 'blog.comments.approve',
          hint: (i) => ({ key: 'blog.comments.of', params: { name: i.name } }),
        },
      ]),
    ]);
  }
}

describe('ModerationQueue', () => {
  let host: Host;
  let el: HTMLElement;

  beforeEach(async () => {
    setUpComponentTest({ imports: [Host] });
    const fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    el = fixture.nativeElement;
    host.show(host.items());
    await settle();
  });

  it('titles each section with its count, and names each button with the item it acts on', () => {
    expect(text(el.querySelector('section h2'))).toBe('Commentaires à valider (2)');
    expect(el.querySelector('section')?.getAttribute('aria-labelledby')).toBe(el.querySelector('section h2')?.id);
    expect(Array.from(el.querySelectorAll('li.item button')).map((b) => text(b))).toEqual([
      'check Accepter le commentaire de Léa',
      'check Accepter le commentaire de Tom',
    ]);
  });

  it('says which item a button acts on, and where it stood', () => {
    el.querySelectorAll<HTMLButtonElement>('li.item button')[1].click();
    expect(host.acted).toEqual([{ queue: 'comments', action: 'approve', item: host.items()[1], index: 1 }]);
  });

  it('once an item has left, puts the focus on the first button of the item now in its place', async () => {
    host.show([host.items()[1]]);
    host.moderation().focusAfterRemoval('comments', 0);
    await settle();
    await waitFor(() => expect(document.activeElement).toBe(el.querySelector('li.item .actions button')));
  });

  it('once the last item has left, puts the focus on the sentence saying nothing waits', async () => {
    host.show([]);
    host.moderation().focusAfterRemoval('comments', 0);
    await settle();
    const empty = el.querySelector<HTMLElement>('p.empty');
    expect(text(empty)).toBe("Aucun commentaire n'attend votre validation.");
    await waitFor(() => expect(document.activeElement).toBe(empty));
  });
});
