// The portal's one client module: hydrates the server-rendered components. The hydrate support
// must load before any element class is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@civic-elements/column-nav';
import '@civic-elements/article-header';
import '@civic-elements/font-size-toggle';
import '@civic-elements/sponsor-footer';
