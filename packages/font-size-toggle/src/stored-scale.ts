// Reading and writing the chosen scale. Storage can throw (blocked cookies, private modes, full
// quota): then the choice lives in memory for the rest of the page's life.

const inMemory = new Map<string, string>();

export function readStoredScale(key: string): number | undefined {
  let raw: string | null | undefined;
  try {
    raw = localStorage.getItem(key);
  } catch {
    raw = inMemory.get(key);
  }
  if (raw == null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export function writeStoredScale(key: string, value: number): void {
  inMemory.set(key, String(value));
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // Kept in memory above.
  }
}
