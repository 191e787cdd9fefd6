// The reading tools' entry button is server HTML: the element's declarative shadow root. The
// element, its panel and their strings load on the first press of that button (a click, or Enter
// or Space, which click it), then the panel opens. Reading settings a reader chose earlier are
// applied by the pre-paint script, so a page that is only read never loads any of it.
import type { ReadingTools } from '@civic-elements/reading-tools/reading-tools.js';

const TAG = 'civic-reading-tools';

/**
 * Arms every `<civic-reading-tools>` of the page: marks it `data-load-on-use` (the page's CSS
 * shows the server's button only then, so a page whose scripts never ran shows no dead button)
 * and, on the first press, runs `load` (which defines the element) and opens the panel.
 */
export function loadReadingToolsOnUse(load: () => Promise<unknown>): void {
  const hosts = document.querySelectorAll(TAG);
  if (hosts.length === 0) return;
  for (const host of hosts) host.setAttribute('data-load-on-use', '');
  let loading: Promise<unknown> | undefined;
  const onClick = async (event: Event): Promise<void> => {
    const host = event
      .composedPath()
      .find((node): node is ReadingTools => (node as Element).localName === TAG);
    if (!host || customElements.get(TAG)) return;
    document.removeEventListener('click', onClick);
    // The upgrade renders the button afresh, and so does the text-size toggle's, which the chunk
    // defines too (a click need not move focus, as in Safari): focus goes to the new button in
    // the place of the old one it was on.
    const focused = document.activeElement as (Element & { updateComplete?: Promise<unknown> }) | null;
    const buttons = () => [...(focused?.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])];
    const index = buttons().indexOf(focused?.shadowRoot?.activeElement as HTMLElement);
    await (loading ??= load());
    await customElements.whenDefined(TAG);
    await host.updateComplete;
    await focused?.updateComplete;
    if (index >= 0) buttons()[index]?.focus();
    if (!host.open) await host.show();
  };
  document.addEventListener('click', onClick);
}
