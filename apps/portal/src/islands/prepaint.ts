// The pre-paint script: the reading tools' own (@civic-elements/reading-tools'
// restore-reading-settings.js), inlined at the top of <head> with `data-for` naming the content
// the reading aids apply to (the article body, or main). It applies the reader's remembered
// colours, cursor and text size to <html> before anything is painted, and the content's line
// spacing as soon as the parser has inserted it: Firefox and WebKit may paint the masthead while
// the rest of the page is still arriving (they ignore `blocking="render"`). The elements apply
// the same values again when they upgrade: nothing changes then.
import '@civic-elements/reading-tools/restore-reading-settings.js';
