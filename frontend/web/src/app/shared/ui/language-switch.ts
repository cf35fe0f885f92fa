import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '../i18n/language-store';

/**
 * Offers the other language, named in that language ("English" / "Français") so that someone who
 * cannot read the current one still finds it.
 */
@Component({
  selector: 'preau-language-switch',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <button
      mat-button
      type="button"
      class="language-switch"
      [attr.lang]="store.other()"
      (click)="switch()"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
      {{ 'language.switchTo' | transloco }}
    </button>
  `,
  styles: `
    .language-switch {
      color: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly store = inject(LanguageStore);

  protected switch(): void {
    void this.store.use(this.store.other());
  }
}
