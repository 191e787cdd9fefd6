// Target size: every control outside running text is at least 44 × 44 CSS px (WCAG 2.5.5, which
// the portal holds itself to for its elderly readers), on every built page at 320 and 1280 px.
// Links inside a sentence may be smaller (the inline exception of 2.5.8): a link is inline when
// its block has words of its own beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePaths, useBuiltSite } from './built-site.mjs';

/** In the page: every visible control under 44 px in either dimension, by name and size. */
function smallTargets() {
  const MIN = 44 - 0.5;
  const controls = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (
        element.matches('a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])')
      )
        controls.push(element);
    }
  };
  visit(document);
  // A link with words of its own beside it in its block is part of a sentence.
  const inline = (element) => {
    if (element.localName !== 'a') return false;
    const block = element.parentElement?.closest('p, li, dd, td, th, figcaption, blockquote');
    if (!block) return false;
    const own = [...block.childNodes].some((node) => node.nodeType === 3 && /\p{L}/u.test(node.data));
    return own && block.textContent.trim() !== element.textContent.trim();
  };
  const small = [];
  for (const control of controls) {
    const rect = control.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue; // not rendered (closed panel, hidden)
    const style = getComputedStyle(control);
    if (style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) continue;
    if (inline(control)) continue;
    if (rect.width < MIN || rect.height < MIN) {
      const name = (control.getAttribute('aria-label') || control.textContent).replace(/\s+/g, ' ').trim();
      small.push(
        `<${control.localName}> "${name.slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
      );
    }
  }
  return small;
}

const site = useBuiltSite();

for (const width of [320, 1280]) {
  for (const javaScript of [true, false]) {
    test(`every control outside running text is at least 44 × 44 px at ${width} px, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context = await site.browser.newContext({
        viewport: { width, height: 900 },
        javaScriptEnabled: javaScript,
      });
      const page = await context.newPage();
      const found = [];
      for (const path of await pagePaths()) {
        await page.goto(site.base + path);
        await page.waitForLoadState('load');
        if (javaScript)
          await page.waitForSelector(
            'civic-reading-tools[data-load-on-use], html:not(:has(civic-reading-tools))',
            {
              state: 'attached',
            },
          );
        for (const target of await page.evaluate(smallTargets)) found.push(`${path}: ${target}`);
      }
      await context.close();
      assert.deepEqual(found, []);
    });
  }
}
