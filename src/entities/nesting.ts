/** Names inside names ("Texas" in "University of Texas") and names run together ("... Texas Arlington Amneh Jafari"). */
import { isNameWord, type Part } from './chunker.js';
import { countryOf, countryOfLowered, DEMONYMS, DICTIONARY, isListedPlaceLowered, isPlaceName } from './gazetteer.js';
import { nameKey } from './keys.js';
import { ORG_HEADS, PLACE_HEADS } from './lexicon.js';
import type { Evidence } from './extract.js';
import { headWord, isFirstName, isGroupWord, low, personLike, spanWords } from './shape.js';

/** Small words allowed inside a container name besides name words. */
const CONNECTOR = /^(?:of|the|for|and|&)$/i;

/**
 * Where a place or organisation runs into a person's name ("the United States Hamdullah Mohib",
 * "University of Texas Arlington Amneh Jafari"), the index of the split, else 0.
 */
export function placePersonSplit(parts: Part[]): number {
  for (let n = Math.max(1, parts.length - 3); n <= parts.length - 2; n++) {
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

/** A country named as in English ("Jordan"), not by a form in another tongue ("Dominique" for Dominica). */
function countryByItsOwnName(name: string): boolean {
  const country = countryOf(name);
  return country !== undefined && country.toLowerCase() === name.toLowerCase();
}

/**
 * Known names or places at the head or tail of a longer name ("Texas" in "University of Texas"); `known`
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
  // Inside a place name only a facility's place: "Volgograd" in "Volgograd Arena", not "York" in "New York".
  if (placeContainer && !PLACE_HEADS.has(parts[parts.length - 1]!.lower)) return out;
  // Whether parts[from..to) name something on their own (tested without copying the parts).
  const isName = (from: number, to: number, head: boolean) => {
    if (!isNameWord(parts[from]!.text) || !isNameWord(parts[to - 1]!.text)) return false;
    const t = spanWords(parts, from, to);
    const lt = to - from === 1 ? parts[from]!.lower : low(t);
    if (countryOfLowered(lt)) return true;
    if (isListedPlaceLowered(lt) && !DEMONYMS.has(lt) && t.length > 3) return head || !placeContainer;
    const ev = known().get(nameKey(t));
    if (!ev || (to - from === 1 && DICTIONARY.has(lt))) return false;
    return head || ev[0] < Math.max(ev[1], ev[2], ev[3]);
  };
  for (let n = parts.length - 1; n >= 1; n--) {
    if (isName(0, n, true)) {
      out.push(parts.slice(0, n));
      break;
    }
  }
  for (let n = parts.length - 1; n >= 1; n--) {
    if (isName(parts.length - n, parts.length, false)) {
      const tail = parts.slice(parts.length - n);
      // The head found above, if any, is out[0].
      if (!out.length || out[0]![0] !== tail[0]) out.push(tail);
      break;
    }
  }
  return out;
}
