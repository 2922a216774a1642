// Currency names of the world's countries ("Syrian pound", "South African rand"), from the world-countries
// package (ODbL data, from a generated copy: see ../data/generate.cjs): "100 Syrian pounds" is money in SYP, not a weight.
import { COUNTRY_RECORDS } from '../data/countries.generated.js';

/** Multi-word currency names as token lists (singular and plural) → ISO code. */
export const COUNTRY_CURRENCIES: Array<[string[], string]> = (() => {
  const out: Array<[string[], string]> = [];
  const seen = new Set<string>();
  for (const record of COUNTRY_RECORDS) {
    for (const [code, name] of record[5]) {
      const words = name.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length < 2 || words.some((w) => !/^\p{L}+$/u.test(w))) continue;
      const last = words[words.length - 1]!;
      const plural = last.endsWith('s') ? last : `${last}s`;
      for (const form of [words, [...words.slice(0, -1), plural]]) {
        const key = form.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([form, code]);
      }
    }
  }
  return out;
})();
