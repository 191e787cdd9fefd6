/// <reference types="vite/client" />
/// <reference types="@civic-elements/all/vue" />
