/** Names inside names ("Texas" in "University of Texas") and names run together ("... Texas Arlington Amneh Jafari"). */
import { isNameWord, type Part } from './chunker.js';
import { countryOf, countryOfLowered, DEMONYMS, DICTIONARY, isListedPlaceLowered, isPlaceName } from './gazetteer.js';
import { nameKey } from './keys.js';
import { isHeadWord, OF_HEADS, ORG_HEADS, PLACE_HEADS, UNIT_OF_PLACE_HEADS } from './lexicon.js';
import type { Evidence } from './extract.js';
import { headWord, isFirstName, isGroupWord, low, personLike, spanWords } from './shape.js';
import { regionOfPlace } from './place-cues.js';

/** Small words allowed inside a container name besides name words. */
const CONNECTOR = /^(?:of|the|for|and|&)$/i;

/**
 * Where a place or organisation runs into a person's name ("the United States Hamdullah Mohib",
 * "University of Texas Arlington Amneh Jafari"), the index of the split, else 0.
 */
export function placePersonSplit(parts: Part[]): number {
  for (let n = Math.max(1, parts.length - 3); n <= parts.length - 2; n++) {
    // At a connector only after one everyday word and before a given name ("Funeral for William Brett"):
    // "Trust for Zapotec Heritage" is one name, not "Trust for" and a person.
    if (CONNECTOR.test(parts[n]!.text)) continue;
    if (CONNECTOR.test(parts[n - 1]!.text) && !(isFirstName(parts[n]!.text) && loneWordBefore(parts, n))) continue;
    const rest = parts.slice(n);
    if (!personLike(rest) || isPlaceName(spanWords(rest))) continue;
    const head = parts.slice(0, n);
    const headText = spanWords(head);
    const lastHead = head[head.length - 1]!.lower;
    // A lone given name before a full name is a first name ("Douglas Trey Winslow", "Dallas J. Graciano"),
    // even when it is also a place or a common word; a country stays a country ("Jordan Hamdullah Mohib").
    // A country's name in another tongue that is also a given name ("Dominique" for Dominica) is a given name.
    if (n === 1 && isFirstName(head[0]!.text) && !countryByItsOwnName(headText)) continue;
    // A lone group word kept before ordinary words is part of the name: "Iranian Red Crescent".
    if (n === 1 && isGroupWord(head[0]!.lower)) continue;
    // "Relations Alia Salem", "Scientologist Tom Cruise": a common or agent noun before a full name; but after
    // a given name, an ordinary word is a middle name ("Rodney Clay Patrick Jr.").
    const givenThenMiddle = n === 2 && isFirstName(head[0]!.text) && !DICTIONARY.has(head[0]!.lower);
    const nounHead = !givenThenMiddle && (DICTIONARY.has(lastHead) || (head.length === 1 && /(?:ist|ian|er)$/.test(lastHead)));
    if ((isFirstName(rest[0]!.text) && nounHead) || countryOf(headText) || isPlaceName(headText) || isPlaceName(lastHead) || ORG_HEADS.has(lastHead) || ORG_HEADS.has(headWord(head.map((p) => p.lower)))) return n;
  }
  return 0;
}

/** Whether parts[0..n) are one everyday word, no organisation's head, and its connectors ("Slogan of the"). */
function loneWordBefore(parts: Part[], n: number): boolean {
  let words = 0;
  for (let i = 0; i < n; i++) {
    const p = parts[i]!;
    if (CONNECTOR.test(p.text)) continue;
    if (++words > 1 || !DICTIONARY.has(p.lower) || OF_HEADS.has(p.lower)) return false;
  }
  return words === 1;
}

/** A country named as in English ("Jordan"), not by a form in another tongue ("Dominique" for Dominica). */
function countryByItsOwnName(name: string): boolean {
  const country = countryOf(name);
  return country !== undefined && country.toLowerCase() === name.toLowerCase();
}

/**
 * Known names or places at the head or tail of a longer name ("Texas" in "University of Texas"), places inside
 * it ("Texas" in "University of Texas Arlington", "Toronto" in "Metro Toronto Convention Centre"), and the
 * name an organisation or work is "of" or "for" ("Zapotec Heritage" of "Trust for Zapotec Heritage"); `known`
 * gives the document's evidence by name key.
 */
export function innerNames(parts: Part[], container: Evidence, known: () => Map<string, Evidence>): Part[][] {
  const out: Part[][] = [];
  // Index loops and plain reads: a container is tested for every multi-word name, cold.
  for (let i = 0; i < parts.length; i++) if (!isNameWord(parts[i]!.text) && !CONNECTOR.test(parts[i]!.text)) return out;
  const pe = container[0];
  const oe = container[1];
  const le = container[2];
  const xe = container[3];
  if (pe >= Math.max(oe, le, xe)) return out;
  const placeContainer = le > Math.max(oe, xe);
  const unitOf = placeOfUnit(parts);
  if (unitOf) out.push(unitOf);
  // Inside a place name only a facility's place: "Volgograd" in "Volgograd Arena", not "York" in "New York".
  if (placeContainer && !PLACE_HEADS.has(parts[parts.length - 1]!.lower)) return out;
  // Whether parts[from..to) name something on their own (tested without copying the parts).
  const isName = (from: number, to: number, head: boolean) => {
    if (!isNameWord(parts[from]!.text) || !isNameWord(parts[to - 1]!.text)) return false;
    const lt = to - from === 1 ? parts[from]!.lower : low(spanWords(parts, from, to));
    if (isCountryName(lt, parts[from]!.text, to - from)) return true;
    // An everyday word that is also a town names the town at the head of an organisation's name ("Garland
    // Police Department") or after its "of" ("Rotary Club of Providence"); not inside a place's name ("Orange
    // County"), before another place ("Metro Toronto") or elsewhere at the end ("Flight of the Phoenix").
    if (isListedPlace(lt, to - from, head || parts[from - 1]?.lower === 'of')) {
      if (to - from === 1 && DICTIONARY.has(lt) && (placeContainer || (to < parts.length && isListedPlace(parts[to]!.lower, 1, false)))) return false;
      return head || !placeContainer;
    }
    const ev = known().get(nameKey(spanWords(parts, from, to)));
    if (!ev || (to - from === 1 && DICTIONARY.has(lt))) return false;
    return head || ev[0] < Math.max(ev[1], ev[2], ev[3]);
  };
  let headEnd = 0;
  for (let n = parts.length - 1; n >= 1; n--) {
    if (isName(0, n, true)) {
      out.push(parts.slice(0, n));
      headEnd = n;
      break;
    }
  }
  let tailStart = parts.length;
  for (let n = parts.length - 1; n >= 1; n--) {
    if (isName(parts.length - n, parts.length, false)) {
      tailStart = parts.length - n;
      // Not again the head or unit's place found above.
      if (!out.some((inner) => inner[0] === parts[tailStart])) out.push(parts.slice(tailStart));
      break;
    }
  }
  if (!placeContainer) {
    placesBetween(parts, headEnd, tailStart, out);
    // Not an object already read as places ("Texas Arlington" of "University of Texas Arlington"). One ending in
    // the tail name found replaces it only as a region of that place ("Southern Indiana", not "Indiana", of
    // "University of Southern Indiana"); else the tail stays alone ("Africa" of "School of Open Africa").
    const object = objectOfHead(parts);
    if (object && !out.some((inner) => inner[0] === object[0])) {
      const tail = out.findIndex((inner) => inner[0] === parts[tailStart]);
      if (tail < 0) out.push(object);
      else if (regionOfPlace(object)) out[tail] = object;
    }
  }
  return out;
}

/**
 * A country's name; an everyday word only as the country's own English name ("Turkey", "Chad") or in capitals
 * ("US"), not a name of it in another tongue ("Island" for Iceland in "Long Island University").
 */
function isCountryName(lowered: string, text: string, words: number): boolean {
  const country = countryOfLowered(lowered);
  if (country === undefined || words > 1 || !DICTIONARY.has(lowered)) return country !== undefined;
  return country.toLowerCase() === lowered || text === text.toUpperCase();
}

/** A gazetteer place, not a demonym; an everyday word standing alone ("Metro", "Reading") only if `everyday`. */
function isListedPlace(lowered: string, words: number, everyday: boolean): boolean {
  return isListedPlaceLowered(lowered) && !DEMONYMS.has(lowered) && lowered.length > 3 && (everyday || words > 1 || !DICTIONARY.has(lowered));
}

/** Countries and places strictly inside the name, between the head and tail found (parts[from..to)), longest first. */
function placesBetween(parts: Part[], from: number, to: number, out: Part[][]): void {
  const last = Math.min(to, parts.length - 1);
  for (let i = Math.max(from, 1); i < last; ) {
    let found = 0;
    if (isNameWord(parts[i]!.text)) {
      for (let j = last; j > i && !found; j--) {
        if (!isNameWord(parts[j - 1]!.text)) continue;
        const lt = j - i === 1 ? parts[i]!.lower : low(spanWords(parts, i, j));
        if (isCountryName(lt, parts[i]!.text, j - i) || isListedPlace(lt, j - i, false)) found = j;
      }
    }
    if (found) out.push(parts.slice(i, found));
    i = found || i + 1;
  }
}

/**
 * The place an administrative unit is "of", to the end of the name: "Livorno" of "Municipality of Livorno"; not
 * a body of the unit ("City of Yonkers Police Department"), whose place is found as its head.
 */
function placeOfUnit(parts: Part[]): Part[] | undefined {
  if (parts.length < 3 || parts.length > 5 || !UNIT_OF_PLACE_HEADS.has(parts[0]!.lower) || parts[1]!.lower !== 'of') return undefined;
  for (let i = 2; i < parts.length; i++) if (!isNameWord(parts[i]!.text) || isHeadWord(parts[i]!.lower)) return undefined;
  return parts.slice(2);
}

/**
 * The name after "of" or "for" in an organisation's or work's name, when it is more than one word
 * ("Trust for Zapotec Heritage", "Museum of Latvian Folk Art"): a name of its own. One word alone is as often
 * part of a fixed name ("Court of Appeal", "Church of Scientology") and is left to the head and tail tests.
 */
function objectOfHead(parts: Part[]): Part[] | undefined {
  let k = 1;
  while (k < parts.length && parts[k]!.lower !== 'of' && parts[k]!.lower !== 'for') k++;
  let from = k + 1;
  if (from < parts.length && parts[from]!.lower === 'the') from++;
  if (parts.length - from < 2 || !isNameWord(parts[from]!.text) || !isNameWord(parts[parts.length - 1]!.text)) return undefined;
  // Everyday words only ("Observatory for Human Rights", "Foundation for the Visual Arts") name a field, not an entity.
  for (let i = from; i < parts.length; i++) if (isNameWord(parts[i]!.text) && !DICTIONARY.has(parts[i]!.lower)) return parts.slice(from);
  return undefined;
}
