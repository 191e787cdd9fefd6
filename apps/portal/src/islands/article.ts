// Article pages: the column nav and the text-size toggle. The article header and the footer stay
// server-rendered HTML and are never defined on the client.
//
// A classic script, placed right after the article body's start tag (src/templates/page.mjs):
// the toggle upgrades before any of the article's text is parsed and, as it connects, applies
// the reader's remembered text size to the body, so no frame shows the text at another size.
// This one script is the pre-paint script too: no separate copy of the restore code.
import { ColumnNav } from '@civic-elements/column-nav/column-nav.js';
import { FontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.js';
import { defineIsland } from './define-island.js';

defineIsland('civic-column-nav', ColumnNav);
defineIsland('civic-font-size-toggle', FontSizeToggle);
