/**
 * Runs `work` in a task after the next frame has been painted (a frame callback, then a task), so
 * a long task of enhancement never stands between the parsed page and its first paint.
 */
export function afterFirstPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}
