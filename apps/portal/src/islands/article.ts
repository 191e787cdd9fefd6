// Article pages: what every page runs, plus the text-size toggle's behaviour on its server-rendered
// buttons. No Lit loads: the toggle, the article header and the footer stay server-rendered HTML
// and are never defined here (the reading tools define the toggle when their panel is opened, and
// it takes over then).
//
// The remembered text size and reading settings are already applied, by prepaint.ts in the
// <head>. Everything here waits until the page has been painted once: it changes nothing a
// reader sees, so it must not delay the first paint with a long task on a slow phone.
import { enhanceFontSizeToggle } from '@civic-elements/font-size-toggle/font-size-toggle.behaviour.js';
import { afterFirstPaint } from './after-first-paint.js';
import { enhanceEveryPage } from './every-page.js';

afterFirstPaint(() => {
  enhanceEveryPage();
  for (const toggle of document.querySelectorAll<HTMLElement>('civic-font-size-toggle'))
    enhanceFontSizeToggle(toggle);
});
