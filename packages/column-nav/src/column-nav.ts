import { html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  jsonAttribute,
  LocaleController,
  type BuiltInStrings,
  type ElementStrings,
} from '@civic-elements/core';
import { findCurrent } from './current-link.js';
import { columnNavLightStyles } from './column-nav.light.styles.js';
import { columnNavStyles } from './column-nav.styles.js';

type ColumnNavStrings = BuiltInStrings['civic-column-nav'];

// Below this width a row of links is too cramped whatever they say.
const MIN_WIDE_EM = 18;

/**
 * The portal's column (section) navigation. The links are ordinary light-DOM children, so the
 * navigation works as plain HTML before and without JavaScript; the element adds the landmark,
 * marks the current column, and on narrow containers puts the list behind a disclosure button.
 *
 * @element civic-column-nav
 *
 * @slot - A list (`<ul>`) of links, one per column.
 *
 * @csspart nav - The `navigation` landmark.
 * @csspart toggle - The disclosure button shown on narrow layouts.
 * @csspart toggle-current - The current column's name inside the button.
 * @csspart list - The wrapper around the slotted list.
 *
 * @cssprop [--civic-column-nav-link-color=#1d3f6e] - Link and button colour.
 * @cssprop [--civic-column-nav-current-color=#9e1b1b] - Bar under the current column.
 * @cssprop [--civic-column-nav-toggle-background=#fff] - Background of the disclosure button.
 * @cssprop [--civic-focus-color=#0b0c0c] - Focus outline colour.
 */
export class ColumnNav extends LitElement {
  /** @internal */
  static override styles = columnNavStyles;

  /** @internal */
  static override properties = {
    current: {},
    narrow: { type: Boolean, reflect: true },
    strings: { converter: jsonAttribute },
    _expanded: { state: true, attribute: false },
    _currentName: { state: true, attribute: false },
  };

  /** Path or URL of the page being shown. Default: the page's own path. */
  current: string | null = null;

  /** True while the layout is narrow and the list sits behind the button. Set by the element. */
  narrow = false;

  /**
   * Replaces built-in strings on this instance, by name: `{ "label": "Sections" }`. As an
   * attribute, JSON. The names are listed under "Strings".
   */
  strings: ElementStrings<'civic-column-nav'> | null = null;

  private _expanded = false;
  private _currentName = '';

  #i18n = new LocaleController<ColumnNavStrings>(this, 'civic-column-nav');
  #resizeObserver?: ResizeObserver;
  #mutationObserver?: MutationObserver;
  #layoutFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adoptLightStyles();
    this.addEventListener('keydown', this.#onKeydown);
    this.#mutationObserver = new MutationObserver(() => this.#markCurrent());
    this.#mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    // Deciding the layout changes the element's size: wait a frame so the observer never loops.
    this.#resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.#layoutFrame);
      this.#layoutFrame = requestAnimationFrame(() => this.#updateLayout());
    });
    this.#resizeObserver.observe(this);
    this.#markCurrent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
    this.#mutationObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#layoutFrame);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // `current` is in the first update's changes too (its initializer sets it), so this also
    // fills in the render state markCurrent holds back until the first render.
    if (changed.has('current')) this.#markCurrent();
  }

  protected override render() {
    const text = this.#i18n.strings(this.strings);
    return html`
      <nav part="nav" aria-label=${text.label}>
        <button
          part="toggle"
          type="button"
          aria-expanded=${this._expanded ? 'true' : 'false'}
          aria-controls="list"
          ?hidden=${!this.narrow}
          @click=${this.#onToggle}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span
            >${text.toggle}${
              this._currentName
                ? html`${text.separator}<span part="toggle-current">${this._currentName}</span>`
                : nothing
            }</span
          >
        </button>
        <div part="list" id="list" class=${this.narrow && !this._expanded ? 'closed' : 'open'}>
          <slot @slotchange=${this.#markCurrent}></slot>
        </div>
      </nav>
    `;
  }

  /** The light-DOM links, in document order. */
  get #links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  #adoptLightStyles(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = columnNavLightStyles.styleSheet;
    if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  #markCurrent = (): void => {
    if (!this.isConnected) return;
    const links = this.#links;
    const match = findCurrent(links, this.current || location.href, document.baseURI);
    // Our own attribute writes must not wake the observer into a loop.
    this.#mutationObserver?.takeRecords();
    for (const link of links) {
      const value = match?.link === link ? match.kind : null;
      if (link.getAttribute('aria-current') === value) continue;
      if (value) link.setAttribute('aria-current', value);
      else link.removeAttribute('aria-current');
    }
    // State that changes the rendering waits for the first render: a server-rendered element
    // hydrates on it, and hydration assumes the server's output.
    if (!this.hasUpdated) return;
    this._currentName = match?.link.textContent?.trim() ?? '';
    this.#updateLayout();
  };

  /** Narrow when the links would need more than two rows, or the element is simply too small. */
  #updateLayout(): void {
    const width = this.clientWidth;
    if (width === 0 || !this.hasUpdated) return;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    // Each link keeps its own width in both layouts; the list's gap is 0.5em.
    const natural = this.#links.reduce((sum, link) => sum + link.getBoundingClientRect().width + 0.5 * em, 0);
    // Open on a narrow layout the links are stacked, so a row cannot be measured: stay narrow.
    const stackedOpen = this.narrow && this._expanded;
    const narrow = width < MIN_WIDE_EM * em || stackedOpen || natural > 2 * width;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      if (!narrow) this._expanded = false;
    }
  }

  #onToggle(): void {
    this._expanded = !this._expanded;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.narrow || !this._expanded) return;
    this._expanded = false;
    this.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]')?.focus();
  };
}
