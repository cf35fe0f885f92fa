import { Pipe, PipeTransform } from '@angular/core';
import { fullDate, relativeDate } from '../data-access/relative-date';

/** `{{ iso | relativeDate: lang : now }}`: pass the page's clock so that "5 minutes ago" moves on. */
@Pipe({ name: 'relativeDate' })
export class RelativeDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string, now?: Date | number): string {
    return relativeDate(iso, lang, now === undefined ? new Date() : new Date(now));
  }
}

/** `{{ iso | fullDate: lang }}`: "mardi 3 mars 2026 à 14:32". */
@Pipe({ name: 'fullDate' })
export class FullDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string): string {
    return fullDate(iso, lang);
  }
}
