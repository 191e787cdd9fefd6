// The aids' page rules (reading-tools.css) for a page that has not linked the file: loaded by the
// panel with import() only when the page lacks them and an aid that needs them is in use, so a
// page that links the file, or uses no such aid, never fetches this module or its rules.
import { readingToolsCss } from './page-sheet.js';

/**
 * @internal
 * Adopts the rules into `document` unless it has them: a constructable stylesheet, so no `<style>`
 * element and no inline style, and a strict Content-Security-Policy holds. Relative URLs in it (the
 * large cursor's images) resolve beside this module, as they would beside the file. An engine
 * without constructable stylesheets (Safari before 16.4) gets the file linked from beside this
 * module instead, as every engine did before.
 */
export function adoptPageSheet(document: Document): void {
  // The rules' own custom property says they are there: linked by the page, adopted by another
  // element or another copy of the package. A link of ours may still be loading.
  if (
    getComputedStyle(document.documentElement).getPropertyValue('--civic-reading-tools-stylesheet') ||
    document.querySelector('link[data-civic-reading-tools]')
  )
    return;
  try {
    // The document's own constructor: a sheet adopts only into the document it was made for.
    const sheet = new (document.defaultView as typeof globalThis).CSSStyleSheet();
    // Made absolute here: engines ignore the constructor's baseURL and resolve against the page.
    sheet.replaceSync(
      readingToolsCss.replace(
        /url\('([^']+)'\)/g,
        (_, file: string) => `url('${new URL(file, import.meta.url)}')`,
      ),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./reading-tools.css', import.meta.url).href;
    link.dataset.civicReadingTools = '';
    document.head.append(link);
  }
}
