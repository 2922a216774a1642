/**
 * Membership in a long sorted word list kept as the one '|'-separated string generated at build time
 * ("aardvark|aback|..."). Building a Set of tens of thousands of words costs tens of milliseconds on every
 * start, for the few thousand distinct words a run looks up; here the list is cut into blocks of about
 * BLOCK characters on first use, a lookup finds its block by binary search over the blocks' first words
 * and searches that block's text. The list must be sorted in code-unit order (Array.prototype.sort's
 * default), the order of JavaScript's string comparison.
 */
const BLOCK = 512;

export class SortedWords {
  private readonly list: string;
  /** First word of each block. */
  private heads: string[] | undefined;
  /** Each block's text with the bars on both sides: "|word|word|...|word|". */
  private blocks: string[] = [];

  constructor(sorted: string) {
    this.list = sorted;
  }

  has(word: string): boolean {
    const heads = this.heads ?? this.index();
    // The last block whose first word is not after the word.
    let lo = 0;
    let hi = heads.length - 1;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (heads[mid]! <= word) {
        block = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return block >= 0 && word.indexOf('|') < 0 && this.blocks[block]!.includes(`|${word}|`);
  }

  private index(): string[] {
    const heads: string[] = [];
    if (this.list) {
      const list = `|${this.list}|`;
      // `at` is the bar before a block's first word; the block ends at the first bar BLOCK characters on.
      for (let at = 0; at < list.length - 1; ) {
        const headEnd = list.indexOf('|', at + 1);
        heads.push(list.slice(at + 1, headEnd));
        let end = list.indexOf('|', Math.max(at + BLOCK, headEnd));
        if (end < 0) end = list.length - 1;
        this.blocks.push(list.slice(at, end + 1));
        at = end;
      }
    }
    return (this.heads = heads);
  }
}
