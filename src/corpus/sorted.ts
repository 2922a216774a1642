/**
 * The index of the first item whose position is at or after `at`, in a list sorted by position (a binary
 * search; the list's length when there is none). Mentions, places and tokens are kept in text order.
 */
export function firstAtOrAfter<T>(items: readonly T[], at: number, positionOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the last string not after `key` in a sorted list of strings (-1 when every one is after it): the
 * block of a sorted word table that would hold `key`, found from the blocks' first words.
 */
export function lastNotAfter(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
