// First-letter case tests with an ASCII fast path: they run on nearly every token.

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** Same as /^\p{Lu}/u.test(s). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  // NaN (empty string) and ASCII take the first branch.
  if (!(c >= 128)) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** Same as /^\p{Ll}/u.test(s). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (!(c >= 128)) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

/**
 * Same as s.toLowerCase(), but returns `s` itself when it has no ASCII capital and no non-ASCII character.
 * Most words are already lower case, and news text is usually stored as two-byte strings (curly quotes),
 * for which toLowerCase takes its slow general path even when nothing changes.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}
