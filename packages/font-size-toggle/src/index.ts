import { FontSizeToggle } from './font-size-toggle.js';

export { FontSizeToggle } from './font-size-toggle.js';
export { restoreFontSize, type RestoreFontSizeOptions } from './restore.js';
export type { FontSizeChangeDetail } from './font-size-toggle.js';

// A page may load two copies of the package (a CMS widget and the page's own bundle): the
// second import must not throw.
if (!customElements.get('civic-font-size-toggle')) {
  customElements.define('civic-font-size-toggle', FontSizeToggle);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-font-size-toggle': FontSizeToggle;
  }
}
