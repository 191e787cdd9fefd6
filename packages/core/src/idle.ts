/**
 * Calls `callback` once the page has been idle after the current task: for development warnings
 * about missing content, which must give a framework the chance to set an element's properties
 * after it upgraded (React, Vue and Angular set them a task or more after the element connects).
 */
export function afterIdle(callback: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options: object) => void })
    .requestIdleCallback;
  if (idle) idle(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}
