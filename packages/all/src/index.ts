// One import registers every Civic Elements component.
import '@civic-elements/article-header';
import '@civic-elements/column-nav';
import '@civic-elements/font-size-toggle';
import '@civic-elements/reading-tools';
import '@civic-elements/sponsor-footer';

export { ArticleHeader } from '@civic-elements/article-header';
export { ColumnNav } from '@civic-elements/column-nav';
export { FontSizeToggle, type FontSizeChangeDetail } from '@civic-elements/font-size-toggle';
export { ReadingTools, type ReadingSettings } from '@civic-elements/reading-tools';
export { SponsorFooter } from '@civic-elements/sponsor-footer';
