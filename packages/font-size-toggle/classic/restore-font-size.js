// Entry of dist/restore-font-size.js, a classic script (no module, no import) that applies the
// reader's remembered text size before the first paint, while the element's module is still on
// its way. It reads its options from its own tag, with the names and meanings of the toggle's
// attributes:
//   <div id="article-body">
//   <script src=".../restore-font-size.js" data-for="article-body"></script>
// data-for: id of the element to scale, as the toggle's `for`; it must already be parsed, so put
//   the script right after that element's start tag. Without data-for the whole page (<html>) is
//   scaled, as by a toggle without `for`; the script can then sit in <head>.
// data-storage-key, data-levels: as the toggle's `storage-key` and `levels`, when the page sets them.
// Imported as a module (`import '@civic-elements/font-size-toggle/restore-font-size.js'`) it has
// no tag to read: it scales the whole page from the default storage key.
import { restoreFontSize } from '../dist/restore.js';

const script = document.currentScript;
const { for: id, storageKey, levels } = script?.dataset ?? {};
restoreFontSize(id ? document.getElementById(id) : document.documentElement, { storageKey, levels });
