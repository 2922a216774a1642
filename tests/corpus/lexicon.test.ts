import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMPROMISE_VERSION } from '../../src/corpus/data/compromise-lexicon.generated.js';
import { wordLexicon } from '../../src/corpus/lexicon.js';

const require = createRequire(import.meta.url);

describe('wordLexicon', () => {
  it('is exactly the lexicon of the installed compromise (regenerate with scripts/generate-lexicon.mjs)', () => {
    const nlp = require('compromise');
    expect(COMPROMISE_VERSION).toBe(nlp.version);
    expect(Object.fromEntries(wordLexicon())).toEqual({ ...nlp.model().one.lexicon });
  });
  it('gives the tags of common words', () => {
    expect(wordLexicon().get('said')).toBeDefined();
    expect(wordLexicon().get('france')).toContain('Country');
  });
});
