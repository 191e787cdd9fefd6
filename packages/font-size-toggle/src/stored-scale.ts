// Reading and writing the chosen scale. Storage can throw (blocked cookies, private modes, full
// quota): then the choice lives in memory for the rest of the page's life.

const inMemory = new Map<string, string>();

/** A stored value as a scale; undefined for nothing stored and for anything that is not a number. */
export function parseScale(raw: string | null | undefined): number | undefined {
  const value = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

export function readStoredScale(key: string): number | undefined {
  try {
    return parseScale(localStorage.getItem(key));
  } catch {
    return parseScale(inMemory.get(key));
  }
}

export function writeStoredScale(key: string, value: number): void {
  inMemory.set(key, String(value));
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // Kept in memory above.
  }
}
