import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminClassView, AdminSchoolView, AdminUserView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { HttpClient } from '@angular/common/http';
import { AdminApi, SCHOOLS_URL, printUrl, schoolClassesUrl } from '../data-access/admin-api';
import { CredentialsDialog, CredentialsDialogData } from '../ui/credentials-dialog';

type Status = { kind: 'saved' | 'error'; key: string; params?: Record<string, string> };

/**
 * One person of the console (docs/product/brief.md, Administration console): their classes or children, their
 * account's state, block/unblock, a password reset, their class's login sheet. Never their content.
 * There is no GET /admin/users/:id: the row comes from the list (router state), or is searched again by login.
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
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  /** From the route (`/admin/people/:id?login=`). */
  readonly id = input.required<string>();
  readonly login = input<string | undefined>();

  protected readonly person = signal<AdminUserView | null>(null);
  protected readonly loadError = signal<unknown>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal<Status | null>(null);
  /** Where each of the person's classes is printed from: its school's id, once known. */
  protected readonly classSchools = signal<Record<string, string>>({});
  protected readonly printUrl = printUrl;

  constructor() {
    const state = this.router.getCurrentNavigation()?.extras.state as { person?: AdminUserView } | undefined;
    effect(() => {
      const id = this.id();
      const login = this.login();
      untracked(() => void this.load(id, login, state?.person));
    });
  }

  protected async load(id: string, login: string | undefined, given?: AdminUserView): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    if (given?.id === id) {
      this.person.set(given);
    } else {
      this.person.set(null);
      if (!login) {
        this.notFound.set(true);
        return;
      }
      try {
        const page = await firstValueFrom(this.api.users({ q: login, limit: 25 }));
        const found = page.items.find((p) => p.id === id) ?? null;
        this.person.set(found);
        this.notFound.set(found === null);
      } catch (error) {
        this.loadError.set(error);
        return;
      }
    }
    void this.findSchools();
  }

  /** The school of each of the person's classes, for the printed sheets (GET /admin/schools, then their classes). */
  private async findSchools(): Promise<void> {
    const person = this.person();
    if (!person || person.role !== 'PUPIL' || person.classes.length === 0) return;
    try {
      const schools = await firstValueFrom(this.http.get<AdminSchoolView[]>(SCHOOLS_URL));
      const wanted = new Set(person.classes.map((c) => c.id));
      const found: Record<string, string> = {};
      for (const school of schools) {
        const classes = await firstValueFrom(this.http.get<AdminClassView[]>(schoolClassesUrl(school.id)));
        for (const cls of classes) if (wanted.has(cls.id)) found[cls.id] = school.id;
        if (Object.keys(found).length === wanted.size) break;
      }
      this.classSchools.set(found);
    } catch {
      // Only the print link needs it: without it, the page shows no link.
    }
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
