import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChangeSettingsRequest, ClassView, CommentModeration, ModuleName } from '@preau/contracts';
import { COMMENT_MODERATION, MODULES } from '@preau/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { ErrorState } from '../../shared/ui/error-state';
import { ClassesApi, classUrl } from '../data-access/classes-api';
import { MODULE_ICONS, isOffForSchool } from '../data-access/module-tiles';

type Status = { kind: 'saved' } | { kind: 'error'; key: string } | null;

/** A teacher's settings of a class: the six module switches and the class settings, saved on change. */
@Component({
  selector: 'preau-class-settings-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
  ],
  templateUrl: './class-settings-page.html',
  styleUrl: './class-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassSettingsPage {
  private readonly api = inject(ClassesApi);

  /** From the route (`/classes/:id/settings`). */
  readonly id = input.required<string>();

  protected readonly modules = MODULES;
  protected readonly icons = MODULE_ICONS;
  protected readonly moderationModes = COMMENT_MODERATION;
  protected readonly view = httpResource<ClassView>(() => classUrl(this.id()));
  protected readonly saving = signal(false);
  protected readonly status = signal<Status>(null);

  protected readonly canSwitch = computed(
    () => this.view.hasValue() && this.view.value().permissions.includes('class.modules.switch'),
  );
  protected readonly canChange = computed(
    () => this.view.hasValue() && this.view.value().permissions.includes('class.settings.change'),
  );

  protected offForSchool(view: ClassView, module: ModuleName): boolean {
    return isOffForSchool(view, module);
  }

  protected async switchModule(module: ModuleName, event: MatSlideToggleChange): Promise<void> {
    const ok = await this.save(this.api.switchModules(this.id(), { [module]: event.checked }));
    if (!ok) event.source.checked = !event.checked;
  }

  protected async changeToggle(
    setting: 'holdPupilMessages' | 'shareBlogWithPartners',
    event: MatSlideToggleChange,
  ): Promise<void> {
    const ok = await this.save(
      this.api.changeSettings(this.id(), { [setting]: event.checked } as ChangeSettingsRequest),
    );
    if (!ok) event.source.checked = !event.checked;
  }

  protected async changeModeration(event: MatSelectChange<CommentModeration>): Promise<void> {
    const before = this.view.hasValue() ? this.view.value().settings.commentModeration : event.value;
    const ok = await this.save(this.api.changeSettings(this.id(), { commentModeration: event.value }));
    if (!ok) event.source.value = before;
  }

  private async save(call: Observable<ClassView>): Promise<boolean> {
    this.saving.set(true);
    this.status.set(null);
    try {
      this.view.set(await firstValueFrom(call));
      this.status.set({ kind: 'saved' });
      return true;
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}
