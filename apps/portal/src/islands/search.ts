// The search page: what every page runs, and the search itself. Like the other islands, after
// the first paint.
import { afterFirstPaint } from './after-first-paint.js';
import { enhanceEveryPage } from './every-page.js';
import { enhanceSearch } from './search-page.js';

afterFirstPaint(() => {
  enhanceEveryPage();
  void enhanceSearch();
});
