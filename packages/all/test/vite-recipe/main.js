// The side-effect import first: it scales the page before anything below renders.
import '@civic-elements/all/restore-font-size.js';
import '@civic-elements/all';
