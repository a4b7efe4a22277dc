/**
 * The value with the greatest total weight (a weighted mode), or null when there is none.
 * Ties go to the value `wins` prefers; without it, to the first seen.
 */
export function heaviest<T>(weighted: Iterable<readonly [T, number]>, wins?: (a: T, b: T) => boolean): T | null {
  const totals = new Map<T, number>();
  for (const [v, w] of weighted) totals.set(v, (totals.get(v) ?? 0) + w);
  let best: T | null = null;
  let most = -Infinity;
  for (const [v, w] of totals) {
    if (w > most || (w === most && best !== null && wins?.(v, best))) [best, most] = [v, w];
  }
  return best;
}

/** The most frequent value (ties as in `heaviest`), or null. */
export function mostCommon<T>(values: Iterable<T>, wins?: (a: T, b: T) => boolean): T | null {
  return heaviest([...values].map((v) => [v, 1] as const), wins);
}
