import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminSchoolView, AdminUserView, PersonView, SchoolAddress } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { AdminApi } from '../data-access/admin-api';
import { uaiValidator } from '../data-access/uai';

export interface SchoolDialogData {
  /** The school to edit; none to create one. */
  school?: AdminSchoolView;
}

/** Pause in typing before the server is asked for directors. */
export const DIRECTOR_SEARCH_MS = 300;
/** Who may direct a school: a director already, or a teacher of the academy (directory/structures.ts). */
const DIRECTOR_ROLES = new Set(['SCHOOL_ADMIN', 'TEACHER']);

/**
 * Creates or edits a school (docs/product/brief.md, Administration console): name, UAI checked with its letter
 * here as on the server, address, director chosen among the academy's people. Closes with the saved school.
 */
@Component({
  selector: 'preau-school-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.school ? 'admin.schoolDialog.editTitle' : 'admin.schoolDialog.createTitle') | transloco: { name: data.school?.name ?? '' } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'admin.schoolDialog.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required maxlength="200" cdkFocusInitial autocomplete="off" />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'admin.schoolDialog.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.schoolDialog.uai' | transloco }}</mat-label>
          <input matInput formControlName="uai" required maxlength="8" autocomplete="off" class="uai" />
          <mat-hint>{{ 'admin.schoolDialog.uaiHint' | transloco }}</mat-hint>
          @if (form.controls.uai.hasError('required')) {
            <mat-error>{{ 'admin.schoolDialog.uaiRequired' | transloco }}</mat-error>
          } @else if (form.controls.uai.hasError('uaiFormat')) {
            <mat-error>{{ 'admin.schoolDialog.uaiFormat' | transloco }}</mat-error>
          } @else if (form.controls.uai.hasError('uaiCheckLetter')) {
            <mat-error>{{ 'admin.schoolDialog.uaiCheckLetter' | transloco: form.controls.uai.getError('uaiCheckLetter') }}</mat-error>
          }
        </mat-form-field>
        <fieldset formGroupName="address" class="address">
          <legend>{{ 'admin.schoolDialog.address' | transloco }}</legend>
          <mat-form-field class="street">
            <mat-label>{{ 'admin.schoolDialog.street' | transloco }}</mat-label>
            <input matInput formControlName="street" maxlength="200" autocomplete="off" />
          </mat-form-field>
          <mat-form-field class="postal">
            <mat-label>{{ 'admin.schoolDialog.postalCode' | transloco }}</mat-label>
            <input matInput formControlName="postalCode" maxlength="5" inputmode="numeric" autocomplete="off" />
            @if (form.controls.address.controls.postalCode.hasError('pattern')) {
              <mat-error>{{ 'admin.schoolDialog.postalCodeFormat' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="city">
            <mat-label>{{ 'admin.schoolDialog.city' | transloco }}</mat-label>
            <input matInput formControlName="city" maxlength="100" autocomplete="off" />
          </mat-form-field>
          @if (form.controls.address.hasError('incomplete') && form.controls.address.touched) {
            <p class="field-error" role="alert">{{ 'admin.schoolDialog.addressIncomplete' | transloco }}</p>
          }
        </fieldset>

        <mat-form-field>
          <mat-label>{{ 'admin.schoolDialog.director' | transloco }}</mat-label>
          <mat-chip-grid #directorGrid [attr.aria-label]="'admin.schoolDialog.directorsChosen' | transloco">
            @for (d of directors(); track d.id) {
              <mat-chip-row (removed)="removeDirector(d)">
                {{ d.displayName }}
                <button matChipRemove type="button" [attr.aria-label]="'admin.schoolDialog.removeDirector' | transloco: { name: d.displayName }">
                  <mat-icon aria-hidden="true">cancel</mat-icon>
                </button>
              </mat-chip-row>
            }
            <input
              #directorInput
              class="director-search"
              [matChipInputFor]="directorGrid"
              [matAutocomplete]="auto"
              [disabled]="!multipleDirectors && directors().length > 0"
              (input)="typed($any($event.target).value)"
              autocomplete="off"
            />
          </mat-chip-grid>
          <mat-autocomplete #auto="matAutocomplete" (optionSelected)="chosen($event)">
            @for (p of suggestions(); track p.id) {
              <mat-option [value]="p">{{ p.displayName }} · {{ 'admin.roles.' + p.role | transloco }} ({{ p.login }})</mat-option>
            }
          </mat-autocomplete>
          <mat-hint>{{ 'admin.schoolDialog.directorHint' | transloco }}</mat-hint>
        </mat-form-field>

        <div aria-live="polite" class="status">
          @if (error(); as key) {
            <p class="field-error" role="alert">{{ key | transloco }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="ref.close()">{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (data.school ? 'admin.schoolDialog.save' : 'admin.schoolDialog.create') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(520px, 80vw);
    }
    .address {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px 0;
      margin: 0 0 16px;
      display: grid;
      grid-template-columns: 8rem 1fr;
      gap: 0 12px;
    }
    .address legend {
      font: var(--mat-sys-label-large);
      padding: 0 4px;
    }
    .street,
    .address .field-error {
      grid-column: 1 / -1;
    }
    .uai {
      text-transform: uppercase;
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
    @media (max-width: 599px) {
      .address {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolDialog {
  protected readonly data = inject<SchoolDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<SchoolDialog, AdminSchoolView>>(MatDialogRef);
  private readonly api = inject(AdminApi);

  /** Creating names one director (CreateSchoolRequest.directorId); editing replaces the list (directorIds). */
  protected readonly multipleDirectors = !!this.data.school;
  protected readonly directors = signal<PersonView[]>(this.data.school?.directors ?? []);
  protected readonly suggestions = signal<AdminUserView[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly directorInput = viewChild.required<ElementRef<HTMLInputElement>>('directorInput');
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Answers to an older search are dropped. */
  private searches = 0;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.school?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    uai: [this.data.school?.uai ?? '', [Validators.required, uaiValidator]],
    address: inject(NonNullableFormBuilder).group(
      {
        street: [this.data.school?.address?.street ?? ''],
        postalCode: [this.data.school?.address?.postalCode ?? '', [Validators.pattern(/^[0-9]{5}$/)]],
        city: [this.data.school?.address?.city ?? ''],
      },
      { validators: wholeOrEmpty },
    ),
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
  }

  protected typed(value: string): void {
    if (this.timer) clearTimeout(this.timer);
    const q = value.trim();
    if (!q) {
      this.suggestions.set([]);
      return;
    }
    this.timer = setTimeout(() => void this.search(q), DIRECTOR_SEARCH_MS);
  }

  private async search(q: string): Promise<void> {
    const search = ++this.searches;
    try {
      const page = await firstValueFrom(this.api.users({ q, limit: 20 }));
      if (search !== this.searches) return;
      const chosen = new Set(this.directors().map((d) => d.id));
      this.suggestions.set(page.items.filter((p) => DIRECTOR_ROLES.has(p.role) && !chosen.has(p.id)));
    } catch (error) {
      if (search === this.searches) this.error.set(errorMessageKey(error));
    }
  }

  protected chosen(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as AdminUserView;
    this.directors.update((list) => [...list, { id: person.id, displayName: person.displayName, role: person.role }]);
    this.suggestions.set([]);
    this.directorInput().nativeElement.value = '';
  }

  protected removeDirector(person: PersonView): void {
    this.directors.update((list) => list.filter((d) => d.id !== person.id));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const address = value.address.street.trim()
      ? { street: value.address.street.trim(), postalCode: value.address.postalCode.trim(), city: value.address.city.trim() }
      : null;
    const uai = value.uai.trim().toUpperCase();
    const name = value.name.trim();
    this.saving.set(true);
    this.error.set(null);
    try {
      const school = this.data.school
        ? await firstValueFrom(
            this.api.updateSchool(this.data.school.id, {
              name,
              uai,
              address,
              directorIds: this.directors().map((d) => d.id),
            }),
          )
        : await firstValueFrom(
            this.api.createSchool({
              name,
              uai,
              ...(address ? { address } : {}),
              ...(this.directors()[0] ? { directorId: this.directors()[0].id } : {}),
            }),
          );
      this.ref.close(school);
    } catch (error) {
      this.error.set(errorMessageKey(error));
    } finally {
      this.saving.set(false);
    }
  }
}

/** An address is given whole (street, postal code, city) or not at all. */
function wholeOrEmpty(group: AbstractControl<SchoolAddress>): ValidationErrors | null {
  const { street, postalCode, city } = group.value;
  const filled = [street, postalCode, city].filter((v) => (v ?? '').trim() !== '').length;
  return filled === 0 || filled === 3 ? null : { incomplete: true };
}
