import { unsafeCSS, type CSSResult } from 'lit';

const adopted = new WeakMap<Node, Set<CSSResult>>();

/**
 * Adds `styles` to the document or shadow root that holds `element`, once per root: for light-DOM
 * markup an element lays out (the HTML-first forms, the column nav's list), so a page that did
 * not link the package's stylesheet still gets it. Engines without constructable stylesheets
 * (Safari before 16.4) get a `<style>` element, with Lit's nonce when the page set one.
 */
export function adoptPageStyles(element: Element, styles: CSSResult): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const done = adopted.get(root) ?? new Set<CSSResult>();
  if (done.has(styles) || !(root instanceof Document || root instanceof ShadowRoot)) return;
  done.add(styles);
  adopted.set(root, done);
  const sheet = styles.styleSheet;
  if (sheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = element.ownerDocument.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  (root instanceof Document ? root.head : root).append(style);
}

/**
 * The shadow root's copy of styles written for the page as `:where(tag) …`: the element itself
 * becomes `:host`, and `:where(tag) ` before a descendant is dropped. So an element's light-DOM
 * (HTML-first) form and its shadow-rendered form share one set of rules.
 */
export function shadowStylesFrom(pageStyles: CSSResult, tag: string): CSSResult {
  const scope = `:where\\(${tag}\\)`;
  return unsafeCSS(
    pageStyles.cssText
      // The element itself: the end of a selector (before "{" or ",").
      .replace(new RegExp(`${scope}(?=\\s*[{,])`, 'g'), ':host')
      // The scope before a descendant.
      .replace(new RegExp(`${scope}\\s+`, 'g'), ''),
  );
}
