import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { adoptPageStyles, afterIdle, LocaleController, safeHref, toText } from '@civic-elements/core';
import {
  articleHeaderContent,
  articleHeaderLightStyles,
  dateText,
  hasContentFields,
} from './article-header.content.js';
import { articleHeaderStyles } from './article-header.styles.js';
import { toHeadingLevel } from './heading-level.js';
import { isTimeZone, parseIsoDate } from './publication-date.js';
import { articleHeaderStrings, type ArticleHeaderStrings } from './strings.js';

const DEPRECATED_UPDATED = 'updated';

/**
 * The top of a government news article: the column it belongs to, its title, and the meta line
 * "From: <office> | Published: <date>" with bylines and room for actions such as the text-size
 * control. Deliberately not a `<header>`, so it never becomes a `banner` landmark.
 *
 * Two forms. The attribute form (`heading`, `source`, `published`…) is for frameworks. The
 * HTML-first form is for CMS templates and servers: with none of those attributes set, the
 * element lays out its own light-DOM markup (a real heading, a `<time>`), which reads in every
 * browser before and without JavaScript; `articleHeaderHtml()` writes that markup.
 *
 * @element civic-article-header
 *
 * @slot - The HTML-first form's content: column, heading and meta line, as in the README.
 * @slot actions - Placed at the end of the meta line: `<civic-font-size-toggle>`, a print or share button.
 *
 * @csspart base - The wrapper of everything.
 * @csspart column - The column (section) name above the title.
 * @csspart column-link - The column link, when `column-href` is safe.
 * @csspart heading - The title, an `h1`–`h6`.
 * @csspart meta - The meta line: items and actions.
 * @csspart meta-item - One item (label and value) of the meta line.
 * @csspart label - The label of a meta item ("From", "Published").
 * @csspart value - The value of a meta item.
 *
 * @cssprop [--civic-article-header-color=var(--civic-color-text)] - Text colour.
 * @cssprop [--civic-article-header-title-color=var(--civic-color-text-strong)] - Title colour.
 * @cssprop [--civic-article-header-title-size=var(--civic-font-size-title)] - Title size, relative to the surrounding text.
 * @cssprop [--civic-article-header-meta-color=var(--civic-color-text-muted)] - Meta line colour.
 * @cssprop [--civic-article-header-accent=var(--civic-color-accent)] - Column name and its bar.
 * @cssprop [--civic-article-header-rule-color=var(--civic-color-rule)] - The rule under the header.
 * @cssprop [--civic-focus-color=var(--civic-color-focus)] - Focus outline colour.
 */
export class ArticleHeader extends LitElement {
  /** @internal */
  static override get styles() {
    return articleHeaderStyles;
  }

  /** @internal */
  static override get properties() {
    return {
      heading: {},
      headingLevel: { attribute: 'heading-level', converter: { fromAttribute: toHeadingLevel } },
      column: {},
      columnHref: { attribute: 'column-href' },
      source: {},
      published: {},
      modified: {},
      timeZone: { attribute: 'time-zone' },
      author: {},
      translator: {},
      strings: {},
    };
  }

  /** The article title, as plain text. */
  heading: string | null = null;

  /** Level of the title's heading, 1–6 (default 1). Out-of-range numbers clamp; other values give 1. */
  headingLevel = 1;

  /** The column (section) the article belongs to, shown above the title. */
  column: string | null = null;

  /** Link for the column. Only `http:`, `https:` and relative URLs are linked. */
  columnHref: string | null = null;

  /** The issuing office ("From"). */
  source: string | null = null;

  /** Publication date: ISO 8601 date or date-time, with or without an offset, or a `Date`. */
  published: string | Date | null = null;

  /**
   * Last update, like `published`. (The attribute `updated` still works in HTML, deprecated: as a
   * property name it is Lit's lifecycle method, which Vue, Angular and React 19 would overwrite.)
   */
  modified: string | Date | null = null;

  /**
   * @internal The deprecated `updated` attribute, observed by hand: it has no property, and stays
   * out of the manifest, so no editor or typing offers it.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEPRECATED_UPDATED];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== DEPRECATED_UPDATED) return super.attributeChangedCallback(name, old, value);
    if (DEV_MODE && value != null) {
      console.warn('<civic-article-header> updated: deprecated; use the modified attribute.');
    }
    if (!this.hasAttribute('modified')) this.modified = value;
  }

  /**
   * IANA time zone for display ("Asia/Shanghai"). Without it a date-time with an offset shows
   * the publisher's wall-clock time at that offset, never the reader's zone.
   */
  timeZone: string | null = null;

  /** Author byline. */
  author: string | null = null;

  /** Translator byline ("Translated by …"). */
  translator: string | null = null;

  /**
   * Replaces built-in strings on this instance, by name: `{ "source": "Issued by" }`. As an
   * attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<ArticleHeaderStrings> | string | null = null;

  #i18n = new LocaleController(this, articleHeaderStrings);

  protected override updated(changed: PropertyValues<this>): void {
    if (!DEV_MODE) return;
    // Once when the title goes missing, not again on every update while it stays missing; and
    // only if it is still missing once the page went idle, for frameworks that set it late. Not
    // in the HTML-first form, whose heading is the page's own markup.
    const before = changed.get('heading');
    if (changed.has('heading') && (before === undefined || toText(before).trim())) {
      afterIdle(() => {
        if (this.isConnected && hasContentFields(this) && !toText(this.heading).trim()) {
          console.warn('<civic-article-header> heading: missing; no title is shown.');
        }
      });
    }
    const columnHref = toText(this.columnHref).trim();
    if (changed.has('columnHref') && columnHref && !safeHref(columnHref)) {
      console.warn(
        `<civic-article-header> column-href="${columnHref}": not a safe URL; the column is not linked.`,
      );
    }
    for (const [property, attribute] of [
      ['published', 'published'],
      ['modified', 'modified'],
    ] as const) {
      const value = this[property];
      if (changed.has(property) && dateText(value) && !parseIsoDate(value)) {
        console.warn(
          `<civic-article-header> ${attribute}="${dateText(value)}": not an ISO 8601 date; shown as written.`,
        );
      }
    }
    const timeZone = toText(this.timeZone).trim();
    if (changed.has('timeZone') && timeZone && !isTimeZone(timeZone)) {
      console.warn(
        `<civic-article-header> time-zone="${timeZone}": unknown time zone; dates keep their own offset.`,
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The HTML-first form is laid out by styles in the page, which may not have linked them.
    if (!hasContentFields(this)) adoptPageStyles(this, articleHeaderLightStyles);
  }

  protected override render(): TemplateResult {
    // HTML-first: the page's own markup is the content; the element only arranges it.
    if (!hasContentFields(this)) {
      return html`<div part="base" class="html-first"><slot></slot><slot name="actions"></slot></div>`;
    }
    return html`<div part="base">
      ${articleHeaderContent(
        this,
        this.#i18n.strings(this.strings),
        this.#i18n.intlLocale,
        html`<slot name="actions"></slot>`,
      )}
    </div>`;
  }
}
