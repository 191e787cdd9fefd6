import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { adoptPageStyles, LocaleController, tokens, toText } from '@civic-elements/core';
import { findCurrent } from './current-link.js';
import { columnNavLightStyles } from './column-nav.light.styles.js';
import { columnNavStyles } from './column-nav.styles.js';
import { columnNavStrings, type ColumnNavStrings } from './strings.js';

// At this width and below the list goes behind the disclosure (the container queries in the
// styles say the same).
const NARROW_EM = 30;

/**
 * The portal's column (section) navigation. The links are ordinary light-DOM children, so the
 * navigation works as plain HTML before and without JavaScript; the element adds the landmark,
 * marks the current column, and on narrow containers (30em or less) puts the list behind a native
 * disclosure (`<details>`), which works before and without JavaScript. The layout follows the
 * element's own width through CSS container queries, so server-rendered pages are laid out right
 * from the first paint. Where container queries are missing the list simply stays open: the
 * links never depend on a script or on the newest CSS to be seen.
 *
 * @element civic-column-nav
 *
 * @slot - A list (`<ul>`) of links, one per column.
 *
 * @csspart nav - The `navigation` landmark.
 * @csspart disclosure - The `<details>` of the toggle; a closed one on narrow layouts hides the list after it.
 * @csspart toggle - The `<summary>` that opens and closes the list on narrow layouts.
 * @csspart list - The wrapper around the slotted list.
 *
 * @cssprop [--civic-column-nav-link-color=var(--civic-color-link)] - Link and button colour.
 * @cssprop [--civic-column-nav-current-color=var(--civic-color-accent)] - Bar under the current column.
 * @cssprop [--civic-column-nav-toggle-background=var(--civic-color-surface)] - Background of the disclosure button.
 * @cssprop [--civic-focus-color=var(--civic-color-focus)] - Focus outline colour.
 */
export class ColumnNav extends LitElement {
  /** @internal */
  static override get styles() {
    return [tokens, columnNavStyles];
  }

  /** @internal */
  static override get properties() {
    return {
      current: {},
      narrow: { type: Boolean, reflect: true },
      strings: {},
    };
  }

  /** Path or URL of the page being shown. Default: the page's own path. */
  current: string | null = null;

  /** True while the layout is narrow and the list sits behind the toggle. Set by the element, for styling. */
  narrow = false;

  /**
   * Replaces built-in strings on this instance, by name: `{ "label": "Sections" }`. As an
   * attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<ColumnNavStrings> | string | null = null;

  #i18n = new LocaleController(this, columnNavStrings);
  #resizeObserver?: ResizeObserver;
  #mutationObserver?: MutationObserver;
  #markFrame = 0;
  #wasNarrow?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyles(this, columnNavLightStyles);
    this.addEventListener('keydown', this.#onKeydown);
    // Links may arrive one by one (a CMS streaming them in): mark once per frame, not per link.
    this.#mutationObserver = new MutationObserver(() => {
      cancelAnimationFrame(this.#markFrame);
      this.#markFrame = requestAnimationFrame(this.#markCurrent);
    });
    this.#mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    // A frame later: opening the disclosure changes the element's size, which must not happen
    // inside the observer's own callback.
    this.#resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.#updateLayout()));
    this.#resizeObserver.observe(this);
    this.#markCurrent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
    this.#mutationObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#markFrame);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('current')) this.#markCurrent();
  }

  protected override render(): TemplateResult {
    const text = this.#i18n.strings(this.strings);
    return html`
      <nav part="nav" aria-label=${text.label}>
        <details part="disclosure">
          <summary part="toggle">
            <span class="chevron" aria-hidden="true"></span>
            <span>${text.toggle}</span>
          </summary>
        </details>
        <div part="list"><slot @slotchange=${this.#markCurrent}></slot></div>
      </nav>
    `;
  }

  /** The light-DOM links, in document order. */
  get #links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  get #details(): HTMLDetailsElement | null | undefined {
    return this.shadowRoot?.querySelector('details');
  }

  #markCurrent = (): void => {
    if (!this.isConnected) return;
    const links = this.#links;
    const match = findCurrent(links, toText(this.current) || location.href, document.baseURI);
    // Our own attribute writes must not wake the observer.
    this.#mutationObserver?.takeRecords();
    for (const link of links) {
      const value = match?.link === link ? match.kind : null;
      if (link.getAttribute('aria-current') === value) continue;
      if (value) link.setAttribute('aria-current', value);
      else link.removeAttribute('aria-current');
    }
  };

  /** Reflects `narrow`; wide again, the disclosure closes so the next narrow layout starts closed. */
  #updateLayout(): void {
    const width = this.clientWidth;
    if (width === 0) return;
    const details = this.#details;
    const narrow = width <= NARROW_EM * (parseFloat(getComputedStyle(this).fontSize) || 16);
    if (!details || narrow === this.#wasNarrow) return;
    this.#wasNarrow = this.narrow = narrow;
    if (!narrow) details.open = false;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const details = this.#details;
    if (event.key !== 'Escape' || !this.narrow || !details?.open) return;
    details.open = false;
    details.querySelector('summary')!.focus();
  };
}
