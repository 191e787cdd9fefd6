// Which kind of font draws a character, as a reader sees it: its advance width in ems. A CJK font
// draws ’ and “ full width (1em); a Latin font about a third of that, so "People’s" set in a CJK
// font shows a gap after the apostrophe.

/** A page of its own (its own `lang` and stylesheets) in an iframe of this test's document. */
export interface FramedPage {
  document: Document;
  close(): void;
}

/** Loads `html` into an iframe and resolves once its stylesheets and fonts are ready. */
export function openPage(html: string, width = 800): Promise<FramedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = html;
  document.body.append(frame);
  return loaded.then(async () => {
    const page = frame.contentDocument!;
    await page.fonts.ready;
    return { document: page, close: () => frame.remove() };
  });
}

/** The advance width of the first `text` inside `element`, in ems of the font size it is set in. */
export function advanceInEm(element: Element, text: string): number {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = element.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const style = element.ownerDocument.defaultView!.getComputedStyle(node.parentElement!);
    const fontSize = parseFloat(style.fontSize);
    return range.getBoundingClientRect().width / fontSize;
  }
  throw new Error(`"${text}" is not in <${element.localName}>`);
}

/** Above this a quotation mark comes from a CJK font (full width); below it, from a Latin font. */
export const FULL_WIDTH = 0.9;
/** Below this a quotation mark comes from a Latin font. */
export const LATIN_WIDTH = 0.6;
