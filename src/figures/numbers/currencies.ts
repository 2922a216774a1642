// Currency names of the world's countries ("Syrian pound", "South African rand"), from the world-countries
// package (ODbL data, already a project dependency): "100 Syrian pounds" is money in SYP, not a weight.
import worldCountries, { type Country } from 'world-countries';

const countries = worldCountries as unknown as Country[];

/** Multi-word currency names as token lists (singular and plural) → ISO code. */
export const COUNTRY_CURRENCIES: Array<[string[], string]> = (() => {
  const out: Array<[string[], string]> = [];
  const seen = new Set<string>();
  for (const c of countries) {
    for (const [code, cur] of Object.entries(c.currencies ?? {})) {
      const words = cur.name.toLowerCase().split(/\s+/).filter(Boolean);
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
