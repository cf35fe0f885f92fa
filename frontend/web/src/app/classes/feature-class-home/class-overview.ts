import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClassView } from '@preau/contracts';
import { ErrorState } from '../../shared/ui/error-state';
import { classUrl } from '../data-access/classes-api';
import { moduleTiles } from '../data-access/module-tiles';
import { ModuleTileGrid } from '../ui/module-tile-grid';

/** A class's name, school and module tiles; the class page, and the pupil's and parent's home. */
@Component({
  selector: 'preau-class-overview',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState, ModuleTileGrid],
  templateUrl: './class-overview.html',
  styles: `
    .class-header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .class-title-2 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 4px;
    }
    .loading {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassOverview {
  readonly classId = input.required<string>();
  /** 1 on the class page, 2 when the class is a section of another page (home). */
  readonly headingLevel = input<1 | 2>(1);
  /** Pupils get bigger tiles. */
  readonly large = input(false);

  protected readonly view = httpResource<ClassView>(() => classUrl(this.classId()));
  protected readonly tiles = computed(() => (this.view.hasValue() ? moduleTiles(this.view.value()) : []));
  protected readonly canChangeSettings = computed(
    () =>
      this.view.hasValue() &&
      this.view.value().permissions.some((p) => p === 'class.modules.switch' || p === 'class.settings.change'),
  );
}
