import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A pupil's new password, shown once to their teacher (docs/product/brief.md, Administration: "a teacher for the
 * pupils of their classes (a new card)"): the page cannot show it again. The reset also made a new card, printed
 * on the class's login sheets.
 */
export interface NewPasswordDialogData {
  displayName: string;
  login: string;
  temporaryPassword: string;
  /** The old card no longer works. */
  newCard: boolean;
  /** The class's login sheets (PDF), where the new card is. */
  sheetsUrl: string;
}

@Component({
  selector: 'preau-new-password-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'classCards.newPassword.title' | transloco: { name: data.displayName } }}</h2>
    <mat-dialog-content class="new-password">
      <p class="once" role="note">
        <mat-icon aria-hidden="true">info</mat-icon>
        {{ 'classCards.newPassword.once' | transloco }}
      </p>
      <dl>
        <dt>{{ 'classCards.newPassword.login' | transloco }}</dt>
        <dd class="secret login">{{ data.login }}</dd>
        <dt>{{ 'classCards.newPassword.password' | transloco }}</dt>
        <dd class="secret password">{{ data.temporaryPassword }}</dd>
      </dl>
      @if (data.newCard) {
        <p class="new-card">{{ 'classCards.newPassword.newCard' | transloco }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <a mat-stroked-button class="print-card" [href]="data.sheetsUrl" target="_blank" rel="noopener">
        <mat-icon aria-hidden="true">print</mat-icon>
        {{ 'classCards.newPassword.printCard' | transloco }}
        <span class="cdk-visually-hidden">{{ 'classCards.newTab' | transloco }}</span>
      </a>
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'classCards.newPassword.done' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px 16px;
      margin: 16px 0;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .secret {
      font-family: 'DejaVu Sans Mono', ui-monospace, monospace;
      font-size: 1.25rem;
      letter-spacing: 0.05em;
    }
    .once {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 8px 12px;
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    mat-dialog-actions {
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordDialog {
  protected readonly data = inject<NewPasswordDialogData>(MAT_DIALOG_DATA);
}
