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

// Lit SSR marks where each part of a template starts and ends (<!--lit-part …-->, <!--lit-node
// N-->, and <?> for an empty part), for hydration. Nothing on the portal hydrates (islands render
// afresh, src/islands/define-island.ts), so they go: 4.4 KB of an article page, and <?> is not
// HTML. Text and attribute values are escaped, so these can only be Lit's.
export const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)(?: [^>]*)?-->|<\?>/g;
/** Whether a chunk of Lit SSR's output is one hydration marker, as Lit yields them. */
export const isMarker = (chunk) =>
  chunk === '<?>' ||
  chunk.startsWith('<!--lit-part') ||
  chunk.startsWith('<!--/lit-part') ||
  chunk.startsWith('<!--lit-node');
