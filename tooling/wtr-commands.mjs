// Web Test Runner commands the stock plugins lack.
import { components } from './components.mjs';

//
// accessibility-tree returns the browser's own accessibility tree (not axe's model),
// flattened to the nodes tests ask about. Chromium only: Firefox over WebDriver BiDi has no
// accessibility API yet, so there the command answers `nodes: null` and tests fall back to axe's model.
const SKIPPED_ROLES = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'StaticText', 'RootWebArea']);

function flatten(node, out) {
  if (!node) return out;
  if (!SKIPPED_ROLES.has(node.role) && !node.ignored) {
    const { children: _children, backendNodeId: _id, loaderId: _loader, ...rest } = node;
    out.push(rest);
  }
  for (const child of node.children ?? []) flatten(child, out);
  return out;
}

export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') return { nodes: null };
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      return { nodes: flatten(tree, []) };
    },
  };
}

/** emulate-time-zone: runs the page as a reader in another IANA time zone (Chromium only). */
export function timeZonePlugin() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') return { emulated: false };
      await page.emulateTimezone(payload?.timeZone || undefined);
      return { emulated: true };
    },
  };
}

/**
 * emulate-forced-colors: turns forced colours (Windows High Contrast) on or off (Chromium only).
 * The stock emulateMedia command accepts `forcedColors` but ignores it for Puppeteer-driven
 * browsers, so tests that used it ran in normal colours and asserted nothing about this mode.
 */
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') return { emulated: false };
      // Puppeteer's emulateMediaFeatures does not know forced-colors either: the protocol does.
      // The session is kept, as emulation lasts only as long as the session that set it.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return { emulated: true };
    },
  };
}

/**
 * collect-garbage: a full garbage collection in the test page, through the DevTools protocol's
 * HeapProfiler.collectGarbage (Chromium only), so a memory test can count what survives.
 */
export function collectGarbagePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'collect-garbage',
    async executeCommand({ command, session }) {
      if (command !== 'collect-garbage') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') return { collected: false };
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('HeapProfiler.collectGarbage');
      return { collected: true };
    },
  };
}

/**
 * ssr-render: renders markup on the server with Lit SSR, as a page would, and returns the HTML
 * (declarative shadow DOM) for a browser test to hydrate. `module` is the built module that
 * defines the elements, relative to the repository root: the browser side must load the very
 * same file, since hydration matches templates by their exact text.
 */
export function ssrRenderPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      const [{ render }, { collectResult }, { html }] = await Promise.all([
        import('@lit-labs/ssr'),
        import('@lit-labs/ssr/lib/render-result.js'),
        import('lit'),
      ]);
      await import(new URL(`../${payload.module}`, import.meta.url).href);
      const strings = Object.assign([payload.markup], { raw: [payload.markup] });
      return { html: await collectResult(render(html(strings))) };
    },
  };
}

/**
 * civic-component: the component whose tag is `payload.tag` (name, tag, className and the rest of
 * its "civic" block), as tooling/components.mjs reads it from the package.json (the browser cannot
 * read files), or null; without a tag, every component.
 */
export function civicComponentPlugin() {
  return {
    name: 'civic-component',
    async executeCommand({ command, payload }) {
      if (command !== 'civic-component') return undefined;
      if (!payload?.tag) return components;
      return components.find((component) => component.tag === payload.tag) ?? null;
    },
  };
}
