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
