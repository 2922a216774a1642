import { describe, expect, it } from 'vitest';
import { detectLanguage, isStopwordOf, languageBits, rawWords, scanWords, words } from '../../src/strip/language.js';
import { collectLineStats, hashKey, lineKey, sourceLineHash } from '../../src/strip/stats.js';

describe('lineKey', () => {
  it('folds list markers, case, digits and spaces so that counters and menus match across pages', () => {
    expect(lineKey(' * Home ')).toBe('home');
    expect(lineKey('12 Comments')).toBe(lineKey('3 comments'));
    expect(lineKey('Read\tmore  here')).toBe('read more here');
    expect(lineKey('   ')).toBe('');
  });

  it('keys a very long line by its start and length', () => {
    const long = 'a'.repeat(5000);
    expect(lineKey(long)).toBe(`${'a'.repeat(1000)}…5000`);
    expect(lineKey(long)).not.toBe(lineKey(long + 'b'));
  });
});

describe('detectLanguage', () => {
  it('finds the language whose stopwords cover the text', () => {
    expect(detectLanguage(words('Der Stadtrat hat am Mittwoch beschlossen, dass die Straße nicht gebaut wird und die Bürger nicht zahlen.')).code).toBe('de');
    expect(detectLanguage(words('The council said on Monday that the road would not be built and that residents would not pay for it.')).code).toBe('en');
    expect(detectLanguage(words('Sejm przyjął w czwartek ustawę, która ma pomóc rolnikom i jest to dla nich bardzo ważne.')).code).toBe('pl');
  });

  it('gives no stopwords for a text it cannot place', () => {
    const none = detectLanguage(words('中文 新闻 报道'));
    expect(none.code).toBeNull();
    expect(none.mask).toBe(0);
  });
});

describe('collectLineStats', () => {
  it('counts documents per line, overall and per source, once per document', () => {
    const stats = collectLineStats([
      { id: 'a', source: 'x', text: 'Menu\nMenu\nStory A', origin: 'a' },
      { id: 'b', source: 'x', text: 'Menu\nStory B', origin: 'b' },
      { id: 'c', source: null, text: 'menu\nStory C', origin: 'c' },
    ]);
    expect(stats.documents).toBe(3);
    expect(stats.docsPerSource.get('x')).toBe(2);
    expect(stats.corpus.get(hashKey('menu'))).toBe(3);
    expect(stats.bySource.get(sourceLineHash('x', 'menu'))).toBe(2);
    expect(stats.corpus.get(hashKey('story a'))).toBe(1);
  });
});

describe('scanWords', () => {
  it('finds the same words as the word pattern, across scripts, joiners and surrogate pairs', () => {
    const samples = [
      "Don't re-elect the 3rd co-chair's man -- now",
      'Straße über Éire, 中文 新闻; كتب ٣ مرات',
      "a'-b ''x-- -y- 'z' it\u2019s done",
      'caf\u00e9 cafe\u0301 \ud835\udc00\ud835\udc01 emoji\ud83d\ude00x lone\ud800 \udc00end',
      '',
      '   ',
    ];
    for (const s of samples) expect(scanWords(s)).toEqual(rawWords(s));
    expect(scanWords("it's a well-known co-op")).toEqual(["it's", 'a', 'well-known', 'co-op']);
  });
});

describe('stopword table', () => {
  it('is stopwords-iso, lower-cased, for the listed languages (regenerate it after upgrading the package)', async () => {
    const { createRequire } = await import('node:module');
    const iso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    const { STOPWORD_LANGUAGES, STOPWORDS_BY_BITS } = await import('../../src/corpus/data/stopwords.generated.js');
    const expected = new Map<string, number>();
    STOPWORD_LANGUAGES.forEach((code, bit) => {
      for (const w of iso[code]!) expected.set(w.toLowerCase(), (expected.get(w.toLowerCase()) ?? 0) | (1 << bit));
    });
    const table = new Map<string, number>();
    for (const [bits, words] of Object.entries(STOPWORDS_BY_BITS)) for (const w of words.split('\n')) table.set(w, Number(bits));
    expect(table).toEqual(expected);
    for (const [w, bits] of expected) expect(languageBits(w)).toBe(bits);
    expect(isStopwordOf('en', 'the')).toBe(true);
    expect(isStopwordOf('en', 'council')).toBe(false);
  });
});
