import { SponsorFooter } from './sponsor-footer.js';

export { SponsorFooter } from './sponsor-footer.js';
export {
  sponsorFooterHtml,
  sponsorFooterLightStyles,
  type SponsorFooterFields,
} from './sponsor-footer.content.js';

// Importing a second copy of the package (a CMS widget beside the page's bundle) must not throw.
if (!customElements.get('civic-sponsor-footer')) {
  customElements.define('civic-sponsor-footer', SponsorFooter);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-sponsor-footer': SponsorFooter;
  }
}
