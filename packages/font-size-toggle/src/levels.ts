// The scale levels and their cleaning, shared by the element and the pre-paint restore script.

export const DEFAULT_LEVELS: readonly number[] = [1, 1.25, 1.5];
export const DEFAULT_STORAGE_KEY = 'civic-font-size';
const MIN_LEVEL = 0.75;
const MAX_LEVEL = 3;
/** More buttons than this help nobody, and a runaway list would take the page down with it. */
export const MAX_LEVELS = 8;

/** A scale from outside (storage, another toggle) as applied: 0.75–3; not a number gives 1. */
export const clampScale = (value: number): number =>
  Number.isFinite(value) ? Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, value)) : 1;

/** The items of a `levels` value as given: an array, or the comma-separated parts of a string. */
export function levelItems(input: unknown): unknown[] {
  const items = Array.isArray(input) ? input : typeof input === 'string' ? input.split(',') : [];
  return items.filter((item) => typeof item !== 'string' || item.trim() !== '');
}

/**
 * Cleans a list of levels: numbers only, clamped to 0.75–3, unique, the first eight, ascending;
 * else the default.
 */
export function normalizeLevels(input: unknown): number[] {
  const levels = new Set<number>();
  for (const item of levelItems(input)) {
    const level = typeof item === 'number' || typeof item === 'string' ? Number(item) : NaN;
    if (Number.isFinite(level)) levels.add(clampScale(level));
    if (levels.size === MAX_LEVELS) break;
  }
  return levels.size > 0 ? [...levels].sort((a, b) => a - b) : [...DEFAULT_LEVELS];
}

/** A stored size (from storage or another toggle) as applied; undefined when it is not a number. */
export const storedScale = (value: unknown): number | undefined =>
  typeof value === 'number' ? clampScale(value) : undefined;

export function nearestLevel(value: number, levels: readonly number[]): number {
  const wanted = Number.isFinite(value) ? value : 1;
  // Levels ascend, so on a tie the larger level wins: the reader asked for at least that much.
  return levels.reduce((best, level) => (Math.abs(level - wanted) <= Math.abs(best - wanted) ? level : best));
}
