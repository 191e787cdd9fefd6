// Layout checks a reader would notice: text cut off by a clipping ancestor, text drawn over other
// text, and the WCAG 1.4.12 text-spacing override applied everywhere, shadow roots included.

/** WCAG 1.4.12: what a reader's text-spacing bookmarklet or user style forces onto a page. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

function shadowRootsUnder(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Applies the 1.4.12 spacing to the document and inside every shadow root under `root`. Returns an undo. */
export function applyTextSpacing(root: Node = document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const targets: (Document | ShadowRoot)[] = [document, ...shadowRootsUnder(root)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets)
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The parent in the flat tree: the slot a node is assigned to, its parent, or its shadow host. */
function flatParent(node: Node): Element | null {
  if (node instanceof Element || node instanceof Text) {
    const slot = node.assignedSlot;
    if (slot) return slot;
  }
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function visuallyHiddenOnPurpose(element: Element | null): boolean {
  for (let current = element; current; current = flatParent(current)) {
    const style = getComputedStyle(current);
    if (style.clipPath.startsWith('inset(50%') || style.clip.startsWith('rect(0')) return true;
  }
  return false;
}

interface TextBox {
  text: string;
  node: Text;
  rect: DOMRect;
}

function textBoxes(root: Node): TextBox[] {
  const boxes: TextBox[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text && node.data.trim()) {
      const parent = flatParent(node);
      if (!parent || visuallyHiddenOnPurpose(parent)) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) boxes.push({ text: node.data.trim(), node, rect });
      }
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return boxes;
}

const TOLERANCE = 0.5;

/**
 * Every way text under `root` is hidden from a sighted reader: a text box outside an ancestor
 * that clips its overflow, or two text boxes drawn over each other. Empty when all is readable.
 */
export function unreadableText(root: Node): string[] {
  const problems: string[] = [];
  const boxes = textBoxes(root);
  for (const { text, node, rect } of boxes) {
    for (let ancestor = flatParent(node); ancestor; ancestor = flatParent(ancestor)) {
      const style = getComputedStyle(ancestor);
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      const box = ancestor.getBoundingClientRect();
      const outX = rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE;
      const outY = rect.top < box.top - TOLERANCE || rect.bottom > box.bottom + TOLERANCE;
      if ((clipsX && outX) || (clipsY && outY)) {
        problems.push(
          `"${text}" is clipped by <${ancestor.localName}> (overflow ${style.overflowX} ${style.overflowY})`,
        );
        break;
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].rect;
      const b = boxes[j].rect;
      if (boxes[i].node === boxes[j].node) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Line boxes of neighbouring lines may touch; glyphs drawn over glyphs overlap by more.
      if (overlapX > 1 && overlapY > Math.min(a.height, b.height) / 2) {
        problems.push(`"${boxes[i].text}" overlaps "${boxes[j].text}"`);
      }
    }
  }
  return problems;
}

/**
 * Short Latin words (up to 12 characters) that are drawn broken over two or more lines: the sign of
 * a column squeezed narrower than a word ("Fr / om:"), which no reader can follow. Long words (web
 * addresses, filing numbers) may break on purpose, hyphenated text too, and Chinese breaks between
 * any two characters.
 */
export function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text && node.data.trim()) {
      const parent = flatParent(node);
      // Hyphenation (`hyphens: auto`, which Firefox applies to English) breaks words on purpose.
      if (parent && !visuallyHiddenOnPurpose(parent) && getComputedStyle(parent).hyphens !== 'auto') {
        for (const match of node.data.matchAll(/[A-Za-z0-9:,.'’]{2,12}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return broken;
}
