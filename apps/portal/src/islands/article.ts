// Article pages: the column nav, the text-size toggle and the reading tools. The article header
// and the footer stay server-rendered HTML and are never defined on the client.
//
// A render-blocking module in the head, like nav.ts, so the reading tools' panel can be a chunk
// of its own (a classic script cannot be split). The remembered text size and reading settings
// are applied earlier still, by prepaint.ts inside the article body.
import { ColumnNav } from '@civic-elements/column-nav/column-nav.js';
import { FontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.js';
import { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';
import { defineIslands } from './define-island.js';

defineIslands({
  'civic-column-nav': ColumnNav,
  'civic-font-size-toggle': FontSizeToggle,
  'civic-reading-tools': ReadingTools,
});
