// Entry of dist/restore-reading-settings.js, a classic script (no module, no import) that applies
// the reader's remembered reading aids (colours, cursor, line spacing and text size) before the
// first paint, while the element's module is still on its way. It reads its options from its own
// tag, with the names and meanings of <civic-reading-tools>' attributes:
//   <div id="article-body">
//   <script src=".../restore-reading-settings.js" data-for="article-body"></script>
// data-for: id of the content the aids apply to, as the element's `for`; it must already be
//   parsed, so put the script right after that element's start tag. Without data-for the aids
//   apply to the whole page (<html>), and the script can sit in <head>.
// data-storage-key: as the element's `storage-key`; data-font-size-storage-key: the text size's
//   key, when the page gives its toggles a `storage-key`.
// Colours and the cursor are attributes on <html> that reading-tools.css turns into styles: link
// that stylesheet in <head> too. Imported as a module
// (`import '@civic-elements/reading-tools/restore-reading-settings.js'`) it has no tag to read: it
// applies the aids to the whole page from the default storage keys.
import { restoreReadingSettings } from '../dist/restore.js';

const script = document.currentScript;
const { for: id, storageKey, fontSizeStorageKey } = script?.dataset ?? {};
restoreReadingSettings(id ? document.getElementById(id) : null, { storageKey, fontSizeStorageKey });
