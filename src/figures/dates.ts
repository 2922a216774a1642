import { MONTH_NUMBERS } from '../corpus/lexicon.js';
import { canonMonth, MONTHS } from './lexicon.js';

// A document's publication date: the one the input gives (JSONL `date`, ISO 8601), else a dateline near
// the top of the text ("July 2, 2013", "2 July 2013", "2013-07-02"), else null. Used to order reports.

/** How far into the text a dateline is looked for: the header lines, not the body. */
const DATELINE_CHARS = 600;
const ISO = /\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?\b/;
const MONTH_FIRST = /\b([A-Z][a-z]{2,8})\.? ([0-3]?\d)(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b/;
const DAY_FIRST = /\b([0-3]?\d) ([A-Z][a-z]{2,8})\.?,? ((?:19|20)\d\d)\b/;

/** The given date when it is ISO 8601, else a dateline's date (`YYYY-MM-DD`), else null. */
export function publicationDate(given: string | null | undefined, text: string): string | null {
  if (given && ISO.test(given.trim())) return given.trim();
  return datelineDate(text.slice(0, DATELINE_CHARS));
}

function datelineDate(head: string): string | null {
  const iso = ISO.exec(head);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mf = MONTH_FIRST.exec(head);
  if (mf) return ymd(mf[3]!, mf[1]!, mf[2]!);
  const df = DAY_FIRST.exec(head);
  if (df) return ymd(df[3]!, df[2]!, df[1]!);
  return null;
}

function ymd(year: string, monthName: string, day: string): string | null {
  const low = monthName.toLowerCase();
  if (!MONTHS.has(low)) return null;
  const month = MONTH_NUMBERS.get(canonMonth(low));
  const d = Number(day);
  if (!month || d < 1 || d > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Comparable instant of a date string (ms), or null. */
export function dateValue(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : t;
}
