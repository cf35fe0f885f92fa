/** Europe/Paris, as every date of Préau (brief.md); a device in another zone still reads school time. */
export const SCHOOL_TIME_ZONE = 'Europe/Paris';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayKey(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SCHOOL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function daysBetween(earlier: Date, later: Date): number {
  // Calendar days in school time, whatever the hours.
  const a = Date.parse(dayKey(earlier));
  const b = Date.parse(dayKey(later));
  return Math.round((b - a) / DAY_MS);
}

/**
 * A date as a mail client shows it in a list: "à l'instant", "il y a 5 minutes", "14:32" (today),
 * "hier", "mardi" (this week), "12 mars", "12 mars 2025" (another year).
 */
export function relativeDate(iso: string | null | undefined, lang: string, now: Date = new Date()): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (seconds < 45 && seconds > -60) return rtf.format(0, 'second');
  if (seconds >= 45 && seconds < 3600) return rtf.format(-Math.max(1, Math.round(seconds / 60)), 'minute');
  const days = daysBetween(date, now);
  if (days === 0) return new Intl.DateTimeFormat(lang, { timeZone: SCHOOL_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
  if (days === 1) return rtf.format(-1, 'day');
  if (days > 1 && days < 7) return new Intl.DateTimeFormat(lang, { timeZone: SCHOOL_TIME_ZONE, weekday: 'long' }).format(date);
  const sameYear = dayKey(date).slice(0, 4) === dayKey(now).slice(0, 4);
  return new Intl.DateTimeFormat(lang, {
    timeZone: SCHOOL_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** "2 mars 2026" (or "2 mars 2026 à 10:00" with `time`), in the UI's language and school time. */
export function schoolDate(iso: string | null | undefined, lang: string, time = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { timeZone: SCHOOL_TIME_ZONE, dateStyle: 'long', ...(time ? { timeStyle: 'short' } : {}) }).format(date);
}

/** The full date and time, for a tooltip and screen readers: "mardi 3 mars 2026 à 14:32". */
export function fullDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { timeZone: SCHOOL_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }).format(date);
}
