// Shapes only digits take: identifiers ("MH17", "Covid-19"), chains of digit groups (times, dates, IP and
// phone numbers), slash fractions and mixed numbers ("3/4", "2 1/4"), international phone numbers.
import { colonTime } from './calendar.js';
import { isNumberWord, numeralAt, type Ctx } from './cardinal.js';
import { exact, type Found } from './found.js';
import { YEAR_PREFIXES } from './lexicon.js';
import { glued, isDigits, isPunct } from './peek.js';
import { Gap, Tok, type Token } from './tokens.js';
import { unitAfter } from './units.js';

/** Denominators a slash fraction is written with ("3/4", "5/16"); other "a/b" are dates or ids. */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100]);
/** Slash forms that name things, not fractions or dates. */
const SLASH_NAMES = new Set(['9/11', '24/7']);

/** The digit shape starting at token k (the match starts at `start`, before any sign), or null. */
export function digitShape(c: Ctx, start: number, k: number, signed: boolean, sign: number): Found | null {
  const toks = c.toks;
  const t = toks[k]!;
  const prev = toks[k - 1];
  // glued to letters before: "MH17", "G20"; or hyphenated to a word: "Covid-19", "F-16", "mid-2013"
  if (!signed && prev && prev.kind === Tok.Word && t.gap === Gap.None) return idRun(c, start, k, prev);
  const w2 = toks[k - 2];
  if (!signed && isPunct(prev, '-') && glued(prev) && glued(t) && w2?.kind === Tok.Word && w2.end === prev!.start
    && !isNumberWord(w2) && !(glued(w2) && isDigits(toks[k - 3]))) {
    return idRun(c, start, k, w2);
  }
  const ch = chain(c, k);
  if (ch.sep === ':' && ch.parts.length >= 2) return colonTime(c, start, ch.parts, ch.lengths, ch.end);
  if (ch.parts.length >= 3) {
    const [a, b, d] = ch.parts as [number, number, number];
    const date = ch.parts.length === 3 && ((ch.lengths[0] === 4 && b <= 12 && d <= 31) || ((d >= 1000 || ch.lengths[2] === 2) && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12))));
    if (date) return exact(start, ch.end, 'date', null);
    const digits = ch.lengths.reduce((x, y) => x + y, 0);
    return exact(start, ch.end, digits >= 7 && ch.sep !== '.' ? 'phone' : 'other', null);
  }
  if (ch.sep === '/') {
    const [a, b] = ch.parts as [number, number];
    if (SLASH_NAMES.has(`${a}/${b}`)) return exact(start, ch.end, 'other', null);
    // "2013/14", "2012/2013": a season or fiscal year
    if (ch.lengths[0] === 4 && a >= 1000 && a <= 2100 && ((ch.lengths[1] === 2 && b === (a + 1) % 100) || b === a + 1)) {
      return exact(start, ch.end, 'year', [a, a + 1]);
    }
    if (a < b && SLASH_DENOMINATORS.has(b)) return withUnit(c, exact(start, ch.end, 'count', (sign * a) / b));
    if (a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12))) return exact(start, ch.end, 'date', null);
    return exact(start, ch.end, 'other', null);
  }
  // "2 1/4", "1-1/2": a whole number, then a proper slash fraction
  const n = numeralAt(c, k);
  if (n && n.numeral.plain && isPunct(toks[n.end], '-') && glued(toks[n.end]) && isDigits(toks[n.end + 1]) && glued(toks[n.end + 1])) {
    const f = chain(c, n.end + 1);
    if (f.sep === '/' && f.parts.length === 2 && f.parts[0]! < f.parts[1]! && SLASH_DENOMINATORS.has(f.parts[1]!)) {
      return withUnit(c, exact(start, f.end, 'count', sign * (n.numeral.value + f.parts[0]! / f.parts[1]!)));
    }
  }
  if (n && n.numeral.plain && toks[n.end]?.gap === Gap.Space && isDigits(toks[n.end])) {
    const f = chain(c, n.end);
    if (f.sep === '/' && f.parts.length === 2 && f.parts[0]! < f.parts[1]!) {
      return withUnit(c, exact(start, f.end, 'count', sign * (n.numeral.value + f.parts[0]! / f.parts[1]!)));
    }
  }
  // a parenthesised area code: "(555) 123-4567"
  if (isPunct(prev, '(') && ch.lengths[0] === 3 && isPunct(toks[k + 1], ')')) {
    const [a, dash, b] = [toks[k + 2], toks[k + 3], toks[k + 4]];
    if (isDigits(a) && a!.raw.length === 3 && isPunct(dash, '-') && glued(dash) && isDigits(b) && glued(b) && b!.raw.length === 4) return exact(start, k + 5, 'phone', null);
  }
  return null;
}

/** A unit of measure after an amount read by a special shape ("1/4 mile", "10 1/2 miles"). */
function withUnit(c: Ctx, f: Found): Found {
  const u = unitAfter(c, f.end, false);
  if (!u || u.kind === 'other') return f;
  return { ...f, end: u.end, kind: u.kind, unit: u.unit };
}

/** "MH17", "Covid-19", "F-16", "mid-2013", "magnitude-5.9": an identifier, a year, or a magnitude. */
function idRun(c: Ctx, start: number, k: number, wordTok: Token): Found {
  const toks = c.toks;
  const n = numeralAt(c, k);
  const end = n ? n.end : k + 1;
  const value = n ? n.numeral.value : Number(toks[k]!.raw);
  let e = end;
  while (toks[e] && toks[e]!.gap === Gap.None && toks[e]!.kind !== Tok.Punct) e++;
  if (YEAR_PREFIXES.has(wordTok.lower) && n?.numeral.plain && value >= 1000 && value <= 2100) return exact(start, e, 'year', value);
  if (wordTok.lower === 'magnitude' && e === end) return exact(start, e, 'measure', value, 'magnitude');
  return exact(start, e, 'other', value);
}

interface Chain {
  parts: number[];
  lengths: number[];
  /** The separator, or '' for a single group (a decimal "1.5" or a range "10-12" is not a chain). */
  sep: string;
  end: number;
}

/** Digit groups glued by one separator: "10:30", "192.168.1.2", "5/17/2018", "555-123-4567". */
function chain(c: Ctx, k: number): Chain {
  const toks = c.toks;
  const parts = [Number(toks[k]!.raw)];
  const lengths = [toks[k]!.raw.length];
  let sep = '';
  let e = k + 1;
  for (;;) {
    const s = toks[e], d = toks[e + 1];
    if (!s || !d || s.kind !== Tok.Punct || s.gap !== Gap.None || d.kind !== Tok.Digits || d.gap !== Gap.None || d.end > c.limit) break;
    if (sep === '' && [':', '.', '-', '/'].includes(s.lower)) sep = s.lower;
    if (s.lower !== sep) break;
    parts.push(Number(d.raw));
    lengths.push(d.raw.length);
    e += 2;
  }
  if ((sep === '.' || sep === '-') && parts.length === 2) return { parts: [parts[0]!], lengths: [lengths[0]!], sep: '', end: k + 1 };
  return { parts, lengths, sep, end: e };
}

/** "+1-222-2222/2222", "+44 20 7946 0958": an international phone number from the '+' at token k. */
export function internationalPhone(c: Ctx, k: number): Found | null {
  const toks = c.toks;
  let e = k + 1;
  let digits = 0;
  while (toks[e] && toks[e]!.kind === Tok.Digits && toks[e]!.end <= c.limit) {
    digits += toks[e]!.raw.length;
    const s = toks[e + 1];
    e++;
    if (s && s.gap === Gap.None && ['-', '.', '/'].includes(s.lower) && isDigits(toks[e + 1]) && glued(toks[e + 1])) { e++; continue; }
    if (s && s.kind === Tok.Digits && s.gap === Gap.Space) continue;
    break;
  }
  return digits >= 7 ? exact(k, e, 'phone', null) : null;
}
