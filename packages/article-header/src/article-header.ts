import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '@civic-elements/internal/nearest-lang.js';
import { safeHref } from '@civic-elements/internal/safe-url.js';
import { articleHeaderStyles } from './article-header.styles.js';
import { formatPublicationDate, parseIsoDate } from './publication-date.js';

const strings = {
  en: {
    source: 'From',
    published: 'Published',
    updated: 'Updated',
    author: 'By',
    translator: 'Translated by',
  },
  zh: {
    source: '来源',
    published: '发布时间',
    updated: '更新时间',
    author: '作者',
    translator: '翻译',
  },
};

/** Reads `heading-level`: whole numbers clamp to 1–6, anything else is 1. */
export function toHeadingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : parseInt(String(value ?? ''), 10);
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 1;
}

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
  static override styles = articleHeaderStyles;

  /** The article title, as plain text. */
  @property()
  heading: string | null = null;

  /** Level of the title's heading, 1–6 (default 1). Out-of-range numbers clamp; other values give 1. */
  @property({
    attribute: 'heading-level',
    converter: { fromAttribute: (value: string | null) => toHeadingLevel(value) },
  })
  headingLevel = 1;

  /** The column (section) the article belongs to, shown above the title. */
  @property()
  column: string | null = null;

  /** Link for the column. Only `http:`, `https:` and relative URLs are linked. */
  @property({ attribute: 'column-href' })
  columnHref: string | null = null;

  /** The issuing office ("From"). */
  @property()
  source: string | null = null;

  /** Publication date, ISO 8601 date or date-time, with or without an offset. */
  @property()
  published: string | null = null;

  /** Last update, ISO 8601 like `published`. Attribute `updated`. */
  @property({ attribute: 'updated' })
  updatedDate: string | null = null;

  /**
   * IANA time zone for display ("Asia/Shanghai"). Without it a date-time with an offset shows
   * the publisher's wall-clock time at that offset, never the reader's zone.
   */
  @property({ attribute: 'time-zone' })
  timeZone: string | null = null;

  /** Author byline. */
  @property()
  author: string | null = null;

  /** Translator byline ("Translated by …"). */
  @property()
  translator: string | null = null;

  /** Replaces the "From" / "来源" label. */
  @property({ attribute: 'source-label' })
  sourceLabel: string | null = null;

  /** Replaces the "Published" / "发布时间" label. */
  @property({ attribute: 'published-label' })
  publishedLabel: string | null = null;

  /** Replaces the "Updated" / "更新时间" label. */
  @property({ attribute: 'updated-label' })
  updatedLabel: string | null = null;

  /** Replaces the "By" / "作者" label. */
  @property({ attribute: 'author-label' })
  authorLabel: string | null = null;

  /** Replaces the "Translated by" / "翻译" label. */
  @property({ attribute: 'translator-label' })
  translatorLabel: string | null = null;

  private readonly i18n = new LangController(this);
  private warnedMissingHeading = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('heading')) return;
    if (this.heading?.trim()) {
      this.warnedMissingHeading = false;
    } else if (!this.warnedMissingHeading) {
      this.warnedMissingHeading = true;
      console.warn('<civic-article-header>: the "heading" attribute is missing; no title is shown.');
    }
  }

  protected override render() {
    const text = this.i18n.strings(strings, {
      source: this.sourceLabel,
      published: this.publishedLabel,
      updated: this.updatedLabel,
      author: this.authorLabel,
      translator: this.translatorLabel,
    });
    const heading = this.heading?.trim();
    const items = [
      this.item(text.source, this.source),
      this.dateItem(text.published, this.published),
      this.dateItem(text.updated, this.updatedDate),
      this.item(text.author, this.author, true),
      this.item(text.translator, this.translator, true),
    ].filter((item) => item !== nothing);
    return html`
      <div part="base">
        ${this.renderColumn()} ${heading ? this.renderHeading(heading) : nothing}
        <div part="meta">
          ${items.length > 0 ? html`<div class="items"><dl>${items}</dl></div>` : nothing}
          <slot name="actions"></slot>
        </div>
      </div>
    `;
  }

  // One template per level: a plain Lit template cannot bind a tag name, and static-html would
  // add a module to every page for six fixed tags.
  private renderHeading(heading: string) {
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

  private renderColumn() {
    const name = this.column?.trim();
    if (!name) return nothing;
    const href = safeHref(this.columnHref);
    return html`<p part="column">${href ? html`<a part="column-link" href=${href}>${name}</a>` : name}</p>`;
  }

  // "From: Office" but "Translated by Jing"; Chinese puts a full-width colon after every label.
  private labelText(label: string, byline: boolean): string {
    if (this.i18n.locale === 'zh') return `${label}：`;
    return byline ? `${label} ` : `${label}: `;
  }

  private item(label: string, value: string | null, byline = false): TemplateResult | typeof nothing {
    const shown = value?.trim();
    if (!shown) return nothing;
    return html`<div part="meta-item">
      <dt part="label">${this.labelText(label, byline)}</dt>
      <dd part="value">${shown}</dd>
    </div>`;
  }

  private dateItem(label: string, value: string | null): TemplateResult | typeof nothing {
    const raw = value?.trim();
    if (!raw) return nothing;
    const date = parseIsoDate(raw);
    // An unreadable date is shown as written, never as "Invalid Date".
    const shown = date
      ? html`<time datetime=${date.raw}
          >${formatPublicationDate(date, this.i18n.intlLocale, this.timeZone)}</time
        >`
      : raw;
    return html`<div part="meta-item">
      <dt part="label">${this.labelText(label, false)}</dt>
      <dd part="value">${shown}</dd>
    </div>`;
  }
}
