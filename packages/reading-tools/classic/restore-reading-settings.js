// Entry of dist/restore-reading-settings.js, a classic script (no module, no import) that applies
// the reader's remembered reading aids (colours, cursor, line spacing and text size) before the
// first paint, while the element's module is still on its way. Put it in <head>. It reads its
// options from its own tag, with the names and meanings of <civic-reading-tools>' attributes:
//   <script src=".../restore-reading-settings.js" data-for="article-body"></script>
// data-for: id of the content the aids apply to, as the element's `for`. Colours, cursor and text
//   size belong to the whole page (<html>) and apply at once: Firefox and Safari may paint the
//   masthead while the rest of the page is still arriving, and must not show it at the old size.
//   The content's line spacing applies as soon as the parser has inserted that element (a
//   MutationObserver, whose callbacks run before the next frame). Without data-for, every aid
//   applies to the whole page.
// data-storage-key: as the element's `storage-key`; data-font-size-storage-key: the text size's
//   key, when the page gives its toggles a `storage-key`.
// It also applies settings chosen in another tab (a `storage` event), as the element would.
// Colours and the cursor are attributes on <html> that reading-tools.css turns into styles: link
// that stylesheet in <head> too. Imported as a module
// (`import '@civic-elements/reading-tools/restore-reading-settings.js'`) it has no tag to read: it
// applies the aids to the whole page from the default storage keys.
import { restoreReadingSettings } from '../dist/restore.js';

const { for: id, storageKey, fontSizeStorageKey } = document.currentScript?.dataset ?? {};
/** Applies every aid; the content once it is there, which it returns. */
const restore = () => {
  const target = id ? document.getElementById(id) : document.documentElement;
  // Until the content is parsed, its line spacing goes to an element no one sees.
  restoreReadingSettings(target ?? document.createElement('i'), { storageKey, fontSizeStorageKey });
  return target;
};
// Watched until it arrives (or the page is parsed without it: a wrong data-for).
if (!restore()) {
  const arrival = new MutationObserver(
    () => (restore() || document.readyState !== 'loading') && arrival.disconnect(),
  );
  arrival.observe(document, { childList: true, subtree: true });
}
addEventListener('storage', restore);
