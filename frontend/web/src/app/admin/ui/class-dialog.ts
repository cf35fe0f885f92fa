import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminClassView, AdminUserView, SchoolLevel } from '@preau/contracts';
import { SCHOOL_LEVELS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { AdminApi } from '../data-access/admin-api';
import { allPeopleOf } from '../data-access/people-store';

export interface ClassDialogData {
  schoolId: string;
  /** The class to edit; none to create one (for the current school year). */
  cls?: AdminClassView;
}

/** Who may teach a class: the school's teachers and its directors who teach. */
const TEACHING_ROLES = new Set(['TEACHER', 'SCHOOL_ADMIN']);

/**
 * Creates or edits a class (docs/product/brief.md, Administration console): its name, one level or two (a
 * double-level class, "CE2/CM1"), its teachers among the school's. Closes with the saved class.
 */
@Component({
  selector: 'preau-class-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.cls ? 'admin.classDialog.editTitle' : 'admin.classDialog.createTitle') | transloco: { name: data.cls?.name ?? '' } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'admin.classDialog.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required maxlength="100" cdkFocusInitial autocomplete="off" />
          <mat-hint>{{ 'admin.classDialog.nameHint' | transloco }}</mat-hint>
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'admin.classDialog.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <fieldset class="levels" [attr.aria-describedby]="'class-levels-help'">
          <legend>{{ 'admin.classDialog.levels' | transloco }}</legend>
          <p id="class-levels-help" class="help">{{ 'admin.classDialog.levelsHelp' | transloco }}</p>
          <div class="level-boxes">
            @for (level of allLevels; track level) {
              <mat-checkbox
                [checked]="levels().includes(level)"
                [disabled]="!levels().includes(level) && levels().length >= 2"
                (change)="toggleLevel(level, $event.checked)"
              >{{ level }}</mat-checkbox>
            }
          </div>
          @if (levelsTouched() && levels().length === 0) {
            <p class="field-error" role="alert">{{ 'admin.classDialog.levelsRequired' | transloco }}</p>
          }
        </fieldset>
        <mat-form-field>
          <mat-label>{{ 'admin.classDialog.teachers' | transloco }}</mat-label>
          <mat-select formControlName="teacherIds" multiple>
            @for (t of teachers(); track t.id) {
              <mat-option [value]="t.id" [disabled]="!form.controls.teacherIds.value.includes(t.id) && form.controls.teacherIds.value.length >= 5">
                {{ t.displayName }}
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ (teachersLoaded() ? 'admin.classDialog.teachersHint' : 'common.loading') | transloco }}</mat-hint>
        </mat-form-field>
        <div aria-live="polite">
          @if (error(); as key) {
            <p class="field-error" role="alert">{{ key | transloco }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (data.cls ? 'admin.classDialog.save' : 'admin.classDialog.create') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(480px, 80vw);
    }
    .levels {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      margin: 0;
    }
    .levels legend {
      font: var(--mat-sys-label-large);
      padding: 0 4px;
    }
    .level-boxes {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
    .help {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassDialog {
  protected readonly data = inject<ClassDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<ClassDialog, AdminClassView>>(MatDialogRef);
  private readonly api = inject(AdminApi);

  protected readonly allLevels = SCHOOL_LEVELS;
  protected readonly levels = signal<SchoolLevel[]>(this.data.cls?.levels ?? []);
  protected readonly levelsTouched = signal(false);
  private readonly people = signal<AdminUserView[] | null>(null);
  protected readonly teachersLoaded = computed(() => this.people() !== null);
  /** The school's teachers, and the class's current ones even if the list has not come yet. */
  protected readonly teachers = computed(() => {
    const current = this.data.cls?.teachers ?? [];
    const known = (this.people() ?? []).filter((p) => TEACHING_ROLES.has(p.role));
    const ids = new Set(known.map((p) => p.id));
    return [...known, ...current.filter((t) => !ids.has(t.id))].sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.cls?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    teacherIds: [(this.data.cls?.teachers ?? []).map((t) => t.id)],
  });

  constructor() {
    allPeopleOf(this.api, this.data.schoolId).then(
      (people) => this.people.set(people),
      (error) => {
        this.people.set([]);
        this.error.set(errorMessageKey(error));
      },
    );
  }

  protected toggleLevel(level: SchoolLevel, checked: boolean): void {
    this.levelsTouched.set(true);
    this.levels.update((levels) => {
      const next = checked ? [...levels, level] : levels.filter((l) => l !== level);
      // Always in school order: "CE2/CM1", never "CM1/CE2".
      return SCHOOL_LEVELS.filter((l) => next.includes(l));
    });
  }

  protected async submit(): Promise<void> {
    this.levelsTouched.set(true);
    if (this.form.invalid || this.levels().length === 0) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, teacherIds } = this.form.getRawValue();
    const request = { name: name.trim(), levels: this.levels(), teacherIds };
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = this.data.cls
        ? await firstValueFrom(this.api.updateClass(this.data.cls.id, request))
        : await firstValueFrom(this.api.createClass(this.data.schoolId, request));
      this.ref.close(saved);
    } catch (error) {
      this.error.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}
