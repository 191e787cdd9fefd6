// Test helpers: what assistive technology is given (roles, names, states) and browser emulation.
import { executeServerCommand } from '@web/test-runner-commands';

/** The engines the tests run in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running the test page (Chromium's user agent names Safari and AppleWebKit too). */
export const engine: Engine = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** Whether the test page runs in Firefox (some emulation commands exist only in Chromium). */
export const isFirefox = engine === 'firefox';

/** Why a test that emulates a media feature (forced colours, reduced motion) runs in Chromium only. */
export const MEDIA_EMULATION_IS_CHROMIUM_ONLY =
  'media features are emulated through Chromium’s DevTools protocol only; WebDriver (BiDi for Firefox, classic for WebKit) has no command for it';

/** Why a test of the browser's own accessibility tree runs in Chromium only. */
export const TREE_IS_CHROMIUM_ONLY =
  'only Chromium lets a test read its own accessibility tree (DevTools protocol); axe’s model is checked in every engine';

/** Why a test that emulates another time zone runs in Chromium only. */
export const TIME_ZONE_EMULATION_IS_CHROMIUM_ONLY =
  'a time zone is emulated through Chromium’s DevTools protocol only; WebDriver has no command for it';

/**
 * Skips the running test in the engines named, and prints why in the browser log. Only for what
 * an engine or its driver cannot do (emulation that exists in one protocol only); a test that
 * fails in one engine is a bug to fix, not a test to skip.
 */
export function skipIn(context: Mocha.Context, engines: Engine | Engine[], reason: string): void {
  if (!([] as Engine[]).concat(engines).includes(engine)) return;
  console.log(`Skipped in ${engine}: "${context.test?.fullTitle()}": ${reason}`);
  context.skip();
}

/** One node of the browser's accessibility tree, as Chromium reports it. */
export interface AxNode {
  role: string;
  name?: string;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  level?: number;
  focused?: boolean;
}

/**
 * The page's accessibility tree as the browser exposes it, flattened in reading order.
 * Undefined in browsers that do not let tests read it (Firefox, WebKit): callers leave out their
 * tree checks there, and this says so in the browser log.
 */
export async function browserAccessibilityTree(): Promise<AxNode[] | undefined> {
  const { nodes } = await executeServerCommand<{ nodes: AxNode[] | null }, undefined>('accessibility-tree');
  if (!nodes) {
    console.log(`Tree checks left out in ${engine}: ${TREE_IS_CHROMIUM_ONLY}.`);
  }
  return nodes ?? undefined;
}

interface AxeCommons {
  setup(root?: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    text: { accessibleTextVirtual(node: unknown): string };
    aria: { getRole(node: unknown): string | null };
  };
}

async function axeCore(): Promise<AxeCommons> {
  const w = window as unknown as { axe?: AxeCommons };
  if (!w.axe) await import('axe-core/axe.min.js' as string);
  return w.axe!;
}

/** Role and accessible name of an element as computed by axe-core (works in every browser). */
export async function roleAndName(element: Element): Promise<{ role: string | null; name: string }> {
  const axe = await axeCore();
  axe.setup(document);
  try {
    const virtual = axe.utils.getNodeFromTree(element);
    return {
      role: axe.commons.aria.getRole(virtual),
      name: axe.commons.text.accessibleTextVirtual(virtual).replace(/\s+/g, ' ').trim(),
    };
  } finally {
    axe.teardown();
  }
}

/**
 * Makes the page behave as for a reader in `timeZone` (undefined restores the machine's zone).
 * Resolves false where the browser cannot emulate it (Firefox, WebKit).
 */
export async function emulateTimeZone(timeZone: string | undefined): Promise<boolean> {
  const { emulated } = await executeServerCommand<{ emulated: boolean }, { timeZone?: string }>(
    'emulate-time-zone',
    { timeZone },
  );
  return emulated;
}

/**
 * Turns forced colours on or off for the page, and checks that the page now matches
 * `(forced-colors: active)` as asked, so a test can never pass in the wrong mode. Chromium only.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand<{ emulated: boolean }, { active: boolean }>('emulate-forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) {
    throw new Error(`forced colours could not be turned ${active ? 'on' : 'off'} in this browser`);
  }
}

/** Why a memory test that counts what garbage collection leaves runs in Chromium only. */
export const GC_IS_CHROMIUM_ONLY =
  'a garbage collection is forced through Chromium’s DevTools protocol only; WebDriver has no command for it';

/**
 * Forces a full garbage collection in the page (Chromium only; resolves false elsewhere). Run it
 * after the test has let go of what it checks, and count the WeakRefs that still hold.
 */
export async function collectGarbage(): Promise<boolean> {
  const { collected } = await executeServerCommand<{ collected: boolean }, undefined>('collect-garbage');
  return collected;
}

/** Runs `body` while collecting console.warn calls instead of printing them. */
export async function collectingWarnings(body: (warnings: unknown[][]) => Promise<void>): Promise<void> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}

/**
 * Server-renders `markup` with Lit SSR (in Node, from the built development module `module`,
 * e.g. "packages/column-nav/dist/development/index.js") and returns the HTML.
 */
export async function serverRender(module: string, markup: string): Promise<string> {
  const { html } = await executeServerCommand<{ html: string }, { module: string; markup: string }>(
    'ssr-render',
    {
      module,
      markup,
    },
  );
  return html;
}

/** Collects console.warn and console.error calls while `body` runs (Lit's development warnings among them). */
export async function collectingConsole(body: (messages: string[]) => Promise<void>): Promise<void> {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await body(messages);
  } finally {
    Object.assign(console, { warn, error });
  }
}
