// Orderings for deterministic output. Code-unit comparison, not localeCompare: the result
// must not depend on the machine's locale or ICU version.

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** null sorts before any string. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareStrings(a, b);
}

/** Compares by each key in turn. */
export function compareByKeys<T>(...keys: ((item: T) => string | null)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareNullable(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}
