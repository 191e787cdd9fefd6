// The pre-paint script: a classic script the template places right after the start tag of the
// content the reading aids apply to (the article body, or main). It runs before any of that
// content is parsed and applies the reader's remembered text size, line spacing, colours and
// cursor, so no frame shows the page otherwise, even where `blocking="render"` is not supported
// and the islands' module runs after a first paint. The elements apply the same values again
// when they upgrade: nothing changes then.
//
// The reading tools' element loads only when its button is pressed, so this script also applies
// settings chosen in another tab (a `storage` event), as the element would.
import { restoreReadingSettings } from '@civic-elements/reading-tools/restore.js';

const target = document.currentScript?.parentElement ?? null;
restoreReadingSettings(target);
addEventListener('storage', () => restoreReadingSettings(target));
