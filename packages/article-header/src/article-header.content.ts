// The article header's content, one source for both of its forms: the element renders it into its
// shadow root from attributes (the form for frameworks), and a server or CMS template writes the
// same markup as the element's light-DOM children (the HTML-first form), where it reads in every
// engine, with or without JavaScript or declarative shadow DOM. The styles below are written once
// and applied in both places: inside the shadow root, and scoped to the element in the page.
import { css, html, nothing, type TemplateResult } from 'lit';
import { intlLocaleFor, markChinese, pageStyles, safeHref, stringsFor, toText } from '@civic-elements/core';
import { toHeadingLevel } from './heading-level.js';
import { formatPublicationDate, parseIsoDate } from './publication-date.js';
import { articleHeaderStrings, type ArticleHeaderStrings } from './strings.js';

/** What an article header shows; the same names and meanings as the element's properties. */
export interface ArticleHeaderFields {
  heading?: unknown;
  headingLevel?: unknown;
  column?: unknown;
  columnHref?: unknown;
  source?: unknown;
  published?: unknown;
  /** The last update, like `published`. */
  modified?: unknown;
  timeZone?: unknown;
  author?: unknown;
  translator?: unknown;
}

const CONTENT_FIELDS = [
  'heading',
  'column',
  'source',
  'published',
  'modified',
  'author',
  'translator',
] as const;

/** Whether any field that renders content is set: the attribute form. Otherwise the HTML-first form. */
export const hasContentFields = (fields: ArticleHeaderFields): boolean =>
  CONTENT_FIELDS.some((name) => fields[name] instanceof Date || dateText(fields[name]) !== '');

/**
 * The column, the title and the meta line as markup. `actions` goes at the end of the meta line
 * (the element passes its `actions` slot; a server leaves it out and slots the controls itself).
 */
export function articleHeaderContent(
  fields: ArticleHeaderFields,
  text: ArticleHeaderStrings,
  intlLocale: string,
  actions: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const heading = toText(fields.heading).trim();
  const timeZone = toText(fields.timeZone);
  const dateItem = (label: string, value: unknown) => {
    const date = parseIsoDate(value);
    // An unreadable date is shown as written, never as "Invalid Date".
    return item(
      label,
      date
        ? html`<time datetime=${date.raw}>${formatPublicationDate(date, intlLocale, timeZone)}</time>`
        : dateText(value),
    );
  };
  // A Chinese office or name on a page in another language is marked, for a Chinese voice.
  const named = (label: string, value: unknown) => {
    const name = toText(value).trim();
    return item(label, name && markChinese(name, intlLocale));
  };
  const items = [
    named(text.source + text.separator, fields.source),
    dateItem(text.published + text.separator, fields.published),
    dateItem(text.updated + text.separator, fields.modified),
    named(text.author + text.bylineSeparator, fields.author),
    named(text.translator + text.bylineSeparator, fields.translator),
  ].filter((shown) => shown !== nothing);
  return html`${column(fields)} ${heading ? headingOf(toHeadingLevel(fields.headingLevel), heading) : nothing}
    <div part="meta">
      ${items.length > 0 ? html`<div class="items"><dl>${items}</dl></div>` : nothing}${actions}
    </div>`;
}

/**
 * The HTML-first markup of an article header for `lang`, as a server writes it inside
 * `<civic-article-header>`: the same content the element renders from attributes, with the
 * element's strings for that language (`strings` overrides them, as the attribute does).
 */
export function articleHeaderHtml(
  fields: ArticleHeaderFields,
  { lang = '', strings }: { lang?: string; strings?: unknown } = {},
): TemplateResult {
  return articleHeaderContent(
    fields,
    stringsFor(articleHeaderStrings, lang, strings),
    intlLocaleFor(articleHeaderStrings, lang),
  );
}

// One template per level: a plain Lit template cannot bind a tag name, and static-html would add
// a module to every page for six fixed tags.
function headingOf(level: number, heading: string): TemplateResult {
  switch (level) {
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

function column(fields: ArticleHeaderFields): TemplateResult | typeof nothing {
  const name = toText(fields.column).trim();
  if (!name) return nothing;
  const href = safeHref(toText(fields.columnHref));
  return html`<p part="column">${href ? html`<a part="column-link" href=${href}>${name}</a>` : name}</p>`;
}

function item(label: string, shown: TemplateResult | string): TemplateResult | typeof nothing {
  if (!shown) return nothing;
  return html`<div part="meta-item">
    <dt part="label">${label}</dt>
    <dd part="value">${shown}</dd>
  </div>`;
}

/** A date property as text, for showing an unreadable date as written. */
export const dateText = (value: unknown): string => toText(value).trim();

/**
 * The content's styles, written for the page and scoped to `civic-article-header`: what lays out
 * the HTML-first form before and without the element. Shipped as `article-header.css`; the
 * element adopts them into its document (or shadow root) when it is used in that form, and its
 * shadow root takes the same rules for the attribute form (./article-header.styles.ts).
 */
export const articleHeaderLightStyles = pageStyles(
  'civic-article-header',
  css`
    :where(civic-article-header) {
      display: block;
      margin-block-end: var(--_civic-space-5);
      padding-block-end: var(--_civic-space-4);
      border-block-end: 1px solid var(--civic-article-header-rule-color, var(--_civic-color-rule));
      color: var(--civic-article-header-color, var(--_civic-color-text));
      line-height: 1.5;
    }

    :where(civic-article-header) [part='column'] {
      display: inline-block;
      margin: 0 0 var(--_civic-space-2);
      padding-inline-start: var(--_civic-space-2);
      border-inline-start: 0.25em solid var(--civic-article-header-accent, var(--_civic-color-accent));
      color: var(--civic-article-header-accent, var(--_civic-color-accent));
      font-size: var(--_civic-font-size-small);
      font-weight: 700;
    }

    /* A target of at least 44 px (WCAG 2.5.5) for a label that reads as small text: block
       padding on the inline link grows its box without moving the line it sits on. */
    :where(civic-article-header) [part='column-link'] {
      padding-block: max(0px, calc(22px - 0.55em));
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    :where(civic-article-header) [part='column-link']:hover {
      text-decoration-thickness: 0.15em;
    }

    :where(civic-article-header) [part='column-link']:focus-visible {
      outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
      outline-offset: 2px;
    }

    :where(civic-article-header) [part='heading'] {
      margin: 0 0 var(--_civic-space-2);
      color: var(--civic-article-header-title-color, var(--_civic-color-text-strong));
      font-size: var(--civic-article-header-title-size, var(--_civic-font-size-title));
      font-weight: 700;
      line-height: 1.3;
      /* A word breaks only when it cannot fit on a line of its own, hyphenated where the browser
       knows the language; CJK wraps between characters. */
      overflow-wrap: break-word;
      hyphens: auto;
      line-break: strict;
    }

    :where(civic-article-header) [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_civic-space-2) var(--_civic-space-4);
      color: var(--civic-article-header-meta-color, var(--_civic-color-text-muted));
      font-size: var(--_civic-font-size-small);
    }

    /* Each item draws its "|" in its own start margin. The list is shifted back by one margin and
     the wrapper clips that strip only, so no line starts with a dangling separator, and no text
     (which always starts inside an item's content box) can ever fall in the clipped strip. */
    :where(civic-article-header) .items {
      flex: 1 1 auto;
      min-inline-size: 0;
      overflow: hidden;
    }

    /* Clipping one axis only (Chromium 90+) keeps the items' descenders and focus outlines. */
    @supports (overflow-x: clip) {
      :where(civic-article-header) .items {
        overflow: visible;
        overflow-x: clip;
      }
    }

    :where(civic-article-header) [part='meta'] dl {
      display: flex;
      flex-wrap: wrap;
      margin: 0;
      margin-inline-start: calc(-1.5em - 1px);
      gap: var(--_civic-space-1) 0;
    }

    :where(civic-article-header) [part='meta-item'] {
      position: relative;
      display: inline-flex;
      flex-wrap: wrap;
      column-gap: var(--_civic-space-1);
      min-inline-size: 0;
      margin-inline-start: calc(1.5em + 1px);
      overflow-wrap: anywhere;
    }

    /* The "|" is a drawn rule, not text, so screen readers have nothing to announce. */
    :where(civic-article-header) [part='meta-item']::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-0.75em - 1px);
      inset-block-start: 0.25em;
      block-size: 1em;
      border-inline-start: 1px solid currentColor;
    }

    :where(civic-article-header) [part='label'],
    :where(civic-article-header) [part='value'] {
      margin: 0;
    }

    :where(civic-article-header) [part='label'] {
      font-weight: 700;
    }

    @media (forced-colors: active) {
      :where(civic-article-header) {
        border-block-end-color: CanvasText;
      }

      :where(civic-article-header) [part='column'] {
        border-inline-start-color: CanvasText;
        color: CanvasText;
      }

      :where(civic-article-header) [part='column-link'] {
        color: LinkText;
      }
    }

    @media print {
      :where(civic-article-header),
      :where(civic-article-header) [part='column'],
      :where(civic-article-header) [part='heading'],
      :where(civic-article-header) [part='meta'] {
        color: #000;
      }

      :where(civic-article-header) [part='column'] {
        border-inline-start-color: #000;
      }
    }
  `,
);
