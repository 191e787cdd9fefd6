// SSR → hydrate in a real browser: the server's declarative shadow DOM is put in the page, the
// element's module loads afterwards with Lit's hydrate support, and the test sees whether the
// server's DOM was kept, whether anything moved, and what Lit said.
// A test file using this must import it first, before anything that loads Lit: the hydrate
// support has to be in place when LitElement is evaluated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { nextFrame } from '@open-wc/testing';
import { collectingConsole, serverRender } from './browser.js';

export interface Hydrated {
  /** One wrapper per width, each holding the server's HTML. */
  containers: HTMLElement[];
  /** Whether every element's shadow root still holds the nodes the server rendered. */
  keptServerDom: boolean;
  /**
   * The layout shift hydration caused, from the browser's Layout Instability API (what
   * Lighthouse's CLS adds up); undefined where the browser does not report it (Firefox, WebKit),
   * which the browser log then says.
   */
  layoutShift?: number;
  /** Console warnings and errors during hydration, Lit's "dev mode" notice left out. */
  messages: string[];
}

/**
 * Server-renders `markup` with the package's built development module, puts it in containers of
 * the given widths, then loads the same module in the browser so the elements hydrate.
 */
export async function hydrateServerRender(
  pkg: string,
  markup: string,
  { widths = [800] }: { widths?: number[] } = {},
): Promise<Hydrated> {
  const module = `packages/${pkg}/dist/development/index.js`;
  const html = await serverRender(module, markup);
  const containers = widths.map((width) => {
    const container = document.createElement('div');
    container.style.width = `${width}px`;
    container.setHTMLUnsafe(html);
    document.body.append(container);
    return container;
  });
  const hosts = () =>
    containers.flatMap((container) => [...container.querySelectorAll('*')].filter((e) => e.shadowRoot));
  const serverNodes = hosts().map((host) => [...host.shadowRoot!.querySelectorAll('*')]);
  const topLevel = (host: Element) =>
    [...host.shadowRoot!.children].filter((child) => child.localName !== 'style');
  const serverTopLevel = hosts().map((host) => topLevel(host));
  await nextFrame();
  await nextFrame();
  let layoutShift: number | undefined;
  const observer = PerformanceObserver.supportedEntryTypes.includes('layout-shift')
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          layoutShift = (layoutShift ?? 0) + (entry as PerformanceEntry & { value: number }).value;
      })
    : undefined;
  if (observer) {
    layoutShift = 0;
    observer.observe({ type: 'layout-shift' });
  } else {
    console.log('Layout shift not measured: this engine has no Layout Instability API.');
  }
  let messages: string[] = [];
  await collectingConsole(async (collected) => {
    await import(/* @vite-ignore */ `/${module}`);
    for (const host of hosts())
      await (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await nextFrame();
    await nextFrame();
    for (const host of hosts())
      await (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await nextFrame();
    messages = collected.filter((message) => !message.includes('dev-mode'));
  });
  if (observer) {
    for (const entry of observer.takeRecords())
      layoutShift! += (entry as PerformanceEntry & { value: number }).value;
    observer.disconnect();
  }
  // Kept, and not rendered a second time beside it (what a failed hydration does).
  const keptServerDom = hosts().every(
    (host, i) =>
      serverNodes[i].every((node) => host.shadowRoot!.contains(node)) &&
      topLevel(host).length === serverTopLevel[i].length &&
      topLevel(host).every((child, j) => child === serverTopLevel[i][j]),
  );
  return { containers, keptServerDom, layoutShift, messages };
}
