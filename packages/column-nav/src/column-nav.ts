import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '@civic-elements/internal/nearest-lang.js';
import { findCurrent } from './current-link.js';
import { columnNavLightStyles } from './column-nav.light.styles.js';
import { columnNavStyles } from './column-nav.styles.js';

const strings = {
  en: { label: 'Columns', toggle: 'Columns', separator: ': ' },
  zh: { label: '栏目', toggle: '栏目', separator: '：' },
};

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

  /** Accessible name of the navigation landmark. Default "Columns" / "栏目". */
  @property()
  label: string | null = null;

  /** Visible text of the disclosure button on narrow layouts. Default "Columns" / "栏目". */
  @property({ attribute: 'toggle-label' })
  toggleLabel: string | null = null;

  /** Path or URL of the page being shown. Default: the page's own path. */
  @property()
  current: string | null = null;

  /** True while the layout is narrow and the list sits behind the button. Set by the element. */
  @property({ type: Boolean, reflect: true })
  narrow = false;

  @state()
  private expanded = false;

  @state()
  private currentName = '';

  private readonly i18n = new LangController(this);
  private resizeObserver?: ResizeObserver;
  private mutationObserver?: MutationObserver;
  private layoutFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptLightStyles();
    this.addEventListener('keydown', this.onKeydown);
    this.mutationObserver = new MutationObserver(() => this.markCurrent());
    this.mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    // Deciding the layout changes the element's size: wait a frame so the observer never loops.
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.layoutFrame);
      this.layoutFrame = requestAnimationFrame(() => this.updateLayout());
    });
    this.resizeObserver.observe(this);
    this.markCurrent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.layoutFrame);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // `current` is in the first update's changes too (its initializer sets it), so this also
    // fills in the render state markCurrent holds back until the first render.
    if (changed.has('current')) this.markCurrent();
  }

  protected override render() {
    const text = this.i18n.strings(strings, { label: this.label, toggle: this.toggleLabel });
    return html`
      <nav part="nav" aria-label=${text.label}>
        <button
          part="toggle"
          type="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="list"
          ?hidden=${!this.narrow}
          @click=${this.onToggle}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span
            >${text.toggle}${
              this.currentName
                ? html`${text.separator}<span part="toggle-current">${this.currentName}</span>`
                : nothing
            }</span
          >
        </button>
        <div part="list" id="list" class=${this.narrow && !this.expanded ? 'closed' : 'open'}>
          <slot @slotchange=${this.markCurrent}></slot>
        </div>
      </nav>
    `;
  }

  /** The light-DOM links, in document order. */
  private get links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  private adoptLightStyles(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = columnNavLightStyles.styleSheet;
    if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private markCurrent = (): void => {
    if (!this.isConnected) return;
    const links = this.links;
    const match = findCurrent(links, this.current || location.href, document.baseURI);
    // Our own attribute writes must not wake the observer into a loop.
    this.mutationObserver?.takeRecords();
    for (const link of links) {
      const value = match?.link === link ? match.kind : null;
      if (link.getAttribute('aria-current') === value) continue;
      if (value) link.setAttribute('aria-current', value);
      else link.removeAttribute('aria-current');
    }
    // State that changes the rendering waits for the first render: a server-rendered element
    // hydrates on it, and hydration assumes the server's output.
    if (!this.hasUpdated) return;
    this.currentName = match?.link.textContent?.trim() ?? '';
    this.updateLayout();
  };

  /** Narrow when the links would need more than two rows, or the element is simply too small. */
  private updateLayout(): void {
    const width = this.clientWidth;
    if (width === 0 || !this.hasUpdated) return;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    // Each link keeps its own width in both layouts; the list's gap is 0.5em.
    const natural = this.links.reduce((sum, link) => sum + link.getBoundingClientRect().width + 0.5 * em, 0);
    // Open on a narrow layout the links are stacked, so a row cannot be measured: stay narrow.
    const stackedOpen = this.narrow && this.expanded;
    const narrow = width < MIN_WIDE_EM * em || stackedOpen || natural > 2 * width;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      if (!narrow) this.expanded = false;
    }
  }

  private onToggle(): void {
    this.expanded = !this.expanded;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.narrow || !this.expanded) return;
    this.expanded = false;
    this.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]')?.focus();
  };
}
