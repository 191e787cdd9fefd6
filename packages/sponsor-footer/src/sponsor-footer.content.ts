// The footer's content, one source for both of its forms: the element renders it into its shadow
// root from attributes (the form for frameworks), and a server or CMS template writes the same
// markup as the element's light-DOM children (the HTML-first form), where the sponsor, the
// operator and the filing numbers read in every engine, with or without JavaScript or declarative
// shadow DOM. The styles are written once, for the page; the shadow root takes the same rules.
import { css, html, nothing, type TemplateResult } from 'lit';
import { markChinese, pageStyles, safeHref, stringsFor, toText } from '@civic-elements/core';
import { sponsorFooterStrings, type SponsorFooterStrings } from './strings.js';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;
const ICP_REGISTRY = 'https://beian.miit.gov.cn/';
const POLICE_REGISTRY = 'https://beian.mps.gov.cn/#/query/webSearch?code=';

/** What a footer shows; the same names and meanings as the element's properties. */
export interface SponsorFooterFields {
  sponsor?: unknown;
  /** The organisation that runs the site (承办单位). */
  operator?: unknown;
  coSponsor?: unknown;
  technicalSupport?: unknown;
  icp?: unknown;
  icpHref?: unknown;
  policeFiling?: unknown;
  policeFilingHref?: unknown;
  siteCode?: unknown;
  contactEmail?: unknown;
  contactPhone?: unknown;
  copyright?: unknown;
}

const CONTENT_FIELDS = [
  'sponsor',
  'operator',
  'coSponsor',
  'technicalSupport',
  'icp',
  'policeFiling',
  'siteCode',
  'contactEmail',
  'contactPhone',
  'copyright',
] as const;

/** Whether any field that renders content is set: the attribute form. Otherwise the HTML-first form. */
export const hasContentFields = (fields: SponsorFooterFields): boolean =>
  CONTENT_FIELDS.some((name) => plain(fields[name]) !== '');

// Directional formatting characters make a number display reversed while its link keeps the
// original order: identifiers drop them, so what is shown is what is linked.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A property as trimmed text ('' for what is not text). */
export const plain = (value: unknown): string => toText(value).trim();

/** An identifier (filing number, code, contact) as text without directional controls. */
const identifier = (value: unknown) => toText(value).replace(BIDI_CONTROLS, '').trim();

/**
 * The roles, the filing numbers and contacts, and the copyright line as markup, for a page in
 * `lang` (Chinese names and numbers on a page in another language are marked `lang="zh"`, so a
 * Chinese voice reads them).
 */
export function sponsorFooterContent(
  fields: SponsorFooterFields,
  text: SponsorFooterStrings,
  lang: string,
): TemplateResult {
  const shown = (value: string) => markChinese(value, lang);
  const label = (name: string) => name + text.separator;
  // The role names are the same in the fields and the strings.
  const roles = (['sponsor', 'operator', 'coSponsor', 'technicalSupport'] as const)
    .map((role) => [text[role], plain(fields[role])])
    .filter(([, value]) => value)
    .map(
      ([name, value]) =>
        html`<div part="role">
          <dt>${label(name)}</dt>
          <dd>${shown(value)}</dd>
        </div>`,
    );

  const icp = identifier(fields.icp);
  const police = identifier(fields.policeFiling);
  const email = identifier(fields.contactEmail);
  const phone = identifier(fields.contactPhone);
  const copyright = plain(fields.copyright);
  // [label, value, href, registry]: registry links carry the label too, so the link says what it is.
  const identifiers: [string, string, (string | undefined)?, boolean?][] = [
    [text.icp, icp, plain(fields.icpHref) || ICP_REGISTRY, true],
    [
      text.policeFiling,
      police,
      plain(fields.policeFilingHref) || POLICE_REGISTRY + police.replace(/\D/g, ''),
      true,
    ],
    [text.siteCode, identifier(fields.siteCode)],
    [text.email, email, /^[^\s@?]+@[^\s@?]+$/.test(email) ? `mailto:${email}` : undefined],
    [text.phone, phone, /\d/.test(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined],
  ];
  const items = identifiers
    .filter(([, value]) => value)
    .map(([name, value, href, registry]) => {
      const safe = href && safeHref(href, LINK_SCHEMES);
      if (!safe) return html`<li>${label(name)}${shown(value)}</li>`;
      // One text node for label and separator: Chromium drops a whitespace-only node from a
      // link's name, which ran "ICP filing" and the number together.
      return registry
        ? html`<li><a href=${safe}>${label(name)}${shown(value)}</a></li>`
        : html`<li>${label(name)}<a href=${safe}>${shown(value)}</a></li>`;
    });

  return html`${roles.length > 0 ? html`<dl part="roles">${roles}</dl>` : nothing}
  ${items.length > 0 ? identifierList(items) : nothing}
  ${copyright ? html`<p part="copyright">${shown(copyright)}</p>` : nothing}`;
}

function identifierList(items: TemplateResult[]) {
  // Safari drops list semantics from a list styled without bullets; role="list" restores them.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul part="identifiers" role="list">
    ${items}
  </ul>`;
}

/**
 * The HTML-first markup of a footer for `lang`, as a server writes it inside
 * `<civic-sponsor-footer>`: a `<footer>` (the page's `contentinfo` landmark) with `links` first,
 * then the same content the element renders from attributes, in the element's strings for that
 * language (`strings` overrides them, as the attribute does), then `badges`.
 */
export function sponsorFooterHtml(
  fields: SponsorFooterFields,
  {
    lang = '',
    strings,
    links = nothing,
    badges = nothing,
  }: { lang?: string; strings?: unknown; links?: unknown; badges?: unknown } = {},
): TemplateResult {
  const text = stringsFor(sponsorFooterStrings, lang, strings);
  return html`<footer part="footer">
    ${links === nothing ? nothing : html`<div part="links">${links}</div>`}
    ${sponsorFooterContent(fields, text, lang)}
    ${badges === nothing ? nothing : html`<div part="badges">${badges}</div>`}
  </footer>`;
}

/**
 * The content's styles, written for the page and scoped to `civic-sponsor-footer`: what lays out
 * the HTML-first form before and without the element. Shipped as `sponsor-footer.css`; the
 * element adopts them into its document (or shadow root) when it is used in that form, and its
 * shadow root takes the same rules for the attribute form (./sponsor-footer.styles.ts).
 */
export const sponsorFooterLightStyles = pageStyles(
  'civic-sponsor-footer',
  css`
    :where(civic-sponsor-footer) {
      display: block;
      color: var(--civic-sponsor-footer-color, var(--_civic-color-text));
      background: var(--civic-sponsor-footer-background, var(--_civic-color-surface-muted));
      border-block-start: 0.25em solid var(--civic-sponsor-footer-accent, var(--_civic-color-accent));
      line-height: 1.6;
    }

    :where(civic-sponsor-footer) [part='footer'] {
      box-sizing: border-box;
      max-inline-size: var(--civic-sponsor-footer-max-width, 64em);
      margin: 0 auto;
      padding: var(--_civic-space-5) var(--_civic-space-4);
      text-align: center;
      overflow-wrap: anywhere;
    }

    :where(civic-sponsor-footer) [part='links'] > * {
      margin-block-end: var(--_civic-space-4);
    }

    :where(civic-sponsor-footer) [part='roles'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--_civic-space-1) var(--_civic-space-5);
      margin: 0 0 var(--_civic-space-3);
    }

    :where(civic-sponsor-footer) [part='role'] {
      display: inline-flex;
      flex-wrap: wrap;
      justify-content: center;
      column-gap: var(--_civic-space-1);
    }

    :where(civic-sponsor-footer) [part='role'] > * {
      margin: 0;
    }

    :where(civic-sponsor-footer) [part='identifiers'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      /* A number shown as text lines up with the 44 px links beside it. */
      align-items: center;
      gap: var(--_civic-space-1) var(--_civic-space-5);
      margin: 0 0 var(--_civic-space-3);
      padding: 0;
      list-style: none;
    }

    /* Every link a target of at least 44 px high (WCAG 2.5.5), the filing numbers too: the rows
       grow rather than the targets overlapping. An inline block keeps the label, its space and
       the number flowing as text; the padding centres one line in the 44 px. */
    :where(civic-sponsor-footer) a {
      display: inline-block;
      box-sizing: border-box;
      min-block-size: 44px;
      padding-block: max(0px, calc(22px - 0.8em));
      color: var(--civic-sponsor-footer-link-color, var(--_civic-color-link));
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    :where(civic-sponsor-footer) a:hover {
      text-decoration-thickness: 0.15em;
    }

    :where(civic-sponsor-footer) a:focus-visible {
      outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
      outline-offset: 2px;
    }

    :where(civic-sponsor-footer) [part='copyright'] {
      margin: 0;
    }

    :where(civic-sponsor-footer) [part='badges'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--_civic-space-4);
      margin-block-start: var(--_civic-space-3);
    }

    @media (forced-colors: active) {
      :where(civic-sponsor-footer) {
        border-block-start-color: CanvasText;
      }

      :where(civic-sponsor-footer) a {
        color: LinkText;
      }
    }

    @media print {
      :where(civic-sponsor-footer) {
        background: none;
        color: #000;
        border-block-start-color: #000;
      }

      :where(civic-sponsor-footer) a {
        color: #000;
      }

      :where(civic-sponsor-footer) a[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
);
