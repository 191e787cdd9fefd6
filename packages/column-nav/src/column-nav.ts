import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { adoptPageStyles, LocaleController, tokens, toText } from '@civic-elements/core';
import { ColumnNavBehaviour } from './column-nav.behaviour.js';
import { columnNavLightStyles } from './column-nav.light.styles.js';
import { columnNavStyles } from './column-nav.styles.js';
import { columnNavStrings, type ColumnNavStrings } from './strings.js';

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

  /**
   * True while the layout is narrow and the list sits behind the toggle. Set by the element, for styling.
   * @readonly
   */
  narrow = false;

  /**
   * Replaces built-in strings on this instance, by name: `{ "label": "Sections" }`. As an
   * attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<ColumnNavStrings> | string | null = null;

  #i18n = new LocaleController(this, columnNavStrings);
  #behaviour = new ColumnNavBehaviour(this, {
    current: () => toText(this.current),
    setNarrow: (narrow) => (this.narrow = narrow),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyles(this, columnNavLightStyles);
    this.#behaviour.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#behaviour.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('current')) this.#behaviour.markCurrent();
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
        <div part="list"><slot @slotchange=${this.#behaviour.markCurrent}></slot></div>
      </nav>
    `;
  }
}
