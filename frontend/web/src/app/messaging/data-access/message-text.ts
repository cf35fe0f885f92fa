import { safeHttpUrl } from '../../shared/links/safe-url';

/** A piece of a message body: plain text, or a web address made clickable. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** A candidate: "http(s)://" and everything up to a space or a character that never ends a written URL. */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"«»`{}|\\^]+/gi;
/** Punctuation that, at the end of an address, belongs to the sentence ("voir https://x.fr/a."). */
const TRAILING = /[.,;:!?'’)\]]+$/;

/** Drops the sentence's punctuation from a candidate's end, keeping the parentheses the address opened itself. */
function trimCandidate(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = TRAILING.exec(url);
    if (!match) return url;
    let cut = match[0].length;
    // "(voir https://fr.wikipedia.org/wiki/Préau_(architecture))": keep the ")" that closes a "(" of the URL.
    const kept = url.slice(0, url.length - cut);
    const tail = match[0];
    let balance = (kept.match(/\(/g)?.length ?? 0) - (kept.match(/\)/g)?.length ?? 0);
    let keep = 0;
    for (const ch of tail) {
      if (ch === ')' && balance > 0) {
        balance--;
        keep++;
      } else break;
    }
    cut -= keep;
    if (cut === 0) return url;
    url = url.slice(0, url.length - cut);
  }
}

/**
 * Splits a plain-text message into text and http(s) links, for a template to render with bindings
 * (never as HTML). Every other scheme (javascript:, data:, mailto:…) stays text.
 */
export function splitLinks(body: string | null | undefined): TextPart[] {
  if (!body) return [];
  const parts: TextPart[] = [];
  let last = 0;
  const push = (text: string) => {
    if (!text) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(URL_CANDIDATE)) {
    const start = match.index ?? 0;
    const candidate = trimCandidate(match[0]);
    const href = safeHttpUrl(candidate);
    if (!href) continue;
    push(body.slice(last, start));
    parts.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  push(body.slice(last));
  return parts;
}
