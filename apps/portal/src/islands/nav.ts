// Pages without an article: the column nav's behaviour, and the reading tools once their button
// is first pressed. No Lit loads until then. Like the article's islands, after the first paint.
import { afterFirstPaint } from './after-first-paint.js';
import { enhanceEveryPage } from './every-page.js';

afterFirstPaint(enhanceEveryPage);
