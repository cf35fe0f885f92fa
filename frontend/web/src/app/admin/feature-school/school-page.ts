import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClassSummary, ModuleName, SchoolView } from '@preau/contracts';
import { MODULES } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MODULE_ICONS } from '../../classes';
import { errorMessageKey } from '../../shared/http/problem';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { AdminApi, SCHOOLS_URL, schoolClassesUrl } from '../data-access/admin-api';

/** A school: its classes and its emergency switches (a module off for the whole school). */
@Component({
  selector: 'preau-school-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState],
  templateUrl: './school-page.html',
  styleUrl: './school-page.scss',
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
  // There is no GET /admin/schools/:id in api-v1: the school comes from the list the caller may see.
  protected readonly schools = httpResource<SchoolView[]>(() => SCHOOLS_URL);
  protected readonly classes = httpResource<ClassSummary[]>(() => schoolClassesUrl(this.id()));
  private readonly updated = signal<SchoolView | null>(null);
  protected readonly school = computed(() => {
    const updated = this.updated();
    if (updated?.id === this.id()) return updated;
    return this.schools.hasValue() ? (this.schools.value().find((s) => s.id === this.id()) ?? null) : null;
  });
  protected readonly saving = signal<ModuleName | null>(null);
  protected readonly status = signal<{ kind: 'saved' | 'error'; key: string; params?: Record<string, string> } | null>(
    null,
  );

  protected teacherNames(summary: ClassSummary): string {
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
