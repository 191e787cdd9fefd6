// Lit SSR renders a custom element by constructing it, setting its attributes, updating it and
// rendering its shadow root: a third of an article page's render. The portal's elements render
// from their attributes alone (their text is light DOM, which the page's own template renders), so
// an element with the same tag and attributes renders the same shadow root on every page: the
// reading tools, the text-size toggle and the article header's shadow root are rendered a few
// times per build instead of once per page.
import { ElementRenderer, LitElementRenderer } from '@lit-labs/ssr';
import { HYDRATION_MARKERS, isMarker } from './valid-html.mjs';

// An element is kept once seen twice: the column nav names its page (`current`), so its renders
// never repeat and are not kept. Both are bounded: under a megabyte for a site of any size.
const MAX_KEPT = 200;
const MAX_SEEN = 2_000;

/**
 * An element renderer for Lit SSR's `elementRenderers` that renders each Lit element (tag and
 * attributes, in order) once and repeats the recorded result, with Lit's hydration markers left
 * out (nothing on the portal hydrates). An element given a property binding (`.name=${…}`), a
 * shadow root that renders asynchronously, or one not seen before, is rendered as Lit would.
 * Cached elements have no server-side instance, so they take no part in Lit SSR's event
 * emulation, which the portal's elements do not use while rendering.
 */
export function createCachedElementRenderer() {
  const kept = new Map();
  const seen = new Set();

  return class CachedElementRenderer extends ElementRenderer {
    static matchesClass(ctor, tagName, attributes) {
      return LitElementRenderer.matchesClass(ctor, tagName, attributes);
    }

    /** The attributes and properties set, in order, until the element connects. */
    #calls = [];
    #cacheable = true;
    #key;
    #hit;
    #renderer;
    #attributes;

    setAttribute(name, value) {
      this.#calls.push(['setAttribute', name, value]);
    }

    setProperty(name, value) {
      this.#cacheable = false;
      this.#calls.push(['setProperty', name, value]);
    }

    connectedCallback() {
      if (this.#cacheable) {
        this.#key = JSON.stringify([this.tagName, this.#calls]);
        this.#hit = kept.get(this.#key);
        if (this.#hit) return;
      }
      this.#renderer = new LitElementRenderer(this.tagName);
      for (const [method, name, value] of this.#calls) this.#renderer[method](name, value);
      this.#renderer.connectedCallback();
    }

    get shadowRootOptions() {
      return this.#hit?.shadowRootOptions ?? this.#renderer?.shadowRootOptions ?? super.shadowRootOptions;
    }

    renderAttributes() {
      if (this.#hit) return this.#hit.attributes;
      this.#attributes = this.#renderer.renderAttributes();
      return this.#attributes;
    }

    renderShadow(renderInfo) {
      if (this.#hit) return this.#hit.shadow === undefined ? undefined : [this.#hit.shadow];
      const contents = this.#renderer.renderShadow(renderInfo);
      if (this.#key === undefined || kept.size >= MAX_KEPT) return contents;
      if (!seen.has(this.#key)) {
        if (seen.size >= MAX_SEEN) seen.clear();
        seen.add(this.#key);
        return contents;
      }
      const entry = { attributes: this.#attributes, shadowRootOptions: this.#renderer.shadowRootOptions };
      if (contents === undefined) {
        kept.set(this.#key, entry);
        return undefined;
      }
      return record(contents, (shadow) => kept.set(this.#key, { ...entry, shadow }));
    }

    renderLight(renderInfo) {
      return this.#renderer?.renderLight(renderInfo);
    }
  };
}

/**
 * The render's chunks, each wrapped to note its text as Lit's iterator reaches it (Lit's thunks
 * must be called in order: they keep its place in the render), then hands `done` the whole text
 * without hydration markers, unless a chunk was a promise (its value is not seen here).
 */
function record(chunks, done) {
  let text = '';
  let complete = true;
  const wrap = (values) =>
    Array.from(values, (value) => () => {
      while (typeof value === 'function') value = value();
      if (typeof value === 'string') {
        if (!isMarker(value)) text += value;
        return value;
      }
      if (value === undefined) return undefined;
      if (Array.isArray(value)) return wrap(value);
      complete = false;
      return value;
    });
  return [
    ...wrap(chunks),
    () => {
      if (complete) done(text.replace(HYDRATION_MARKERS, ''));
      return undefined;
    },
  ];
}
