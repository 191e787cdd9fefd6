// Article pages: what every page runs, plus the text-size toggle. The article header and the
// footer stay server-rendered HTML and are never defined on the client.
//
// The remembered text size and reading settings are already applied, by prepaint.ts in the
// <head>. Everything here waits until the page has been painted once: it changes nothing a
// reader sees (the toggle renders the server's markup again), so it must not delay the first
// paint with a long task on a slow phone.
import { FontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.js';
import { afterFirstPaint } from './after-first-paint.js';
import { defineIslands } from './define-island.js';
import { enhanceEveryPage } from './every-page.js';

afterFirstPaint(() => {
  enhanceEveryPage();
  defineIslands({ 'civic-font-size-toggle': FontSizeToggle });
});
