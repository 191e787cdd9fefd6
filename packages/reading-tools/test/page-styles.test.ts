// The aids on a page that neither links nor serves reading-tools.css: the element adopts the
// rules into the document, once, from a module it fetches only when an aid needs them, and not at
// all when the page linked the file itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { roleAndName } from '@civic-elements/tooling/testing/browser.js';
import type { ReadingTools } from '../src/index.js';
import '../src/index.js';

let keyCount = 0;

const freshKey = () => `civic-page-styles-${Date.now()}-${keyCount++}`;

async function toolsFor(key = freshKey()) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <civic-reading-tools for="article" storage-key=${key}></civic-reading-tools>
      <article id="article" style="font-size: 20px">
        <p>The library opens late on Thursdays through the winter.</p>
        <p>Bring your card to borrow from the new reading room.</p>
      </article>
    </div>
  `);
  const el = wrapper.querySelector<ReadingTools>('civic-reading-tools')!;
  await el.updateComplete;
  return { el, article: wrapper.querySelector<HTMLElement>('#article')! };
}

async function choose(el: ReadingTools, groupName: string, option: string) {
  const root = el.shadowRoot!;
  if (!root.querySelector('[part="panel"]')) {
    root.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => root.querySelector('[part="panel"]'), 'the panel loads', { timeout: 10000 });
    await el.updateComplete;
  }
  for (const fieldset of root.querySelectorAll<HTMLElement>('fieldset, [role="group"]')) {
    if ((await roleAndName(fieldset)).name !== groupName) continue;
    const label = [...fieldset.querySelectorAll('label')].find((l) => l.textContent!.trim() === option);
    label!.click();
    await el.updateComplete;
    return;
  }
  throw new Error(`no group ${groupName}`);
}

const hasRules = (sheet: CSSStyleSheet) => {
  try {
    return [...sheet.cssRules].some((rule) => rule.cssText.includes('data-civic-line-spacing'));
  } catch {
    return false;
  }
};

/**
 * How many copies of the rules the document has: adopted sheets and linked files (WebKit lists
 * adopted sheets in `document.styleSheets` too: each sheet counts once).
 */
const copies = () =>
  [...new Set([...document.adoptedStyleSheets, ...document.styleSheets])].filter(hasRules).length;

/** The requests this page made for the module that carries the rules (../src/adopt-page-sheet.ts). */
const sheetRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => /\/reading-tools\/src\/(adopt-)?page-sheet\./.test(entry.name)).length;

afterEach(() => {
  for (const name of ['data-civic-colours', 'data-civic-cursor', 'data-civic-line-spacing']) {
    document.documentElement.removeAttribute(name);
  }
  // Each test starts from a page without the rules (the module stays loaded).
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !hasRules(sheet));
});

// First: until a test needs the rules, this page has never fetched them.
describe('with reading-tools.css linked by the page', () => {
  it('adds no second copy of the rules and never fetches them', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../src/reading-tools.css?linked-by-page', import.meta.url).href;
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    const { el, article } = await toolsFor();
    await choose(el, 'Line spacing', '2');
    await choose(el, 'Colours', 'High contrast dark');
    expect(getComputedStyle(article.querySelector('p')!).lineHeight).to.equal('40px');
    expect(copies()).to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(0);
    expect(sheetRequests()).to.equal(0);
    link.remove();
  });
});

describe('with no reading-tools.css served', () => {
  // Where the element used to link the file from beside its module, nothing is served, as when a
  // bundler did not copy it (an address of its own, so no other test file finds a failed load in
  // the cache).
  const append = HTMLHeadElement.prototype.append;
  before(() => {
    HTMLHeadElement.prototype.append = function (...nodes: (Node | string)[]) {
      for (const node of nodes) {
        if (node instanceof HTMLLinkElement && node.hasAttribute('data-civic-reading-tools')) {
          node.href = new URL('/not-served/reading-tools.css', location.href).href;
        }
      }
      return append.apply(this, nodes);
    };
  });
  after(() => {
    HTMLHeadElement.prototype.append = append;
  });

  it('fetches the rules only once an aid that needs them is chosen', async () => {
    const { el } = await toolsFor();
    await choose(el, 'Reading guide', 'On');
    await choose(el, 'Speed', '1.5×');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sheetRequests()).to.equal(0);
    await choose(el, 'Line spacing', '2');
    await waitUntil(() => sheetRequests() > 0, 'the rules are fetched', { timeout: 5000 });
  });

  it('line spacing 2 doubles the line height of a paragraph', async () => {
    const { el, article } = await toolsFor();
    const p = article.querySelector('p')!;
    await choose(el, 'Line spacing', '2');
    await waitUntil(() => getComputedStyle(p).lineHeight === '40px', 'line height 40px', { timeout: 5000 });
    expect(copies()).to.equal(1);
  });

  it('a high-contrast scheme changes the computed colours, with one copy of the rules', async () => {
    const { el, article } = await toolsFor();
    const p = article.querySelector('p')!;
    await choose(el, 'Colours', 'High contrast dark');
    await waitUntil(() => getComputedStyle(p).color === 'rgb(255, 255, 255)', 'white text', {
      timeout: 5000,
    });
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(0, 0, 0)');
    await choose(el, 'Line spacing', '1.5');
    expect(copies()).to.equal(1);
  });

  it('applies a remembered scheme when the page loads, with the panel closed', async () => {
    const key = freshKey();
    localStorage.setItem(key, JSON.stringify({ colours: 'light' }));
    try {
      const { el, article } = await toolsFor(key);
      const p = article.querySelector('p')!;
      document.documentElement.style.color = 'rgb(80, 80, 80)';
      await waitUntil(() => getComputedStyle(p).color === 'rgb(0, 0, 0)', 'black text', { timeout: 5000 });
      expect(el.open).to.equal(false);
      expect(copies()).to.equal(1);
    } finally {
      localStorage.removeItem(key);
      document.documentElement.style.removeProperty('color');
    }
  });

  it("resolves the large cursor's images beside the module, as beside the file", async () => {
    const { el } = await toolsFor();
    await choose(el, 'Cursor', 'Large');
    const cursor = () => getComputedStyle(document.documentElement).cursor;
    await waitUntil(() => cursor().includes('url('), 'a cursor image', { timeout: 5000 });
    expect(cursor()).to.include(new URL('../src/large-cursor.svg', import.meta.url).href);
  });
});
