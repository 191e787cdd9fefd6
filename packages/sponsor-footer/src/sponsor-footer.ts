import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { adoptPageStyles, afterIdle, LocaleController, nearestLang, safeHref } from '@civic-elements/core';
import {
  hasContentFields,
  plain,
  sponsorFooterContent,
  sponsorFooterLightStyles,
} from './sponsor-footer.content.js';
import { sponsorFooterStyles } from './sponsor-footer.styles.js';
import { sponsorFooterStrings, type SponsorFooterStrings } from './strings.js';

/**
 * The footer of a government portal: who sponsors and runs the site, its ICP and public-security
 * filing numbers (linked to the registries), the website identification code, contacts and
 * copyright. Used as the page footer it is the page's `contentinfo` landmark.
 *
 * Two forms. The attribute form (`sponsor`, `icp`…) is for frameworks. The HTML-first form is
 * for CMS templates and servers: with none of those attributes set, the element lays out its own
 * light-DOM `<footer>` (the roles, the filing numbers as links), which reads in every browser
 * before and without JavaScript; `sponsorFooterHtml()` writes that markup.
 *
 * @element civic-sponsor-footer
 *
 * @slot - The HTML-first form's content: a `<footer>` as in the README.
 * @slot links - Site links above the details: privacy, sitemap, accessibility statement.
 * @slot badges - Badges below the details, such as the government website badge and its link.
 *
 * @csspart footer - The `<footer>`.
 * @csspart links - Wrapper of the `links` slot.
 * @csspart roles - The description list of sponsor, operator, co-sponsor and technical support.
 * @csspart role - One organisation role: label and name.
 * @csspart identifiers - The list of filing numbers, site code and contacts.
 * @csspart copyright - The copyright line.
 * @csspart badges - Wrapper of the `badges` slot.
 *
 * @cssprop [--civic-sponsor-footer-color=var(--civic-color-text)] - Text colour.
 * @cssprop [--civic-sponsor-footer-background=var(--civic-color-surface-muted)] - Background.
 * @cssprop [--civic-sponsor-footer-accent=var(--civic-color-accent)] - The rule above the footer.
 * @cssprop [--civic-sponsor-footer-link-color=var(--civic-color-link)] - Link colour.
 * @cssprop [--civic-sponsor-footer-max-width=64em] - Width of the centred content.
 * @cssprop [--civic-focus-color=var(--civic-color-focus)] - Focus outline colour.
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
      operator: {},
      undertaker: { noAccessor: true },
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
  /** Operator (承办单位): the organisation that runs the site. */
  operator: string | null = null;

  /**
   * @deprecated The former name of `operator` (attribute `undertaker`); it still works and warns
   * in development. It goes in the next minor release.
   */
  get undertaker(): string | null {
    return this.operator;
  }
  set undertaker(value: string | null) {
    if (DEV_MODE && value != null) {
      console.warn('<civic-sponsor-footer> undertaker: deprecated; use operator (attribute "operator").');
    }
    this.operator = value;
  }
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
  strings: Partial<SponsorFooterStrings> | string | null = null;

  #i18n = new LocaleController(this, sponsorFooterStrings);
  #missingCheck = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (!DEV_MODE) return;
    // Only if still missing once the page went idle, for frameworks that set them late; not in
    // the HTML-first form, whose sponsor and number are the page's own markup.
    if ((changed.has('sponsor') || changed.has('icp')) && !this.#missingCheck) {
      this.#missingCheck = true;
      afterIdle(() => {
        this.#missingCheck = false;
        if (this.isConnected && hasContentFields(this) && !(plain(this.sponsor) && plain(this.icp))) {
          console.warn(
            '<civic-sponsor-footer> sponsor, icp: a government website must show its sponsor (主办单位) and its ICP filing number (ICP备案号).',
          );
        }
      });
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

  override connectedCallback(): void {
    super.connectedCallback();
    // The HTML-first form is laid out by styles in the page, which may not have linked them.
    if (!hasContentFields(this)) adoptPageStyles(this, sponsorFooterLightStyles);
  }

  protected override render(): TemplateResult {
    // HTML-first: the page's own <footer> is the content and the landmark; nothing is added.
    if (!hasContentFields(this)) return html`<slot></slot>`;
    return html`
      <footer part="footer">
        <div part="links"><slot name="links"></slot></div>
        ${sponsorFooterContent(this, this.#i18n.strings(this.strings), nearestLang(this))}
        <div part="badges"><slot name="badges"></slot></div>
      </footer>
    `;
  }
}
