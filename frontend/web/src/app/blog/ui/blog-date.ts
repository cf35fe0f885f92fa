import { Pipe, PipeTransform } from '@angular/core';

/** "2 mars 2026" (or "2 mars 2026 à 10:00" with `time`), in the UI's language. */
export function formatBlogDate(iso: string | null | undefined, lang: string, time = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, time ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(date);
}

@Pipe({ name: 'blogDate' })
export class BlogDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string, time = false): string {
    return formatBlogDate(iso, lang, time);
  }
}
