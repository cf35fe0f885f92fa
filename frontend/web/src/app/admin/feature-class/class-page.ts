import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminClassView, AdminUserView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { AdminApi, printUrl, schoolClassesUrl } from '../data-access/admin-api';
import { allPeopleOf } from '../data-access/people-store';

type Status = { kind: 'saved' | 'error'; key: string; params?: Record<string, string> };

/**
 * A class as its administrators see it (docs/product/brief.md, Administration console): its pupils, to move
 * some of them to another class of the school, print their login sheets and family letters, or reprint their
 * cards (the old ones stop working); its pupils' parents, whom the letters reach. No pupil's content is read from
 * here. Its people come from GET /admin/users?classId= (its pupils, its teachers, its pupils' parents).
 */
@Component({
  selector: 'preau-admin-class-page',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatSelectModule, RouterLink, TranslocoPipe, ErrorState],
  templateUrl: './class-page.html',
  styleUrls: ['../ui/admin-table.scss', './class-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminClassPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);

  /** From the route (`/admin/schools/:id/classes/:classId`). */
  readonly id = input.required<string>();
  readonly classId = input.required<string>();

  // There is no GET /admin/classes/:id: the class comes from its school's list.
  protected readonly classes = httpResource<AdminClassView[]>(() => schoolClassesUrl(this.id()));
  protected readonly cls = computed(() =>
    this.classes.hasValue() ? (this.classes.value().find((c) => c.id === this.classId()) ?? null) : null,
  );
  protected readonly otherClasses = computed(() =>
    this.classes.hasValue() ? this.classes.value().filter((c) => c.id !== this.classId()) : [],
  );
  protected readonly pupils = signal<AdminUserView[] | null>(null);
  /** The parents of the class's pupils: whom its family letters reach, and whether they activated their account. */
  protected readonly families = signal<AdminUserView[]>([]);
  protected readonly pupilsError = signal<unknown>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly target = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<Status | null>(null);
  protected readonly allSelected = computed(() => {
    const pupils = this.pupils() ?? [];
    return pupils.length > 0 && pupils.every((p) => this.selected().has(p.id));
  });
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());
  protected readonly printUrl = printUrl;

  constructor() {
    // The pupils of the class the route names, again when it names another.
    effect(() => {
      this.id();
      this.classId();
      untracked(() => void this.loadPupils());
    });
  }

  protected async loadPupils(): Promise<void> {
    this.pupilsError.set(null);
    this.pupils.set(null);
    this.families.set([]);
    this.selected.set(new Set());
    try {
      const classId = this.classId();
      const people = await allPeopleOf(this.api, this.id(), undefined, classId);
      const byName = (a: AdminUserView, b: AdminUserView) => a.displayName.localeCompare(b.displayName, 'fr');
      this.pupils.set(people.filter((p) => p.role === 'PUPIL' && p.classes.some((c) => c.id === classId)).sort(byName));
      this.families.set(people.filter((p) => p.role === 'PARENT').sort(byName));
    } catch (error) {
      this.pupilsError.set(error);
    }
  }

  protected toggle(pupilId: string, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(pupilId);
      else next.delete(pupilId);
      return next;
    });
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(new Set(checked ? (this.pupils() ?? []).map((p) => p.id) : []));
  }

  protected async move(cls: AdminClassView): Promise<void> {
    const targetId = this.target();
    const target = this.otherClasses().find((c) => c.id === targetId);
    const ids = [...this.selected()];
    if (!target || ids.length === 0) return;
    const params = { count: String(ids.length), from: cls.name, to: target.name };
    const data: ConfirmDialogData = {
      title: 'admin.classPage.confirmMoveTitle',
      message: 'admin.classPage.confirmMoveText',
      confirm: 'admin.classPage.confirmMove',
      params,
    };
    if (!(await this.confirm(data))) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      await firstValueFrom(this.api.movePupils(target.id, ids));
      this.status.set({ kind: 'saved', key: 'admin.classPage.moved', params });
      this.selected.set(new Set());
      this.target.set(null);
      this.classes.reload();
      await this.loadPupils();
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async reissueCards(cls: AdminClassView): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'admin.classPage.confirmCardsTitle',
      message: 'admin.classPage.confirmCardsText',
      confirm: 'admin.classPage.confirmCards',
      params: { name: cls.name },
      danger: true,
    };
    if (!(await this.confirm(data))) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      const { reissued } = await firstValueFrom(this.api.reissueCards(cls.id));
      this.status.set({ kind: 'saved', key: 'admin.classPage.cardsReissued', params: { count: String(reissued) } });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected teacherNames(cls: AdminClassView): string {
    return cls.teachers.map((t) => t.displayName).join(', ');
  }

  protected levelsOf(cls: AdminClassView): string {
    return cls.levels.join('/');
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    const answer = await firstValueFrom(this.dialog.open(ConfirmDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed());
    return answer === true;
  }
}
