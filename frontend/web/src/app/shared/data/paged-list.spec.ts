import type { Page } from '@preau/contracts';
import { Observable, Subject } from 'rxjs';
import { PagedList } from './paged-list';

type Item = { id: string; at: string };

/** A list whose pages the spec answers by hand, in any order. */
class ManualList extends PagedList<Item> {
  readonly asked: { cursor: string | null; answer: Subject<Page<Item>> }[] = [];
  shown: { items: Item[]; first: boolean }[] = [];

  protected override fetchPage(cursor: string | null): Observable<Page<Item>> {
    const answer = new Subject<Page<Item>>();
    this.asked.push({ cursor, answer });
    return answer;
  }

  protected override pageShown(items: Item[], first: boolean): void {
    this.shown.push({ items, first });
  }

  refresh(): Promise<void> {
    return this.refreshFirstPageKeeping((item, last) => item.at <= (last?.at ?? ''));
  }

  answer(index: number, items: Item[], nextCursor: string | null = null): void {
    this.asked[index].answer.next({ items, nextCursor });
    this.asked[index].answer.complete();
  }
}

const item = (id: string, at = '2026-03-01'): Item => ({ id, at });

describe('PagedList', () => {
  it('shows the first page, then appends the next one without the items already shown', async () => {
    const list = new ManualList();
    const loading = list.reload();
    expect(list.loading()).toBe(true);
    list.answer(0, [item('a'), item('b')], 'c1');
    await loading;
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b']);
    expect(list.hasMore()).toBe(true);

    const more = list.loadMore();
    expect(list.asked[1].cursor).toBe('c1');
    list.answer(1, [item('b'), item('c')]);
    expect(await more).toBe(1);
    expect(list.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBe(false);
    expect(list.shown.map((s) => [s.items.map((i) => i.id), s.first])).toEqual([
      [['a', 'b'], true],
      [['c'], false],
    ]);
  });

  it('drops the answer to an older query when a newer one was asked since', async () => {
    const list = new ManualList();
    const older = list.reload();
    const newer = list.reload();
    list.answer(1, [item('new')]);
    await newer;
    list.answer(0, [item('old')]);
    await older;
    expect(list.items().map((i) => i.id)).toEqual(['new']);
    expect(list.loading()).toBe(false);
  });

  it('keeps the error of a failed page, and asks for nothing more while there is no cursor', async () => {
    const list = new ManualList();
    const loading = list.reload();
    list.asked[0].answer.error(new Error('down'));
    await loading;
    expect(list.error()).toEqual(new Error('down'));
    expect(list.loaded()).toBe(false);
    expect(await list.loadMore()).toBe(0);
    expect(list.asked).toHaveLength(1);
  });

  it('refreshes the first page on top, keeping the older lines loaded with "load more"', async () => {
    const list = new ManualList();
    let run = list.reload();
    list.answer(0, [item('b', '2026-03-03'), item('c', '2026-03-02')], 'c1');
    await run;
    run = list.loadMore().then(() => undefined);
    list.answer(1, [item('d', '2026-03-01')]);
    await run;
    run = list.refresh();
    list.answer(2, [item('a', '2026-03-04'), item('c', '2026-03-02')], 'c2');
    await run;
    // b left the first page and is newer than its last line (a draft sent): gone; d is older: kept below.
    expect(list.items().map((i) => i.id)).toEqual(['a', 'c', 'd']);
  });
});
