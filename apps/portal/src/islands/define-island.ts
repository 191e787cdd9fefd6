// Registers server-rendered elements as islands. The portal does not hydrate: Lit's hydrate
// support patches LitElement's prototype for every element, and a component whose first client
// render matches the server's output does not need it. Instead an island empties its declarative
// shadow root when it creates its render root and renders afresh. That happens while the element
// upgrades, in the same task as its first render (a microtask later), so no frame ever shows the
// empty root. Only the elements passed here are ever defined on the client.
import type { LitElement } from 'lit';

type LitElementClass = new () => LitElement;

function define(tag: string, element: LitElementClass): void {
  if (customElements.get(tag)) return;
  class Island extends element {
    protected override createRenderRoot() {
      this.shadowRoot?.replaceChildren();
      return super.createRenderRoot();
    }
  }
  customElements.define(tag, Island);
}

/**
 * Defines the islands. Call it after enhanceEveryPage(), which attaches the declarative shadow
 * roots an engine left as inert templates, so the islands' own roots are the server's.
 */
export function defineIslands(islands: Record<string, LitElementClass>): void {
  for (const [tag, element] of Object.entries(islands)) define(tag, element);
}
