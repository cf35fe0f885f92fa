import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { avatarColor, initials } from '../data-access/people';

/** A person's initials on their own colour (the same on every device). Decorative: the name is always written next to it. */
@Component({
  selector: 'preau-avatar',
  template: `<span class="avatar" aria-hidden="true" [style.background-color]="color()" [style.--size]="size() + 'px'">{{ letters() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
    .avatar {
      --size: 40px;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: var(--size);
      height: var(--size);
      border-radius: 50%;
      color: #fff;
      font: 500 calc(var(--size) * 0.4) / 1 Roboto, sans-serif;
      letter-spacing: 0.02em;
      user-select: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Avatar {
  readonly id = input.required<string>();
  readonly name = input.required<string>();
  readonly size = input(40);
  protected readonly letters = computed(() => initials(this.name()));
  protected readonly color = computed(() => avatarColor(this.id()));
}
