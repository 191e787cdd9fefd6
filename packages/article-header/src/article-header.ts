import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  LocaleController,
  safeHref,
  toText,
  type BuiltInStrings,
  type ElementStrings,
} from '@civic-elements/core';
import { articleHeaderStyles } from './article-header.styles.js';
import { toHeadingLevel } from './heading-level.js';
import { formatPublicationDate, isTimeZone, parseIsoDate } from './publication-date.js';

type ArticleHeaderStrings = BuiltInStrings['civic-article-header'];

/**
 * The top of a government news article: the column it belongs to, its title, and the meta line
 * "From: <office> | Published: <date>" with bylines and room for actions such as the text-size
 * control. Deliberately not a `<header>`, so it never becomes a `banner` landmark.
 *
 * @element civic-article-header
 *
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
 * @cssprop [--civic-article-header-color=#1b1b1b] - Text colour.
 * @cssprop [--civic-article-header-title-color=#0b0c0c] - Title colour.
 * @cssprop [--civic-article-header-title-size=1.75em] - Title size, relative to the surrounding text.
 * @cssprop [--civic-article-header-meta-color=#505a5f] - Meta line colour.
 * @cssprop [--civic-article-header-accent=#9e1b1b] - Column name and its bar.
 * @cssprop [--civic-article-header-rule-color=#b1b4b6] - The rule under the header.
 * @cssprop [--civic-focus-color=#0b0c0c] - Focus outline colour.
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
      updatedDate: { attribute: 'updated' },
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

  /** Last update, like `published`. Attribute `updated`. */
  updatedDate: string | Date | null = null;

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
  strings: ElementStrings<'civic-article-header'> | string | null = null;

  #i18n = new LocaleController<ArticleHeaderStrings>(this, 'civic-article-header');

  protected override updated(changed: PropertyValues<this>): void {
    if (!DEV_MODE) return;
    // Once when the title goes missing, not again on every update while it stays missing.
    const before = changed.get('heading');
    if (
      changed.has('heading') &&
      !toText(this.heading).trim() &&
      (before === undefined || toText(before).trim())
    ) {
      console.warn('<civic-article-header> heading: missing; no title is shown.');
    }
    const columnHref = toText(this.columnHref).trim();
    if (changed.has('columnHref') && columnHref && !safeHref(columnHref)) {
      console.warn(
        `<civic-article-header> column-href="${columnHref}": not a safe URL; the column is not linked.`,
      );
    }
    for (const [property, attribute] of [
      ['published', 'published'],
      ['updatedDate', 'updated'],
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

  protected override render(): TemplateResult {
    const text = this.#i18n.strings(this.strings);
    const heading = toText(this.heading).trim();
    const items = [
      this.#item(text.source + text.separator, toText(this.source).trim()),
      this.#dateItem(text.published + text.separator, this.published),
      this.#dateItem(text.updated + text.separator, this.updatedDate),
      this.#item(text.author + text.bylineSeparator, toText(this.author).trim()),
      this.#item(text.translator + text.bylineSeparator, toText(this.translator).trim()),
    ].filter((item) => item !== nothing);
    return html`
      <div part="base">
        ${this.#renderColumn()} ${heading ? this.#renderHeading(heading) : nothing}
        <div part="meta">
          ${items.length > 0 ? html`<div class="items"><dl>${items}</dl></div>` : nothing}
          <slot name="actions"></slot>
        </div>
      </div>
    `;
  }

  // One template per level: a plain Lit template cannot bind a tag name, and static-html would
  // add a module to every page for six fixed tags.
  #renderHeading(heading: string) {
    switch (toHeadingLevel(this.headingLevel)) {
      case 2:
        return html`<h2 part="heading">${heading}</h2>`;
      case 3:
        return html`<h3 part="heading">${heading}</h3>`;
      case 4:
        return html`<h4 part="heading">${heading}</h4>`;
      case 5:
        return html`<h5 part="heading">${heading}</h5>`;
      case 6:
        return html`<h6 part="heading">${heading}</h6>`;
      default:
        return html`<h1 part="heading">${heading}</h1>`;
    }
  }

  #renderColumn() {
    const name = toText(this.column).trim();
    if (!name) return nothing;
    const href = safeHref(toText(this.columnHref));
    return html`<p part="column">${href ? html`<a part="column-link" href=${href}>${name}</a>` : name}</p>`;
  }

  #item(label: string, shown: TemplateResult | string): TemplateResult | typeof nothing {
    if (!shown) return nothing;
    return html`<div part="meta-item">
      <dt part="label">${label}</dt>
      <dd part="value">${shown}</dd>
    </div>`;
  }

  #dateItem(label: string, value: unknown): TemplateResult | typeof nothing {
    const date = parseIsoDate(value);
    // An unreadable date is shown as written, never as "Invalid Date".
    return this.#item(
      label,
      date
        ? html`<time datetime=${date.raw}
            >${formatPublicationDate(date, this.#i18n.intlLocale, toText(this.timeZone))}</time
          >`
        : dateText(value),
    );
  }
}

/** A date property as text, for showing an unreadable date as written. */
const dateText = (value: unknown) => toText(value).trim();
