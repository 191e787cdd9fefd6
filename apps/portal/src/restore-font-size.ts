// A tiny classic script placed right after <div id="article-body">: it applies the reader's
// remembered text size before the article is painted, so the page never flashes the old size.
import { restoreFontSize } from '@civic-elements/font-size-toggle/restore.js';

restoreFontSize(document.getElementById('article-body'));
