import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SchoolDatePipe } from '../../shared/time/date-pipes';

/**
 * What to hand a person once, on paper or aloud: a new adult's activation code, or the temporary password of a
 * reset (adults change it at their next login; a pupil's reset also makes a new card). Shown once: the console
 * cannot show it again (docs/product/brief.md, Administration console).
 */
export interface CredentialsDialogData {
  displayName: string;
  login: string;
  activationCode?: string | null;
  activationExpiresAt?: string | null;
  temporaryPassword?: string | null;
  mustChangePassword?: boolean;
  /** A pupil's reset: the old card no longer works. */
  newCard?: boolean;
}

/** While printing: only the open dialog goes on paper. */
export const PRINTING_CLASS = 'preau-printing-credentials';

@Component({
  selector: 'preau-credentials-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, TranslocoPipe, SchoolDatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'admin.credentials.title' | transloco: { name: data.displayName } }}</h2>
    <mat-dialog-content class="credentials">
      <p class="once" role="note">
        <mat-icon aria-hidden="true">info</mat-icon>
        {{ 'admin.credentials.once' | transloco }}
      </p>
      <dl>
        <dt>{{ 'admin.credentials.login' | transloco }}</dt>
        <dd class="secret login">{{ data.login }}</dd>
        @if (data.temporaryPassword) {
          <dt>{{ 'admin.credentials.temporaryPassword' | transloco }}</dt>
          <dd class="secret password">{{ data.temporaryPassword }}</dd>
        }
        @if (data.activationCode) {
          <dt>{{ 'admin.credentials.activationCode' | transloco }}</dt>
          <dd class="secret code">{{ data.activationCode }}</dd>
          @if (data.activationExpiresAt) {
            <dt>{{ 'admin.credentials.expires' | transloco }}</dt>
            <dd>{{ data.activationExpiresAt | schoolDate: lang }}</dd>
          }
        }
      </dl>
      @if (data.activationCode) {
        <p>{{ 'admin.credentials.activationHelp' | transloco }}</p>
      }
      @if (data.mustChangePassword) {
        <p class="must-change">{{ 'admin.credentials.mustChange' | transloco }}</p>
      }
      @if (data.newCard) {
        <p class="new-card">{{ 'admin.credentials.newCard' | transloco }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-stroked-button type="button" class="print" (click)="print()">
        <mat-icon aria-hidden="true">print</mat-icon>
        {{ 'admin.credentials.print' | transloco }}
      </button>
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'admin.credentials.done' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .credentials dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px 16px;
      margin: 16px 0;
    }
    .credentials dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .credentials dd {
      margin: 0;
    }
    .credentials .secret {
      font-family: 'DejaVu Sans Mono', ui-monospace, monospace;
      font-size: 1.25rem;
      letter-spacing: 0.05em;
    }
    .credentials .once {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 8px 12px;
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    @media print {
      body.${PRINTING_CLASS} > *:not(.cdk-overlay-container) {
        display: none !important;
      }
      body.${PRINTING_CLASS} .cdk-overlay-backdrop,
      body.${PRINTING_CLASS} mat-dialog-actions {
        display: none !important;
      }
    }
  `,
  // The print rule reaches the page's body: it cannot be scoped to the component.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsDialog {
  protected readonly data = inject<CredentialsDialogData>(MAT_DIALOG_DATA);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(TranslocoService).getActiveLang();

  protected print(): void {
    const body = this.document.body;
    body.classList.add(PRINTING_CLASS);
    try {
      this.document.defaultView?.print();
    } finally {
      body.classList.remove(PRINTING_CLASS);
    }
  }
}
