// What every page kind runs: server-rendered shadow roots attached where the engine left them
// inert, the column nav's behaviour on its server-rendered markup (no Lit needed: the element is
// never defined here), and the reading tools armed to load on the first press of their button.
import { enhanceColumnNav } from '@civic-elements/column-nav/column-nav.behaviour.js';
// Its own module: the core barrel would bring Lit's shared chunk to pages that need no Lit.
import { attachDeclarativeShadowRoots } from '@civic-elements/core/declarative-shadow-dom.js';
import { loadReadingToolsOnUse } from './load-on-use.js';

export function enhanceEveryPage(): void {
  attachDeclarativeShadowRoots();
  for (const nav of document.querySelectorAll<HTMLElement>('civic-column-nav')) enhanceColumnNav(nav);
  loadReadingToolsOnUse(() => import('./reading-tools.js'));
}
