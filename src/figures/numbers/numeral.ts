// Digit numerals: thousands separators (comma, no-break and thin spaces, plain spaces in groups of three,
// Indian lakh grouping, European "1.111,11"), decimals, decimal commas ("5,00") and scientific notation.
// Sticky regular expressions tried at one offset; none can backtrack more than one group.

export interface Numeral {
  /** Offset after the numeral. */
  end: number;
  value: number;
  integer: boolean;
  /** Digits only, no separator, no decimal point ("1990", "0000"). */
  plain: boolean;
}

const THOUSANDS = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?/y;
const INDIAN = /\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?/y;
const EUROPEAN = /\d{1,3}(?:\.\d{3})+,\d+(?!\d)/y;
const THIN_SPACED = /\d{1,3}(?:[\u00a0\u202f\u2009\u2007\u200a]\d{3})+(?!\d)(?:\.\d+)?/y;
const SPACED = /\d{1,3}(?: \d{3})+(?![\d]|[.,:/]\d)(?:\.\d+)?/y;
const DECIMAL_COMMA = /(?<!\d,)\d+,\d{1,2}(?![\d,]|\.\d)/y;
const PLAIN = /\d+(?:\.\d+)?|\.\d+/y;
const EXPONENT = /[eE]([+-]?\d+)(?![\p{L}\d])|[x×]10\^([+-]?\d+)|\^([+-]?\d+)(?!\d)/uy;

/** Characters after a digit run that may continue the numeral: separators, decimal point, exponent. */
const CONTINUES = new Set([...',. eEx×^\u00a0\u202f\u2009\u2007\u200a'].map((c) => c.charCodeAt(0)));

function at(re: RegExp, text: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** The digit numeral starting at `pos` (a digit, or a '.' before digits), ending at or before `limit`. */
export function lexNumeral(text: string, pos: number, limit: number): Numeral | null {
  // fast path: a digit run followed by nothing a longer numeral could continue with
  let e = pos;
  while (e < limit && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  const isDigitAt = (i: number): boolean => i < limit && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  const ch = text.charCodeAt(e);
  const ends = e >= limit || !CONTINUES.has(ch) || (!isDigitAt(e + 1) && !(ch === 101 || ch === 69 || ch === 120 || ch === 215 || ch === 94));
  if (e > pos && ends) {
    return { end: e, value: Number(text.slice(pos, e)), integer: true, plain: true };
  }
  let raw: string | null;
  let value: number;
  if ((raw = at(THOUSANDS, text, pos) ?? at(INDIAN, text, pos))) value = Number(raw.replace(/,/g, ''));
  else if ((raw = at(EUROPEAN, text, pos))) value = Number(raw.replace(/\./g, '').replace(',', '.'));
  else if ((raw = at(THIN_SPACED, text, pos) ?? at(SPACED, text, pos))) value = Number(raw.replace(/[^\d.]/g, ''));
  else if ((raw = at(DECIMAL_COMMA, text, pos))) value = Number(raw.replace(',', '.'));
  else if ((raw = at(PLAIN, text, pos))) value = Number(raw);
  else return null;
  if (pos + raw.length > limit) {
    raw = at(PLAIN, text, pos);
    if (!raw || pos + raw.length > limit) {
      let e = pos;
      while (e < limit && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
      if (e === pos) return null;
      raw = text.slice(pos, e);
    }
    value = Number(raw);
  }
  let end = pos + raw.length;
  const plain = /^\d+$/.test(raw);
  let integer = !raw.includes('.') || /\.0*$/.test(raw);
  EXPONENT.lastIndex = end;
  const ex = EXPONENT.exec(text);
  const power = ex ? Number(ex[1] ?? ex[2] ?? ex[3]) : 0;
  const raised = ex ? (ex[3] !== undefined ? value ** power : value * 10 ** power) : value;
  if (ex && end + ex[0].length <= limit && Number.isFinite(raised) && (raised !== 0 || value === 0)) {
    value = raised;
    end += ex[0].length;
    integer = Number.isInteger(value);
    return { end, value, integer, plain: false };
  }
  if (/,\d{1,2}$/.test(raw) && !/,\d{3}/.test(raw)) integer = Number.isInteger(value);
  return { end, value, integer, plain };
}
