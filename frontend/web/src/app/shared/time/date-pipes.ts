import { Pipe, PipeTransform } from '@angular/core';
import { fullDate, relativeDate, schoolDate } from './school-time';

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

/** `{{ iso | schoolDate: lang }}`: "2 mars 2026"; with `: true`, "2 mars 2026 à 10:00". */
@Pipe({ name: 'schoolDate' })
export class SchoolDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string, time = false): string {
    return schoolDate(iso, lang, time);
  }
}
