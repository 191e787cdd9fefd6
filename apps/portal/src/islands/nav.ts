// Pages without an article: the column nav's behaviour, and the reading tools once their button
// is first pressed. No Lit loads until then.
import { enhanceEveryPage } from './every-page.js';

enhanceEveryPage();
