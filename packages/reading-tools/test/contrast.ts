// WCAG contrast of every visible text node under a root, shadow roots included: the text's colour
// against the first opaque background behind it (walking up the flat tree). A translucent colour,
// or opacity on the text or anything around it (a greyed-out control), is blended into that
// background first, as the reader sees it.

type Rgba = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d')!;
function rgba(colour: string): Rgba {
  // The canvas normalises any CSS colour (rgb(), color(srgb …), named) to #rrggbb or rgba().
  probe.fillStyle = '#000';
  probe.fillStyle = colour;
  const value = String(probe.fillStyle);
  if (value.startsWith('#')) {
    return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const [r, g, b, a = 1] = value.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

function flatParent(node: Node): Element | null {
  if ((node instanceof Element || node instanceof Text) && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function background(element: Element | null): Rgba {
  for (let current = element; current; current = flatParent(current)) {
    const colour = rgba(getComputedStyle(current).backgroundColor);
    if (colour[3] === 1) return colour;
  }
  return [255, 255, 255, 1];
}

function* textNodes(root: Node): Generator<Text> {
  for (const child of root.childNodes) {
    if (child instanceof Text && child.data.trim()) yield child;
    if (child instanceof Element && child.shadowRoot) yield* textNodes(child.shadowRoot);
    if (!(child instanceof HTMLStyleElement || child instanceof HTMLScriptElement)) yield* textNodes(child);
  }
}

// Text for screen readers only (clipped to nothing) has no colour a reader sees.
function hiddenOnPurpose(element: Element): boolean {
  for (let current: Element | null = element; current; current = flatParent(current)) {
    if (getComputedStyle(current).clipPath.startsWith('inset(50%')) return true;
  }
  return false;
}

/** The opacity the text is painted with: its colour's alpha times every opacity around it. */
function opacity(element: Element, colour: Rgba): number {
  let alpha = colour[3];
  for (let current: Element | null = element; current; current = flatParent(current)) {
    alpha *= Number(getComputedStyle(current).opacity);
  }
  return alpha;
}

const blend = (colour: Rgba, alpha: number, behind: Rgba): Rgba =>
  [0, 1, 2].map((i) => colour[i] * alpha + behind[i] * (1 - alpha)).concat(1) as Rgba;

export interface TextContrast {
  text: string;
  ratio: number;
  colour: string;
}

/** Every visible text node under `root` with its contrast ratio. */
export function textContrasts(root: Node): TextContrast[] {
  const found: TextContrast[] = [];
  for (const node of textNodes(root)) {
    const parent = flatParent(node);
    if (!parent || !parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
    if (hiddenOnPurpose(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue; // visually hidden text has no readable box
    const colour = getComputedStyle(parent).color;
    const behind = background(parent);
    const painted = rgba(colour);
    found.push({
      text: node.data.trim().slice(0, 40),
      ratio: contrast(blend(painted, opacity(parent, painted), behind), behind),
      colour,
    });
  }
  return found;
}
