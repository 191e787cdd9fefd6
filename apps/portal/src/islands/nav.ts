// Pages without an article: only the column nav runs (its narrow-layout disclosure).
import { ColumnNav } from '@civic-elements/column-nav/column-nav.js';
import { defineIsland } from './define-island.js';

defineIsland('civic-column-nav', ColumnNav);
