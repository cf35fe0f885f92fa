import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { RecipientGroupView } from '@preau/contracts';

/** The translation key that words a ready-made group by its kind ("Élèves de {{name}}", "Familles de {{name}}"…). */
export function groupLabelKey(group: Pick<RecipientGroupView, 'kind'>): string {
  return `messaging.groupKinds.${group.kind}`;
}

/** `{{ group | groupName }}`: "Familles de CE2 A" from `{kind: 'class-families', name: 'CE2 A'}`, in the active language. */
@Pipe({ name: 'groupName', pure: false })
export class GroupNamePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(group: Pick<RecipientGroupView, 'kind' | 'name'>): string {
    return this.transloco.translate(groupLabelKey(group), { name: group.name });
  }
}
