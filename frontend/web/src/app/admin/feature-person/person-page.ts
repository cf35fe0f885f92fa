import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminUserView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { AdminApi, printUrl } from '../data-access/admin-api';
import { CredentialsDialog, CredentialsDialogData } from '../ui/credentials-dialog';

type Status = { kind: 'saved' | 'error'; key: string; params?: Record<string, string> };

/**
 * One person of the console (docs/product/brief.md, Administration console): their classes or children, their
 * account's state, block/unblock, a password reset, their class's login sheet, a parent's family letter per child's
 * class. Never their content. Loaded from GET /admin/users/:id (404 for someone the caller does not administer);
 * the list's row, passed in the navigation's state, is only painted first.
 */
@Component({
  selector: 'preau-person-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState],
  templateUrl: './person-page.html',
  styleUrl: './person-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  /** From the route (`/admin/people/:id`). */
  readonly id = input.required<string>();

  protected readonly person = signal<AdminUserView | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal<Status | null>(null);
  /** Where each class shown is printed from: its school's id, once known. */
  protected readonly classSchools = signal<Record<string, string>>({});
  protected readonly printUrl = printUrl;

  constructor() {
    const state = this.router.getCurrentNavigation()?.extras.state as { person?: AdminUserView } | undefined;
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id, state?.person));
    });
  }

  protected async load(id: string, given?: AdminUserView): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    this.classSchools.set({});
    this.person.set(given?.id === id ? given : null);
    try {
      const person = await firstValueFrom(this.api.user(id));
      this.person.set(person);
      await this.placeClasses(person);
    } catch (error) {
      this.person.set(null);
      if (error instanceof HttpErrorResponse && error.status === 404) this.notFound.set(true);
      else this.loadError.set(error);
    }
  }

  /**
   * The school of each class shown (a pupil's or teacher's classes, a parent's children's), for the printed sheets
   * and letters: the person's only school, or, for a parent whose children are in several schools, each child's.
   */
  private async placeClasses(person: AdminUserView): Promise<void> {
    const schools = person.schoolIds ?? [];
    const found: Record<string, string> = {};
    const classIds = [
      ...person.classes.map((c) => c.id),
      ...(person.children ?? []).flatMap((c) => (c.classId ? [c.classId] : [])),
    ];
    if (schools.length === 1) for (const classId of classIds) found[classId] = schools[0];
    else if (schools.length > 1)
      for (const child of person.children ?? []) {
        if (!child.classId) continue;
        try {
          const seen = await firstValueFrom(this.api.user(child.id));
          if (seen.schoolIds?.length === 1) found[child.classId] = seen.schoolIds[0];
        } catch {
          // Only the letter's link needs it: without it, the child is shown without one.
        }
      }
    this.classSchools.set(found);
  }

  protected async setBlocked(person: AdminUserView, blocked: boolean): Promise<void> {
    const params = { name: person.displayName };
    const data: ConfirmDialogData = blocked
      ? { title: 'admin.person.confirmBlockTitle', message: 'admin.person.confirmBlockText', confirm: 'admin.person.block', params, danger: true }
      : { title: 'admin.person.confirmUnblockTitle', message: 'admin.person.confirmUnblockText', confirm: 'admin.person.unblock', params };
    if (!(await this.confirm(data))) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      await firstValueFrom(blocked ? this.api.block(person.id) : this.api.unblock(person.id));
      this.person.set({ ...person, blocked });
      this.status.set({ kind: 'saved', key: blocked ? 'admin.person.blockedDone' : 'admin.person.unblockedDone', params });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async resetPassword(person: AdminUserView): Promise<void> {
    const params = { name: person.displayName };
    const data: ConfirmDialogData = {
      title: 'admin.person.confirmResetTitle',
      message: person.role === 'PUPIL' ? 'admin.person.confirmResetPupil' : 'admin.person.confirmResetAdult',
      confirm: 'admin.person.reset',
      params,
      danger: true,
    };
    if (!(await this.confirm(data))) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      const result = await firstValueFrom(this.api.resetPassword(person.id));
      this.status.set({ kind: 'saved', key: 'admin.person.resetDone', params });
      const shown: CredentialsDialogData = {
        displayName: person.displayName,
        login: result.login,
        temporaryPassword: result.temporaryPassword,
        mustChangePassword: result.mustChangePassword,
        newCard: result.cardToken !== null,
      };
      this.dialog.open(CredentialsDialog, { data: shown, width: '520px', maxWidth: '95vw' });
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
