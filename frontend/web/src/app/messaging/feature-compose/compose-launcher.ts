import { BreakpointObserver } from '@angular/cdk/layout';
import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { ComposeData, ComposeResult } from './compose-dialog';

/** Phones: the composer takes the whole screen. */
export const PHONE_QUERY = '(max-width: 599.98px)';

/** Opens the composer: full screen on a phone, a large dialog on a tablet or computer. */
@Injectable({ providedIn: 'root' })
export class ComposeLauncher {
  private readonly dialog = inject(MatDialog);
  private readonly breakpoints = inject(BreakpointObserver);

  async open(data: ComposeData = {}): Promise<ComposeResult> {
    const { ComposeDialog } = await import('./compose-dialog');
    const phone = this.breakpoints.isMatched(PHONE_QUERY);
    const ref = this.dialog.open<InstanceType<typeof ComposeDialog>, ComposeData, ComposeResult>(ComposeDialog, {
      data,
      autoFocus: 'first-heading',
      restoreFocus: true,
      ...(phone
        ? { width: '100vw', maxWidth: '100vw', height: '100dvh', maxHeight: '100dvh', panelClass: 'preau-fullscreen-dialog' }
        : { width: '760px', maxWidth: '96vw', maxHeight: '92vh' }),
    });
    return (await firstValueFrom(ref.afterClosed())) ?? null;
  }
}
