// Article pages: what every page runs, plus the text-size toggle. The article header and the
// footer stay server-rendered HTML and are never defined on the client.
//
// A render-blocking module in the head: the toggle shows its state before the first paint. The
// remembered text size and reading settings are applied earlier still, by prepaint.ts inside the
// article body.
import { FontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.js';
import { defineIslands } from './define-island.js';
import { enhanceEveryPage } from './every-page.js';

enhanceEveryPage();
defineIslands({ 'civic-font-size-toggle': FontSizeToggle });
