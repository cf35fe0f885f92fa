import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ModuleTile } from '../data-access/module-tiles';

let nextId = 0;

/**
 * The class's modules as big icon tiles. A tile that leads nowhere yet is a disabled button with its
 * state as accessible description ("coming soon", "off"), never a link that breaks.
 */
@Component({
  selector: 'preau-module-tile-grid',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  templateUrl: './module-tile-grid.html',
  styleUrl: './module-tile-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleTileGrid {
  readonly tiles = input.required<ModuleTile[]>();
  /** Bigger tiles and icons, for pupils. */
  readonly large = input(false);
  protected readonly idPrefix = `module-tile-${nextId++}`;
}
