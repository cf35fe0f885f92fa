import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { SessionStore } from '../../shared/session/session-store';
import { ClassOverview } from './class-overview';

@Component({
  selector: 'preau-class-home-page',
  imports: [ClassOverview],
  template: `
    <div class="page">
      <preau-class-overview [classId]="id()" [headingLevel]="1" [large]="forPupil()" />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassHomePage {
  /** From the route (`/classes/:id`). */
  readonly id = input.required<string>();
  private readonly session = inject(SessionStore);
  protected readonly forPupil = computed(() => this.session.role() === 'PUPIL');
}
