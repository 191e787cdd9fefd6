import { ReadingTools } from './reading-tools.js';

export { ReadingTools, type ReadingToolsStrings } from './reading-tools.js';
export { restoreReadingSettings, type RestoreReadingSettingsOptions } from './restore.js';
export type { ReadingSettings } from './settings.js';

// A page may load two copies of the package (a CMS widget and the page's own bundle): the
// second import must not throw.
if (!customElements.get('civic-reading-tools')) {
  customElements.define('civic-reading-tools', ReadingTools);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-reading-tools': ReadingTools;
  }
}
