import { ColumnNav } from './column-nav.js';

export { ColumnNav } from './column-nav.js';
export { columnNavLightStyles } from './column-nav.light.styles.js';

// Importing a second copy of the package (a CMS widget beside the page's bundle) must not throw.
if (!customElements.get('civic-column-nav')) {
  customElements.define('civic-column-nav', ColumnNav);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-column-nav': ColumnNav;
  }
}
