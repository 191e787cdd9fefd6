// The reading tools' element, loaded by load-on-use.ts on the first press of its entry button.
// Their panel holds a text-size toggle, so the toggle is defined here too, as an island: the
// article's server-rendered toggle is then rendered afresh by the element, which takes over from
// its Lit-free behaviour (article.ts), instead of being upgraded on top of the server's buttons.
import { FontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.js';
import { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';
import { defineIslands } from './define-island.js';

defineIslands({ 'civic-font-size-toggle': FontSizeToggle, 'civic-reading-tools': ReadingTools });
