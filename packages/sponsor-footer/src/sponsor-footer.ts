import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  LocaleController,
  nearestLang,
  safeHref,
  toText,
  type BuiltInStrings,
  type ElementStrings,
} from '@civic-elements/core';
import { sponsorFooterStyles } from './sponsor-footer.styles.js';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;
const ICP_REGISTRY = 'https://beian.miit.gov.cn/';
const POLICE_REGISTRY = 'https://beian.mps.gov.cn/#/query/webSearch?code=';

type SponsorFooterStrings = BuiltInStrings['civic-sponsor-footer'];

/**
 * The footer of a government portal: who sponsors and runs the site, its ICP and public-security
 * filing numbers (linked to the registries), the website identification code, contacts and
 * copyright. Used as the page footer it is the page's `contentinfo` landmark.
 *
 * @element civic-sponsor-footer
 *
 * @slot links - Site links above the details: privacy, sitemap, accessibility statement.
 * @slot badges - Badges below the details, such as the government website badge and its link.
 *
 * @csspart footer - The `<footer>`.
 * @csspart links - Wrapper of the `links` slot.
 * @csspart roles - The description list of sponsor, undertaker, co-sponsor and technical support.
 * @csspart role - One organisation role: label and name.
 * @csspart identifiers - The list of filing numbers, site code and contacts.
 * @csspart copyright - The copyright line.
 * @csspart badges - Wrapper of the `badges` slot.
 *
 * @cssprop [--civic-sponsor-footer-color=#1b1b1b] - Text colour.
 * @cssprop [--civic-sponsor-footer-background=#f3f2f1] - Background.
 * @cssprop [--civic-sponsor-footer-accent=#9e1b1b] - The rule above the footer.
 * @cssprop [--civic-sponsor-footer-link-color=#1d3f6e] - Link colour.
 * @cssprop [--civic-sponsor-footer-max-width=64em] - Width of the centred content.
 * @cssprop [--civic-focus-color=#0b0c0c] - Focus outline colour.
 */
export class SponsorFooter extends LitElement {
  /** @internal */
  static override get styles() {
    return sponsorFooterStyles;
  }

  /** @internal */
  static override get properties() {
    return {
      sponsor: {},
      undertaker: {},
      coSponsor: { attribute: 'co-sponsor' },
      technicalSupport: { attribute: 'technical-support' },
      icp: {},
      icpHref: { attribute: 'icp-href' },
      policeFiling: { attribute: 'police-filing' },
      policeFilingHref: { attribute: 'police-filing-href' },
      siteCode: { attribute: 'site-code' },
      contactEmail: { attribute: 'contact-email' },
      contactPhone: { attribute: 'contact-phone' },
      copyright: {},
      strings: {},
    };
  }

  /** Sponsor (主办单位): the organisation responsible for the site. Required for government sites. */
  sponsor: string | null = null;
  /** Undertaker (承办单位): the organisation that runs the site. */
  undertaker: string | null = null;
  /** Co-sponsor (协办单位). */
  coSponsor: string | null = null;
  /** Technical support (技术支持). */
  technicalSupport: string | null = null;
  /** ICP filing number as written, e.g. `湘ICP备05002289号`. Required for sites hosted in China. */
  icp: string | null = null;
  /** Link for the ICP number. Default: the MIIT filing registry. */
  icpHref: string | null = null;
  /** Public-security filing number, e.g. `湘公网安备43040502000123号`. */
  policeFiling: string | null = null;
  /** Link for the public-security number. Default: the registry's search for the number's digits. */
  policeFilingHref: string | null = null;
  /** Government website identification code (网站标识码), shown as text. */
  siteCode: string | null = null;
  /** Contact email, linked with `mailto:`. */
  contactEmail: string | null = null;
  /** Contact telephone, linked with `tel:`. */
  contactPhone: string | null = null;
  /** Copyright line, shown as given. */
  copyright: string | null = null;
  /**
   * Replaces built-in strings on this instance, by name: `{ "icp": "ICP licence" }`. As an
   * attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: ElementStrings<'civic-sponsor-footer'> | string | null = null;

  #i18n = new LocaleController<SponsorFooterStrings>(this, 'civic-sponsor-footer');

  protected override updated(changed: PropertyValues<this>): void {
    if (!DEV_MODE) return;
    if ((changed.has('sponsor') || changed.has('icp')) && !(plain(this.sponsor) && plain(this.icp))) {
      console.warn(
        '<civic-sponsor-footer> sponsor, icp: a government website must show its sponsor (主办单位) and its ICP filing number (ICP备案号).',
      );
    }
    for (const [property, attribute] of [
      ['icpHref', 'icp-href'],
      ['policeFilingHref', 'police-filing-href'],
    ] as const) {
      const href = plain(this[property]);
      if (changed.has(property) && href && !safeHref(href)) {
        console.warn(
          `<civic-sponsor-footer> ${attribute}="${href}": not a safe URL; the number is shown without a link.`,
        );
      }
    }
  }

  protected override render(): TemplateResult {
    const text = this.#i18n.strings(this.strings);
    const lang = nearestLang(this);
    // Chinese names and numbers on a page in another language are read by a Chinese voice.
    const shown = (value: string) =>
      HAN.test(value) && !/^zh\b/i.test(lang) ? html`<span lang="zh">${value}</span>` : value;
    const label = (name: string) => name + text.separator;
    const roles = [
      [text.sponsor, this.sponsor],
      [text.undertaker, this.undertaker],
      [text.coSponsor, this.coSponsor],
      [text.technicalSupport, this.technicalSupport],
    ]
      .map(([name, value]) => [name, plain(value)])
      .filter(([, value]) => value)
      .map(
        ([name, value]) =>
          html`<div part="role">
            <dt>${label(name as string)}</dt>
            <dd>${shown(value as string)}</dd>
          </div>`,
      );

    const icp = identifier(this.icp);
    const police = identifier(this.policeFiling);
    const email = identifier(this.contactEmail);
    const phone = identifier(this.contactPhone);
    const siteCode = identifier(this.siteCode);
    const copyright = plain(this.copyright);
    // [label, value, href]: registry links carry the label too, so the link says what it is.
    const identifiers: [string, string, string | undefined, boolean?][] = [
      [text.icp, icp, plain(this.icpHref) || ICP_REGISTRY, true],
      [
        text.policeFiling,
        police,
        plain(this.policeFilingHref) || POLICE_REGISTRY + police.replace(/\D/g, ''),
        true,
      ],
      [text.siteCode, siteCode, undefined],
      [text.email, email, /^[^\s@?]+@[^\s@?]+$/.test(email) ? `mailto:${email}` : undefined],
      [text.phone, phone, /\d/.test(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined],
    ];
    const items = identifiers
      .filter(([, value]) => value)
      .map(([name, value, href, registry]) => {
        const safe = href && safeHref(href, LINK_SCHEMES);
        if (!safe) return html`<li>${label(name)}${shown(value)}</li>`;
        // One text node for label and separator: Chromium drops a whitespace-only node from
        // a link's name, which ran "ICP filing" and the number together.
        return registry
          ? html`<li><a href=${safe}>${label(name)}${shown(value)}</a></li>`
          : html`<li>${label(name)}<a href=${safe}>${shown(value)}</a></li>`;
      });

    return html`
      <footer part="footer">
        <div part="links"><slot name="links"></slot></div>
        ${roles.length > 0 ? html`<dl part="roles">${roles}</dl>` : nothing}
        ${items.length > 0 ? this.#renderIdentifiers(items) : nothing}
        ${copyright ? html`<p part="copyright">${shown(copyright)}</p>` : nothing}
        <div part="badges"><slot name="badges"></slot></div>
      </footer>
    `;
  }

  #renderIdentifiers(items: TemplateResult[]) {
    // Safari drops list semantics from a list styled without bullets; role="list" restores them.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="identifiers" role="list">
      ${items}
    </ul>`;
  }
}

const HAN = /\p{Script=Han}/u;
// Directional formatting characters make a number display reversed while its link keeps the
// original order: identifiers drop them, so what is shown is what is linked.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A property as trimmed text ('' for what is not text). */
const plain = (value: unknown) => toText(value).trim();

/** An identifier (filing number, code, contact) as text without directional controls. */
const identifier = (value: unknown) => toText(value).replace(BIDI_CONTROLS, '').trim();
