import { Directive, inject, input, viewChild } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { onChange } from '../../data/on-change';
import { LanguageStore } from '../../i18n/language-store';
import { TextNoteDialog, type TextNoteDialogData } from '../text-note-dialog';
import { ModerationQueue, type QueueActionEvent } from './moderation-queue';

/** What a class's moderation page needs of its store: load the class's queue (again, on "retry"). */
export interface ClassQueueStore {
  load(classId: string): unknown;
}

/**
 * What every class moderation page shares (the blog's validation queue, messaging's held and reported messages):
 * the class from the route, its queue loaded when the class changes, an action that moves focus to the next item
 * once it is done, and the dialog that asks the teacher for a note (feedback, a refusal's reason). A page gives
 * its store, its queues and what each action does.
 */
@Directive()
export abstract class ClassModerationPage<T extends { id: string }> {
  /** From the route `/classes/:classId/<module>/moderation`. */
  readonly classId = input.required<string>();
  protected abstract readonly store: ClassQueueStore;
  protected readonly language = inject(LanguageStore).language;
  protected readonly dialog = inject(MatDialog);
  private readonly moderation = viewChild.required(ModerationQueue);

  constructor() {
    // An effect: it first runs after construction, once the page's own `store` field is set.
    onChange(this.classId, (classId) => this.store.load(classId));
  }

  /** Does `action` to `item`; true when the item left its queue. */
  protected abstract perform(action: string, item: T): Promise<boolean>;

  protected async act({ queue, action, item, index }: QueueActionEvent<T>): Promise<void> {
    if (await this.perform(action, item)) this.moderation().focusAfterRemoval(queue, index);
  }

  /** The teacher's note for a refusal or a sending back; undefined when they cancel. */
  protected async askNote(data: TextNoteDialogData): Promise<string | undefined> {
    const ref = this.dialog.open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data,
      maxWidth: '95vw',
      restoreFocus: true,
    });
    return (await firstValueFrom(ref.afterClosed())) || undefined;
  }
}
