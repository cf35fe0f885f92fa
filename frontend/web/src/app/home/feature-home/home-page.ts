import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../../shared/session/session-store';
import { ClassOverview } from '../../classes';
import { ChildSelection } from '../data-access/child-selection';

/**
 * The first page after login. A pupil finds their class's tiles, a parent the class of the child they
 * pick, a teacher their classes. (Administrators are sent to their schools by the route.)
 */
@Component({
  selector: 'preau-home-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, RouterLink, TranslocoPipe, ClassOverview],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly session = inject(SessionStore);
  protected readonly childSelection = inject(ChildSelection);
  protected readonly me = this.session.me;
  protected readonly firstName = computed(() => this.me()?.displayName.split(' ')[0] ?? '');

  protected selectChild(event: MatButtonToggleChange): void {
    this.childSelection.select(event.value as string);
  }
}
