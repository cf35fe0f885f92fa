import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';

/**
 * "Hide X's message?", asked before a teacher hides a message (from the thread or the moderation queue);
 * true once confirmed. `restoreFocus`: false where the page puts the focus itself afterwards.
 */
export async function confirmHide(dialog: MatDialog, authorName: string, restoreFocus: boolean): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data: {
      title: 'messaging.hide.title',
      message: 'messaging.hide.text',
      confirm: 'messaging.hide.confirm',
      params: { name: authorName },
      danger: true,
    },
    maxWidth: '95vw',
    restoreFocus,
  });
  return !!(await firstValueFrom(ref.afterClosed()));
}
