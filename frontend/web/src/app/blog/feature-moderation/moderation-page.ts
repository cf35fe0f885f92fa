import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ArticleSummary } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { ClassContext } from '../../classes';
import { LanguageStore } from '../../shared/i18n/language-store';
import { ErrorState } from '../../shared/ui/error-state';
import { TextNoteDialog, TextNoteDialogData } from '../../shared/ui/text-note-dialog';
import { ModerationStore } from '../data-access/moderation-store';
import { SchoolDatePipe } from '../../shared/time/date-pipes';
import { sendBackDialogData } from '../ui/send-back-dialog-data';

/**
 * The teacher's validation queue (`/classes/:classId/blog/moderation`): articles submitted by pupils
 * (open, publish, send back with feedback) and comments held (approve, hide), each with its count.
 */
@Component({
  selector: 'preau-moderation-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState, SchoolDatePipe],
  providers: [ModerationStore],
  templateUrl: './moderation-page.html',
  styles: `
    .back {
      margin-bottom: 8px;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .item {
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
    }
    .item-title {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 4px;
    }
    .text {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
      a,
      button {
        min-height: 48px;
      }
    }
    .empty,
    .loading {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
    .message {
      min-height: 1.5em;
      font: var(--mat-sys-body-large);
    }
    .message-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationPage {
  /** From the route `/classes/:classId/blog/moderation`. */
  readonly classId = input.required<string>();
  protected readonly store = inject(ModerationStore);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageStore).language;
  private readonly cls = inject(ClassContext);
  protected readonly className = this.cls.name;

  constructor() {
    this.cls.follow(() => this.classId());
    effect(() => {
      const classId = this.classId();
      untracked(() => void this.store.load(classId));
    });
  }

  protected async sendBack(article: ArticleSummary): Promise<void> {
    const ref = this.dialog.open<TextNoteDialog, TextNoteDialogData, string>(TextNoteDialog, {
      data: sendBackDialogData(article.title, article.author.displayName),
      maxWidth: '95vw',
    });
    const feedback = await firstValueFrom(ref.afterClosed());
    if (feedback) await this.store.sendBack(article.id, feedback);
  }
}
