import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { ParticipantView } from '@preau/contracts';

/**
 * Where a person stands, in words: a class for pupils and teachers ("CE2 A"), the child for a parent
 * ("parent de Léa Martin"). `{{ person | personContext }}`; empty when the server gave none.
 */
@Pipe({ name: 'personContext', pure: false })
export class PersonContextPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(person: Pick<ParticipantView, 'role' | 'context'>): string {
    if (!person.context) return '';
    return person.role === 'PARENT' ? this.transloco.translate('messaging.context.parentOf', { name: person.context }) : person.context;
  }
}
