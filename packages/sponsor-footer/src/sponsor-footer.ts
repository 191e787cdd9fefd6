import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '@civic-elements/internal/nearest-lang.js';
import { visuallyHidden } from '@civic-elements/internal/visually-hidden.js';
import { safeHref } from '@civic-elements/internal/safe-url.js';
import { sponsorFooterStyles } from './sponsor-footer.styles.js';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;
const ICP_REGISTRY = 'https://beian.miit.gov.cn/';
const POLICE_REGISTRY = 'https://beian.mps.gov.cn/#/query/webSearch?code=';

const strings = {
  en: {
    sponsor: 'Sponsored by',
    undertaker: 'Undertaken by',
    coSponsor: 'Co-sponsored by',
    technicalSupport: 'Technical support',
    icp: 'ICP filing',
    policeFiling: 'Public security filing',
    siteCode: 'Website identification code',
    email: 'Email',
    phone: 'Telephone',
    newWindow: '(opens in a new window)',
    separator: ': ',
  },
  zh: {
    sponsor: '主办单位',
    undertaker: '承办单位',
    coSponsor: '协办单位',
    technicalSupport: '技术支持',
    icp: 'ICP备案号',
    policeFiling: '公安备案号',
    siteCode: '网站标识码',
    email: '电子邮箱',
    phone: '联系电话',
    newWindow: '（在新窗口打开）',
    separator: '：',
  },
};

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

  /** Sponsor (主办单位): the organisation responsible for the site. Required for government sites. */
  @property() sponsor: string | null = null;
  /** Undertaker (承办单位): the organisation that runs the site. */
  @property() undertaker: string | null = null;
  /** Co-sponsor (协办单位). */
  @property({ attribute: 'co-sponsor' }) coSponsor: string | null = null;
  /** Technical support (技术支持). */
  @property({ attribute: 'technical-support' }) technicalSupport: string | null = null;
  /** ICP filing number as written, e.g. `湘ICP备05002289号`. Required for sites hosted in China. */
  @property() icp: string | null = null;
  /** Link for the ICP number. Default: the MIIT filing registry. */
  @property({ attribute: 'icp-href' }) icpHref: string | null = null;
  /** Public-security filing number, e.g. `湘公网安备43040502000123号`. */
  @property({ attribute: 'police-filing' }) policeFiling: string | null = null;
  /** Link for the public-security number. Default: the registry's search for the number's digits. */
  @property({ attribute: 'police-filing-href' }) policeFilingHref: string | null = null;
  /** Government website identification code (网站标识码), shown as text. */
  @property({ attribute: 'site-code' }) siteCode: string | null = null;
  /** Contact email, linked with `mailto:`. */
  @property({ attribute: 'contact-email' }) contactEmail: string | null = null;
  /** Contact telephone, linked with `tel:`. */
  @property({ attribute: 'contact-phone' }) contactPhone: string | null = null;
  /** Copyright line, shown as given. */
  @property() copyright: string | null = null;

  /** Replaces "Sponsored by" / "主办单位". */
  @property({ attribute: 'sponsor-label' }) sponsorLabel: string | null = null;
  /** Replaces "Undertaken by" / "承办单位". */
  @property({ attribute: 'undertaker-label' }) undertakerLabel: string | null = null;
  /** Replaces "Co-sponsored by" / "协办单位". */
  @property({ attribute: 'co-sponsor-label' }) coSponsorLabel: string | null = null;
  /** Replaces "Technical support" / "技术支持". */
  @property({ attribute: 'technical-support-label' }) technicalSupportLabel: string | null = null;
  /** Replaces "ICP filing" / "ICP备案号". */
  @property({ attribute: 'icp-label' }) icpLabel: string | null = null;
  /** Replaces "Public security filing" / "公安备案号". */
  @property({ attribute: 'police-filing-label' }) policeFilingLabel: string | null = null;
  /** Replaces "Website identification code" / "网站标识码". */
  @property({ attribute: 'site-code-label' }) siteCodeLabel: string | null = null;

  private readonly i18n = new LangController(this);
  private warned = false;

  protected override updated(_changed: PropertyValues<this>): void {
    const missing = [
      !this.sponsor?.trim() && 'sponsor (主办单位)',
      !this.icp?.trim() && 'icp (ICP备案号)',
    ].filter(Boolean);
    if (missing.length > 0 && !this.warned) {
      this.warned = true;
      console.warn(
        `<civic-sponsor-footer>: a government website must show its sponsor and its ICP filing number; missing: ${missing.join(', ')}.`,
      );
    }
  }

  protected override render() {
    const text = this.i18n.strings(strings, {
      sponsor: this.sponsorLabel,
      undertaker: this.undertakerLabel,
      coSponsor: this.coSponsorLabel,
      technicalSupport: this.technicalSupportLabel,
      icp: this.icpLabel,
      policeFiling: this.policeFilingLabel,
      siteCode: this.siteCodeLabel,
    });
    const roles = [
      this.roleItem(text.separator, text.sponsor, this.sponsor),
      this.roleItem(text.separator, text.undertaker, this.undertaker),
      this.roleItem(text.separator, text.coSponsor, this.coSponsor),
      this.roleItem(text.separator, text.technicalSupport, this.technicalSupport),
    ].filter((item) => item !== nothing);

    const icp = this.icp?.trim();
    const police = this.policeFiling?.trim();
    const policeDigits = police?.replace(/\D/g, '') ?? '';
    const email = this.contactEmail?.trim();
    const phone = this.contactPhone?.trim();
    const identifiers = [
      icp && this.identifier(text, text.icp, icp, this.icpHref?.trim() || ICP_REGISTRY, true),
      police &&
        this.identifier(
          text,
          text.policeFiling,
          police,
          this.policeFilingHref?.trim() || `${POLICE_REGISTRY}${policeDigits}`,
          true,
        ),
      this.siteCode?.trim() && html`<li>${text.siteCode}${text.separator}${this.siteCode.trim()}</li>`,
      email &&
        this.identifier(
          text,
          text.email,
          email,
          /^[^\s@?]+@[^\s@?]+$/.test(email) ? `mailto:${email}` : undefined,
        ),
      phone &&
        this.identifier(
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
        ${identifiers.length > 0 ? this.renderIdentifiers(identifiers) : nothing}
        ${this.copyright?.trim() ? html`<p part="copyright">${this.copyright.trim()}</p>` : nothing}
        <div part="badges"><slot name="badges"></slot></div>
      </footer>
    `;
  }

  private renderIdentifiers(items: TemplateResult[]) {
    // Safari drops list semantics from a list styled without bullets; role="list" restores them.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul part="identifiers" role="list">
      ${items}
    </ul>`;
  }

  private roleItem(separator: string, label: string, name: string | null): TemplateResult | typeof nothing {
    const shown = name?.trim();
    if (!shown) return nothing;
    return html`<div part="role">
      <dt>${label}${separator}</dt>
      <dd>${shown}</dd>
    </div>`;
  }

  /** A labelled identifier, linked when its href is safe; registry links open a new window. */
  private identifier(
    text: (typeof strings)['en'],
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
