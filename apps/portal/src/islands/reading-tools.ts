// The reading tools' element, loaded by load-on-use.ts on the first press of its entry button.
import { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';
import { defineIslands } from './define-island.js';

defineIslands({ 'civic-reading-tools': ReadingTools });
