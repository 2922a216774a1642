/**
 * Lookups in a long sorted word list kept as the one string generated at build time ("aardvark|aback|...").
 * Building a Set of tens of thousands of words costs tens of milliseconds on every start, for the few
 * thousand distinct words a run looks up; here the list is cut into blocks of about BLOCK characters on
 * first use, and a lookup finds its block by binary search over the blocks' first words and searches that
 * block's text. The list must be sorted in code-unit order (Array.prototype.sort's default), the order of
 * JavaScript's string comparison.
 */
import { hasWideChar, oneByteString } from '../corpus/text.js';
import { lastNotAfter } from '../corpus/sorted.js';

const BLOCK = 512;

/** A sorted list of words, each entry ending at `separator`. */
export class SortedWords {
  /** First word of each block. */
  private heads: string[] | undefined;
  /** Each block's text with a separator on both sides: "|word|word|...|word|". */
  private readonly blocks: string[] = [];

  /**
   * @param list entries joined by `separator`, sorted by word
   * @param separator between entries; no word contains it
   * @param valueMark in lists of "word<valueMark>value" entries, the character that ends the word
   */
  constructor(
    private readonly list: string,
    protected readonly separator = '|',
    protected readonly valueMark = separator,
  ) {}

  /** Whether the list holds the word (a search each time: see WordTest for remembered answers). */
  contains(word: string): boolean {
    const block = this.blockOf(word);
    return block !== undefined && block.includes(this.separator + word + this.valueMark);
  }

  /** The block that holds the word if the list has it (undefined when no block can). */
  protected blockOf(word: string): string | undefined {
    if (word.includes(this.separator) || word.includes(this.valueMark)) return undefined;
    const heads = this.heads ?? this.index();
    const block = lastNotAfter(heads, word);
    return block < 0 ? undefined : this.blocks[block];
  }

  private index(): string[] {
    const heads: string[] = [];
    const sep = this.separator;
    if (this.list) {
      const list = sep + this.list + sep;
      const wide = hasWideChar(list);
      // `at` is the separator before a block's first entry; the block ends at the first separator BLOCK
      // characters on.
      for (let at = 0; at < list.length - 1; ) {
        const entryEnd = list.indexOf(sep, at + 1);
        const wordEnd = list.indexOf(this.valueMark, at + 1);
        const head = list.slice(at + 1, wordEnd >= 0 && wordEnd < entryEnd ? wordEnd : entryEnd);
        heads.push(wide ? oneByteString(head) : head);
        let end = list.indexOf(sep, Math.max(at + BLOCK, entryEnd));
        if (end < 0) end = list.length - 1;
        // A block is sliced from a list that may hold a character past one byte ("€"): stored in one byte
        // where it can be, so are the values cut from it (see oneByteString).
        this.blocks.push(wide ? oneByteString(list.slice(at, end + 1)) : list.slice(at, end + 1));
        at = end;
      }
    }
    return (this.heads = heads);
  }
}

/** A sorted list of "word<tab>value" entries, one a line: the value of a word. */
export class SortedWordMap extends SortedWords {
  constructor(list: string) {
    super(list, '\n', '\t');
  }

  /** Values found so far (null: not in the list): a run asks about the same few thousand words again and again. */
  private readonly values = new Map<string, string | null>();

  get(word: string): string | undefined {
    let value = this.values.get(word);
    if (value === undefined) {
      value = this.find(word);
      remember(this.values, word, value);
    }
    return value ?? undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  private find(word: string): string | null {
    const block = this.blockOf(word);
    if (block === undefined) return null;
    const at = block.indexOf(this.separator + word + this.valueMark);
    if (at < 0) return null;
    const from = at + word.length + 2;
    return block.slice(from, block.indexOf(this.separator, from));
  }
}

/** Keeps an answer; a bounded memory keeps hostile inputs from growing it without limit. */
export function remember<T>(memory: Map<string, T>, word: string, answer: T): void {
  if (memory.size > 50000) memory.clear();
  memory.set(word, answer);
}

/**
 * Membership by a test on words, each answer remembered: a run asks about the same few thousand words
 * again and again, and a search costs more than a lookup.
 */
export class WordTest {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly test: (word: string) => boolean) {}

  has(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.test(word);
      remember(this.answers, word, answer);
    }
    return answer;
  }
}
