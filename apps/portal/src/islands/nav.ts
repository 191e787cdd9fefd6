// Pages without an article: the column nav (its narrow-layout disclosure) and the reading tools,
// whose panel loads from a chunk of its own on first open.
import { ColumnNav } from '@civic-elements/column-nav/column-nav.js';
import { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';
import { defineIslands } from './define-island.js';

defineIslands({ 'civic-column-nav': ColumnNav, 'civic-reading-tools': ReadingTools });
