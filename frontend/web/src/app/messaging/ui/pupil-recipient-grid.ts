import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecipientGroupView } from '@preau/contracts';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ComposeStore } from '../data-access/compose-store';
import { SessionStore } from '../../shared/session/session-store';
import { groupChip, pupilSections } from '../data-access/recipient-selection';
import { Avatar } from './avatar';
import { GroupNamePipe } from './group-name';

/**
 * The pupil's "To": no typing, big faces to touch. Everyone the pupil may write to, by class (their
 * own first, with its teachers, then partner classes) and their family, each a toggle button with
 * initials and name; the ready-made groups ("the whole class") on top.
 */
@Component({
  selector: 'preau-pupil-recipient-grid',
  imports: [MatIconModule, TranslocoPipe, PluralKeyPipe, Avatar, GroupNamePipe],
  template: `
    <div class="grid-picker" role="group" aria-labelledby="pupil-to-label">
      <p class="label" id="pupil-to-label">
        <mat-icon aria-hidden="true">person</mat-icon>
        {{ 'messaging.pupil.to' | transloco }}
      </p>
      @if (invalid()) {
        <p class="error" role="alert">{{ 'messaging.pupil.chooseSomeone' | transloco }}</p>
      }
      @if (store.directory().groups.length) {
        <ul class="faces groups">
          @for (g of store.directory().groups; track g.id) {
            @let on = groupOn(g);
            <li>
              <button
                type="button"
                class="face"
                [class.face-on]="on"
                [attr.aria-pressed]="on"
                (click)="toggleGroup(g)"
                [disabled]="!g.memberIds.length"
              >
                <mat-icon aria-hidden="true" class="group-icon">groups</mat-icon>
                <span class="name">{{ g | groupName }}</span>
                <span class="visually-hidden"
                  >,
                  {{
                    'messaging.compose.members'
                      | pluralKey: g.memberIds.length
                      | transloco: { count: g.memberIds.length }
                  }}</span
                >
                @if (on) {
                  <mat-icon aria-hidden="true" class="check">check_circle</mat-icon>
                }
              </button>
            </li>
          }
        </ul>
      }
      @for (section of sections(); track section.kind + section.name) {
        <h3 class="context">
          @switch (section.kind) {
            @case ('own-class') {
              {{ 'messaging.pupil.myClass' | transloco: { name: section.name } }}
            }
            @case ('family') {
              {{ 'messaging.pupil.family' | transloco }}
            }
            @default {
              {{
                section.name
                  ? ('messaging.pupil.class' | transloco: { name: section.name })
                  : ('messaging.pupil.others' | transloco)
              }}
            }
          }
        </h3>
        <ul class="faces">
          @for (p of section.people; track p.id) {
            @let on = chosen().has(p.id);
            @let refused = store.refusedIds().has(p.id);
            <li>
              <button
                type="button"
                class="face"
                [class.face-on]="on"
                [class.face-error]="refused"
                [attr.aria-pressed]="on"
                (click)="store.togglePerson(p)"
              >
                <preau-avatar [id]="p.id" [name]="p.displayName" [size]="56" />
                <span class="name">{{ p.displayName }}</span>
                @if (refused) {
                  <span class="refused">{{ 'messaging.compose.refusedPerson' | transloco }}</span>
                }
                @if (on) {
                  <mat-icon aria-hidden="true" class="check">check_circle</mat-icon>
                }
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .label {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-title-medium);
    }
    .context {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .faces {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(112px, 1fr));
      gap: 8px;
    }
    .groups {
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
      margin-bottom: 8px;
    }
    .face {
      position: relative;
      width: 100%;
      min-height: 112px;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 6px;
      padding: 8px;
      border: 2px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-medium);
      cursor: pointer;
      &:disabled {
        cursor: default;
        opacity: 0.6;
      }
    }
    .groups .face {
      min-height: 64px;
      flex-direction: row;
    }
    .face-on {
      border: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .face-error {
      border: 3px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .name {
      text-align: center;
      overflow-wrap: anywhere;
    }
    .refused {
      font: var(--mat-sys-label-medium);
    }
    .check {
      position: absolute;
      top: 6px;
      right: 6px;
      color: var(--mat-sys-primary);
    }
    .group-icon {
      font-size: 32px;
      width: 32px;
      height: 32px;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PupilRecipientGrid {
  protected readonly store = inject(ComposeStore);
  readonly invalid = input(false);
  private readonly session = inject(SessionStore);
  protected readonly sections = computed(() =>
    pupilSections(this.store.directory().people, this.session.me()?.classes[0]?.id ?? null),
  );
  protected readonly chosen = computed(() => new Set(this.store.recipientIds()));

  protected groupOn(group: RecipientGroupView): boolean {
    return this.store.chips().some((c) => c.id === groupChip(group).id);
  }

  protected toggleGroup(group: RecipientGroupView): void {
    const id = groupChip(group).id;
    if (this.groupOn(group)) this.store.remove(id);
    else this.store.addGroup(group);
  }
}
