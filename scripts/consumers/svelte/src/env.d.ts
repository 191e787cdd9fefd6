/// <reference types="@civic-elements/all/svelte" />
