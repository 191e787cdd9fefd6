// Server output made valid HTML where nothing hydrates.

// Lit SSR writes each declarative shadow root with both names of its mode: the standard
// `shadowrootmode` and the legacy `shadowroot` that no specification has (Chromium 90–110 knew
// only the legacy one). On the portal nothing hydrates, so the legacy name goes: those engines
// then leave the template inert, and core's attachDeclarativeShadowRoots (src/islands/every-page.ts)
// attaches it from `shadowrootmode`; without JavaScript they show the light-DOM content. Only
// Lit's exact opening tag matches: text and attribute values reach the page escaped.
const LEGACY_SHADOW_ROOT = /<template shadowroot="(open|closed)" shadowrootmode="\1"/g;

/** The page's HTML with declarative shadow roots named only by the standard `shadowrootmode`. */
export function withoutLegacyShadowRoot(html) {
  return html.replace(LEGACY_SHADOW_ROOT, '<template shadowrootmode="$1"');
}
