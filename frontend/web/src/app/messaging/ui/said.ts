import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { pluralKey } from '../../shared/i18n/plural';

/**
 * The translation key of something said (an announcement, a failure), in the right plural form when
 * it is counted: `{{ said | saidKey | transloco: said.params }}`. Not pure: a language switch picks again.
 */
@Pipe({ name: 'saidKey', pure: false })
export class SaidKeyPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(said: { key: string; count?: number } | null | undefined): string {
    if (!said) return '';
    return said.count === undefined ? said.key : pluralKey(said.key, said.count, this.transloco.getActiveLang());
  }
}
