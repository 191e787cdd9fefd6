import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  jsonAttribute,
  LocaleController,
  safeHref,
  visuallyHidden,
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
  static override styles = [visuallyHidden, sponsorFooterStyles];

  /** @internal */
  static override properties = {
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
    strings: { converter: jsonAttribute },
  };

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
   * attribute, JSON. The names are listed under "Strings".
   */
  strings: ElementStrings<'civic-sponsor-footer'> | null = null;

  #i18n = new LocaleController<SponsorFooterStrings>(this, 'civic-sponsor-footer');

  protected override updated(changed: PropertyValues<this>): void {
    if (!DEV_MODE) return;
    if ((changed.has('sponsor') || changed.has('icp')) && !(this.sponsor?.trim() && this.icp?.trim())) {
      console.warn(
        '<civic-sponsor-footer> sponsor, icp: a government website must show its sponsor (主办单位) and its ICP filing number (ICP备案号).',
      );
    }
    for (const [property, attribute] of [
      ['icpHref', 'icp-href'],
      ['policeFilingHref', 'police-filing-href'],
    ] as const) {
      const href = this[property]?.trim();
      if (changed.has(property) && href && !safeHref(href)) {
        console.warn(
          `<civic-sponsor-footer> ${attribute}="${href}": not a safe URL; the number is shown without a link.`,
        );
      }
    }
  }

  protected override render() {
    const text = this.#i18n.strings(this.strings);
    const roles = [
      this.#roleItem(text.separator, text.sponsor, this.sponsor),
      this.#roleItem(text.separator, text.undertaker, this.undertaker),
      this.#roleItem(text.separator, text.coSponsor, this.coSponsor),
      this.#roleItem(text.separator, text.technicalSupport, this.technicalSupport),
    ].filter((item) => item !== nothing);

    const icp = this.icp?.trim();
    const police = this.policeFiling?.trim();
    const policeDigits = police?.replace(/\D/g, '') ?? '';
    const email = this.contactEmail?.trim();
    const phone = this.contactPhone?.trim();
    const identifiers = [
      icp && this.#identifier(text, text.icp, icp, this.icpHref?.trim() || ICP_REGISTRY, true),
      police &&
        this.#identifier(
          text,
          text.policeFiling,
          police,
          this.policeFilingHref?.trim() || `${POLICE_REGISTRY}${policeDigits}`,
          true,
        ),
      this.siteCode?.trim() && html`<li>${text.siteCode}${text.separator}${this.siteCode.trim()}</li>`,
      email &&
        this.#identifier(
          text,
          text.email,
          email,
          /^[^\s@?]+@[^\s@?]+$/.test(email) ? `mailto:${email}` : undefined,
        ),
      phone &&
        this.#identifier(
          text,
          text.phone,
          phone,
          /\d/.test(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined,
        ),
    ].filter((item): item is TemplateResult => Boolean(item));

    return html`
      <footer part="footer">
        <div part="links"><slot name="links"></slot></div>
        ${roles.length > 0 ? html`<dl part="roles">${roles}</dl>` : nothing}
        ${identifiers.length > 0 ? this.#renderIdentifiers(identifiers) : nothing}
        ${this.copyright?.trim() ? html`<p part="copyright">${this.copyright.trim()}</p>` : nothing}
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

  #roleItem(separator: string, label: string, name: string | null): TemplateResult | typeof nothing {
    const shown = name?.trim();
    if (!shown) return nothing;
    return html`<div part="role">
      <dt>${label}${separator}</dt>
      <dd>${shown}</dd>
    </div>`;
  }

  /** A labelled identifier, linked when its href is safe; registry links open a new window. */
  #identifier(
    text: SponsorFooterStrings,
    label: string,
    value: string,
    href: string | undefined,
    newWindow = false,
  ): TemplateResult {
    const safe = safeHref(href, LINK_SCHEMES);
    if (!safe) return html`<li>${label}${text.separator}${value}</li>`;
    return html`<li>
      ${
        newWindow
          ? html`<a href=${safe} target="_blank" rel="noopener noreferrer"
              >${label} ${value}<span class="visually-hidden"> ${text.newWindow}</span></a
            >`
          : html`${label}${text.separator}<a href=${safe}>${value}</a>`
      }
    </li>`;
  }
}
