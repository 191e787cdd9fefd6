// Functions that run inside the page under test (their source is sent over the DevTools
// protocol), written for the oldest engine: no syntax newer than Chromium 80 parses.

/**
 * Every piece of text the reader can see, in the order it is rendered: the composed tree (shadow
 * roots and what their slots show), each text node with a box of at least 2×2 px (so visually
 * hidden text does not count) that is not `visibility: hidden`. `skip` is a selector whose
 * elements (controls that only work with JavaScript) are left out.
 */
export function visibleTexts(skip) {
  const texts = [];
  const range = document.createRange();
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      if (!text || getComputedStyle(node.parentElement).visibility === 'hidden') return;
      range.selectNodeContents(node);
      const seen = Array.from(range.getClientRects()).some((rect) => rect.width >= 2 && rect.height >= 2);
      if (seen) texts.push(text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (/^(SCRIPT|STYLE|TEMPLATE|HEAD|TITLE)$/.test(node.tagName)) return;
      if (skip && node.matches(skip)) return;
      if (node.tagName === 'SLOT') {
        const assigned = node.assignedNodes({ flatten: true });
        (assigned.length ? assigned : Array.from(node.childNodes)).forEach(visit);
        return;
      }
      if (node.shadowRoot) {
        Array.from(node.shadowRoot.childNodes).forEach(visit);
        return;
      }
    }
    Array.from(node.childNodes).forEach(visit);
  };
  visit(document.body);
  return texts;
}

/** The centre of the element `path` finds (selectors, each inside the previous one's shadow root). */
export function centreOf(path) {
  let scope = document;
  let element = null;
  for (const selector of path) {
    const matches = (scope.shadowRoot || scope).querySelectorAll(selector.replace(/:last$/, ''));
    element = selector.endsWith(':last') ? matches[matches.length - 1] : matches[0];
    if (!element) return null;
    scope = element;
  }
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The computed font size, in px, of the first element `selector` finds. */
export function fontSizeOf(selector) {
  const element = document.querySelector(selector);
  return element ? parseFloat(getComputedStyle(element).fontSize) : 0;
}

/** Whether the reading tools' panel is open and on screen: a visible dialog in its shadow root. */
export function readingPanelShown() {
  const host = document.querySelector('civic-reading-tools');
  const root = host && host.shadowRoot;
  if (!root) return false;
  const panels = root.querySelectorAll('[role="dialog"], dialog, [part~="panel"]');
  return Array.from(panels).some((panel) => {
    const rect = panel.getBoundingClientRect();
    return rect.width > 50 && rect.height > 50 && getComputedStyle(panel).visibility !== 'hidden';
  });
}

/** The `aria-current` of each of the nav's links, by link text. */
export function navCurrent() {
  const links = document.querySelectorAll('civic-column-nav a');
  const marked = {};
  Array.from(links).forEach((link) => {
    if (link.hasAttribute('aria-current'))
      marked[link.textContent.trim()] = link.getAttribute('aria-current');
  });
  return marked;
}

/**
 * Short Latin words drawn over two or more lines under `selector` (composed tree): a column
 * squeezed narrower than a word, as in "Fr / om:". Long words and Chinese may break on purpose.
 */
export function brokenWords(selector) {
  const broken = [];
  const range = document.createRange();
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Hyphenation breaks words on purpose.
      const parent = node.parentElement || node.parentNode.host;
      if (getComputedStyle(parent).hyphens === 'auto') return;
      const pattern = /[A-Za-z0-9:,.'’]{2,12}/g;
      let match;
      while ((match = pattern.exec(node.data))) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = Array.from(range.getClientRects())
          .filter((rect) => rect.width > 0)
          .map((rect) => Math.round(rect.top));
        if (new Set(tops).size > 1) broken.push(match[0]);
      }
      return;
    }
    if (node.shadowRoot) Array.from(node.shadowRoot.childNodes).forEach(visit);
    Array.from(node.childNodes).forEach(visit);
  };
  Array.from(document.querySelectorAll(selector)).forEach(visit);
  return broken;
}
