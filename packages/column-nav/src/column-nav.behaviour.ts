// What the nav does in a browser beyond its markup: it marks the current link, reflects whether
// the layout is narrow, and closes the narrow layout's disclosure with Escape and when the layout
// is wide again. Plain DOM, no Lit: <civic-column-nav> runs it, and so can a page that keeps the
// server's declarative shadow root and never defines the element (enhanceColumnNav), with one
// implementation of the behaviour for both.
//
// While the host has `defer-hydration` (the React wrapper renders it on the server, and removes it
// once React has hydrated), the links are left as the server sent them: marking one before React
// compares them with its own rendering is a hydration mismatch. Removing the attribute marks them.
import { findCurrent } from './current-link.js';

// At this width and below the list goes behind the disclosure (the container queries in the
// styles say the same).
const NARROW_EM = 30;

export interface ColumnNavBehaviourOptions {
  /** Path or URL of the page being shown; empty: the document's own URL. */
  current(): string;
  /** Told when the layout turns narrow or wide. */
  setNarrow(narrow: boolean): void;
}

/** The behaviour of one `<civic-column-nav>` host, between `connect()` and `disconnect()`. */
export class ColumnNavBehaviour {
  #host: HTMLElement;
  #options: ColumnNavBehaviourOptions;
  #resizeObserver?: ResizeObserver;
  #mutationObserver?: MutationObserver;
  #markFrame = 0;
  #wasNarrow?: boolean;

  constructor(host: HTMLElement, options: ColumnNavBehaviourOptions) {
    this.#host = host;
    this.#options = options;
  }

  connect(): void {
    const host = this.#host;
    host.addEventListener('keydown', this.#onKeydown);
    // Links may arrive one by one (a CMS streaming them in): mark once per frame, not per link.
    this.#mutationObserver = new MutationObserver(() => {
      cancelAnimationFrame(this.#markFrame);
      this.#markFrame = requestAnimationFrame(this.markCurrent);
    });
    this.#mutationObserver.observe(host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'defer-hydration'],
    });
    // A frame later: opening the disclosure changes the element's size, which must not happen
    // inside the observer's own callback.
    this.#resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.#updateLayout()));
    this.#resizeObserver.observe(host);
    this.markCurrent();
  }

  disconnect(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.#mutationObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#markFrame);
  }

  /** Marks the link of the current page with `aria-current`, and no other (not before hydration). */
  markCurrent = (): void => {
    const host = this.#host;
    if (!host.isConnected || host.hasAttribute('defer-hydration')) return;
    const links = [...host.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const document = host.ownerDocument;
    const match = findCurrent(links, this.#options.current() || document.location.href, document.baseURI);
    // Our own attribute writes must not wake the observer.
    this.#mutationObserver?.takeRecords();
    for (const link of links) {
      const value = match?.link === link ? match.kind : null;
      if (link.getAttribute('aria-current') === value) continue;
      if (value) link.setAttribute('aria-current', value);
      else link.removeAttribute('aria-current');
    }
  };

  get #details(): HTMLDetailsElement | null | undefined {
    return this.#host.shadowRoot?.querySelector('details');
  }

  /** Reports narrow or wide; wide again, the disclosure closes so the next narrow layout starts closed. */
  #updateLayout(): void {
    const host = this.#host;
    const width = host.clientWidth;
    if (width === 0) return;
    const details = this.#details;
    const narrow = width <= NARROW_EM * (parseFloat(getComputedStyle(host).fontSize) || 16);
    if (!details || narrow === this.#wasNarrow) return;
    this.#options.setNarrow((this.#wasNarrow = narrow));
    if (!narrow) details.open = false;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const details = this.#details;
    if (event.key !== 'Escape' || !this.#wasNarrow || !details?.open) return;
    details.open = false;
    details.querySelector('summary')!.focus();
  };
}

/**
 * Runs the nav's behaviour on a server-rendered `<civic-column-nav>` (its declarative shadow root
 * attached) without defining the element, for pages that need no Lit: the current link, the
 * `narrow` attribute, Escape. Returns a function that stops it.
 */
export function enhanceColumnNav(host: HTMLElement): () => void {
  const behaviour = new ColumnNavBehaviour(host, {
    current: () => host.getAttribute('current') ?? '',
    setNarrow: (narrow) => host.toggleAttribute('narrow', narrow),
  });
  behaviour.connect();
  return () => behaviour.disconnect();
}
