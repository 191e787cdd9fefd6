// The autoloader: one small module for CMS pages without a bundler. It loads only the elements a
// page uses, each from its own file beside it (sharing one copy of Lit and core): those in the
// document when it runs, those added later, and those inside the shadow roots of the elements it
// loaded. The build (build-autoloader.mjs) calls autoload() with one loader per element.

/** Tag name → a function that imports the element's file. */
export type ElementLoaders = Record<string, () => Promise<unknown>>;

/** Starts watching `document` for the tags in `loaders`; each file is imported at most once. */
export function autoload(loaders: ElementLoaders): void {
  const waiting = new Set(Object.keys(loaders));
  const watched = new WeakSet<Node>();

  const load = (tag: string): void => {
    if (!waiting.delete(tag)) return;
    loaders[tag]().then(
      () => customElements.whenDefined(tag).then(() => document.querySelectorAll(tag).forEach(watchShadow)),
      // Offline or blocked: try again when another one appears.
      () => waiting.add(tag),
    );
  };

  const discover = (root: ParentNode): void => {
    if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
    for (const tag of waiting) if (root.querySelector(tag)) load(tag);
  };

  const watch = (root: Document | ShadowRoot): void => {
    if (watched.has(root)) return;
    watched.add(root);
    discover(root);
    new MutationObserver((records) => {
      if (waiting.size === 0) return;
      for (const record of records)
        record.addedNodes.forEach((node) => node instanceof Element && discover(node));
    }).observe(root, { childList: true, subtree: true });
  };

  // An element's own shadow root may hold others (a composed control): watched once it rendered.
  const watchShadow = (element: Element): void => {
    const rendered = (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    void Promise.resolve(rendered).then(() => element.shadowRoot && watch(element.shadowRoot));
  };

  watch(document);
}
