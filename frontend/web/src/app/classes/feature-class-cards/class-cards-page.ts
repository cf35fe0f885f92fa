import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClassMembersView, ClassView, PersonView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, type ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { ClassesApi, classLoginSheetsUrl, classUrl } from '../data-access/classes-api';
import { NewPasswordDialog, type NewPasswordDialogData } from '../ui/new-password-dialog';

type Status = { kind: 'done' | 'error'; key: string; params?: Record<string, string | number> } | null;

/**
 * The pupils' cards and passwords, from the class's side (issue 11; docs/product/access-rules.md, Administration: a
 * teacher gives the pupils of their classes a new password and a new card): print the class's login sheets, give one
 * pupil a new password (shown once), reprint every card of the class (the old ones stop working). The server decides
 * who may: a refusal is shown as such.
 */
@Component({
  selector: 'preau-class-cards-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState],
  templateUrl: './class-cards-page.html',
  styleUrl: './class-cards-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassCardsPage {
  private readonly api = inject(ClassesApi);
  private readonly dialog = inject(MatDialog);

  /** From the route (`/classes/:id/cards`). */
  readonly id = input.required<string>();

  protected readonly view = httpResource<ClassView>(() => classUrl(this.id()));
  protected readonly members = httpResource<ClassMembersView>(() => `${classUrl(this.id())}/members`);
  protected readonly pupils = computed<PersonView[]>(() =>
    this.members.hasValue()
      ? [...this.members.value().pupils].sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'))
      : [],
  );
  protected readonly sheetsUrl = computed(() => classLoginSheetsUrl(this.id()));
  protected readonly busy = signal(false);
  protected readonly status = signal<Status>(null);
  /** After a reprint: the new cards to print. */
  protected readonly reissued = signal<number | null>(null);

  protected async resetPassword(pupil: PersonView): Promise<void> {
    const params = { name: pupil.displayName };
    const confirmed = await this.confirm({
      title: 'classCards.confirmResetTitle',
      message: 'classCards.confirmResetMessage',
      confirm: 'classCards.confirmReset',
      params,
      danger: true,
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      const result = await firstValueFrom(this.api.resetPassword(pupil.id));
      this.status.set({ kind: 'done', key: 'classCards.resetDone', params });
      const data: NewPasswordDialogData = {
        displayName: pupil.displayName,
        login: result.login,
        temporaryPassword: result.temporaryPassword,
        newCard: result.cardToken !== null,
        sheetsUrl: this.sheetsUrl(),
      };
      this.dialog.open(NewPasswordDialog, { data, width: '520px', maxWidth: '95vw' });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async reissueCards(className: string): Promise<void> {
    const params = { name: className };
    const confirmed = await this.confirm({
      title: 'classCards.confirmReissueTitle',
      message: 'classCards.confirmReissueMessage',
      confirm: 'classCards.confirmReissue',
      params,
      danger: true,
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.status.set(null);
    this.reissued.set(null);
    try {
      const { reissued } = await firstValueFrom(this.api.reissueCards(this.id()));
      this.reissued.set(reissued);
      this.status.set({ kind: 'done', key: 'classCards.reissueDone', params: { count: reissued } });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    const answer = await firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed());
    return answer === true;
  }
}
