// The demo's one client module: registers the components used on the page.
import '@civic-elements/font-size-toggle';
