/** Reads `heading-level`: whole numbers clamp to 1–6, anything else is 1. */
export function toHeadingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : typeof value === 'string' ? parseInt(value, 10) : NaN;
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 1;
}
