// Pages without an article: the column nav (its narrow-layout disclosure) and the reading tools,
// whose panel loads from a chunk of its own on first open.
import { ColumnNav } from '@civic-elements/column-nav/column-nav.js';
import { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';
import { defineIsland } from './define-island.js';

defineIsland('civic-column-nav', ColumnNav);
defineIsland('civic-reading-tools', ReadingTools);
