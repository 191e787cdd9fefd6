import { ArticleHeader } from './article-header.js';

export { ArticleHeader } from './article-header.js';
export {
  articleHeaderHtml,
  articleHeaderLightStyles,
  type ArticleHeaderFields,
} from './article-header.content.js';

// Importing a second copy of the package (a CMS widget beside the page's bundle) must not throw.
if (!customElements.get('civic-article-header')) {
  customElements.define('civic-article-header', ArticleHeader);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-header': ArticleHeader;
  }
}
