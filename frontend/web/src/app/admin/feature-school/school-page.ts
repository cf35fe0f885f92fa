import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AdminClassView, AdminSchoolView, CreatedStaffView, ModuleName, SchoolView } from '@preau/contracts';
import { MODULES } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MODULE_ICONS } from '../../classes';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { SessionStore } from '../../shared/session/session-store';
import { AdminApi, printUrl, schoolClassesUrl, schoolUrl } from '../data-access/admin-api';
import { fold } from '../data-access/fold';
import { ClassDialog, ClassDialogData } from '../ui/class-dialog';
import { CredentialsDialog, CredentialsDialogData } from '../ui/credentials-dialog';
import { SchoolDialog, SchoolDialogData } from '../ui/school-dialog';
import { StaffDialog, StaffDialogData } from '../ui/staff-dialog';

/**
 * A school (docs/product/brief.md, Administration console): its classes in a table (create, edit, print their
 * login sheets and family letters), its staff (add a teacher), its people, and its emergency switches (a module
 * off for the whole school).
 */
@Component({
  selector: 'preau-school-page',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatSortModule, MatTableModule, RouterLink, TranslocoPipe, ErrorState],
  templateUrl: './school-page.html',
  styleUrls: ['../ui/admin-table.scss', './school-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  /** From the route (`/admin/schools/:id`). */
  readonly id = input.required<string>();

  protected readonly modules = MODULES;
  protected readonly icons = MODULE_ICONS;
  private readonly session = inject(SessionStore);
  protected readonly schoolResource = httpResource<AdminSchoolView>(() => schoolUrl(this.id()));
  protected readonly classes = httpResource<AdminClassView[]>(() => schoolClassesUrl(this.id()));
  private readonly updated = signal<SchoolView | null>(null);
  protected readonly school = computed<AdminSchoolView | null>(() => {
    const school = this.schoolResource.hasValue() ? this.schoolResource.value() : null;
    const updated = this.updated();
    if (school && updated?.id === school.id) return { ...school, switches: updated.switches };
    return school;
  });
  protected readonly academyAdmin = computed(() => this.session.role() === 'ACADEMY_ADMIN');
  protected readonly columns = ['name', 'levels', 'teachers', 'pupilCount', 'actions'];
  protected readonly classTable = new MatTableDataSource<AdminClassView>([]);
  private readonly sort = viewChild(MatSort);
  protected readonly classStatus = signal<{ kind: 'saved' | 'error'; key: string; params?: Record<string, string> } | null>(
    null,
  );
  protected readonly printUrl = printUrl;

  constructor() {
    this.classTable.sortingDataAccessor = (cls, column) => {
      switch (column) {
        case 'levels':
          return cls.levels.join('/');
        case 'teachers':
          return fold(this.teacherNames(cls));
        case 'pupilCount':
          return cls.pupilCount;
        default:
          return fold(cls.name);
      }
    };
    effect(() => {
      this.classTable.data = this.classes.hasValue() ? this.classes.value() : [];
    });
    effect(() => {
      const sort = this.sort();
      if (sort) this.classTable.sort = sort;
    });
  }

  protected async editClass(school: AdminSchoolView, cls?: AdminClassView): Promise<void> {
    const data: ClassDialogData = { schoolId: school.id, cls };
    const saved = await firstValueFrom(
      this.dialog.open<ClassDialog, ClassDialogData, AdminClassView>(ClassDialog, { data, width: '560px', maxWidth: '95vw' }).afterClosed(),
    );
    if (!saved) return;
    this.classStatus.set({ kind: 'saved', key: cls ? 'admin.school.classSaved' : 'admin.school.classCreated', params: { name: saved.name } });
    this.classes.reload();
  }

  /** An academy administrator edits the school (name, UAI, address, directors). */
  protected async editSchool(school: AdminSchoolView): Promise<void> {
    const data: SchoolDialogData = { school };
    const saved = await firstValueFrom(
      this.dialog.open<SchoolDialog, SchoolDialogData, AdminSchoolView>(SchoolDialog, { data, width: '600px', maxWidth: '95vw' }).afterClosed(),
    );
    if (!saved) return;
    this.classStatus.set({ kind: 'saved', key: 'admin.schools.saved', params: { name: saved.name } });
    this.schoolResource.reload();
  }

  protected async addStaff(school: AdminSchoolView): Promise<void> {
    const data: StaffDialogData = { schoolId: school.id, schoolName: school.name, mayAddDirector: this.academyAdmin() };
    const created = await firstValueFrom(
      this.dialog.open<StaffDialog, StaffDialogData, CreatedStaffView>(StaffDialog, { data, width: '520px', maxWidth: '95vw' }).afterClosed(),
    );
    if (!created) return;
    this.classStatus.set({ kind: 'saved', key: 'admin.school.staffCreated', params: { name: created.user.displayName } });
    const credentials: CredentialsDialogData = {
      displayName: created.user.displayName,
      login: created.credentials.login,
      activationCode: created.credentials.activationCode,
      activationExpiresAt: created.credentials.activationExpiresAt,
      temporaryPassword: created.credentials.firstPassword,
    };
    this.dialog.open(CredentialsDialog, { data: credentials, width: '520px', maxWidth: '95vw' });
    if (created.user.role === 'SCHOOL_ADMIN') this.schoolResource.reload();
  }

  protected directorNames(school: AdminSchoolView): string {
    return school.directors.map((d) => d.displayName).join(', ');
  }

  protected levelsOf(cls: AdminClassView): string {
    return cls.levels.join('/');
  }
  protected readonly saving = signal<ModuleName | null>(null);
  protected readonly status = signal<{ kind: 'saved' | 'error'; key: string; params?: Record<string, string> } | null>(
    null,
  );

  protected teacherNames(summary: AdminClassView): string {
    return summary.teachers.map((t) => t.displayName).join(', ');
  }

  protected async toggle(school: SchoolView, module: ModuleName): Promise<void> {
    const turnOn = school.switches[module] === false;
    const params = { module: this.transloco.translate(`modules.${module}`), school: school.name };
    const data: ConfirmDialogData = turnOn
      ? { title: 'school.confirmOnTitle', message: 'school.confirmOnText', confirm: 'school.confirmOn', params }
      : {
          title: 'school.confirmOffTitle',
          message: 'school.confirmOffText',
          confirm: 'school.confirmOff',
          params,
          danger: true,
        };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialog, { data, width: '480px', maxWidth: '95vw' }).afterClosed(),
    );
    if (confirmed !== true) return;
    this.saving.set(module);
    this.status.set(null);
    try {
      this.updated.set(await firstValueFrom(this.api.setSwitches(school.id, { [module]: turnOn })));
      this.status.set({ kind: 'saved', key: turnOn ? 'school.turnedOn' : 'school.turnedOff', params });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.saving.set(null);
    }
  }
}
