// Scales an element's text in relative units and undoes it exactly. The original inline style is
// kept on the element itself (under a global symbol) so that two toggles, even from two copies
// of this package, agree on what "unscaled" means.

const ORIGINAL = Symbol.for('civic-elements.font-size-toggle.original');

interface OriginalStyle {
  fontSize: string;
  fontSizePriority: string;
  scale: string;
  scalePriority: string;
  /** The style attribute as written, or null when there was none. */
  attribute: string | null;
  /** The inline style as the browser serialised it before scaling. */
  cssText: string;
  /** Unscaled font size as a multiple of what the element inherits (its `em`). */
  ratio: number;
}

type Scalable = HTMLElement & { [ORIGINAL]?: OriginalStyle };

/** Sets the element's font size to `scale` × its unscaled size, or restores it when scale is 1. */
export function scaleText(element: HTMLElement, scale: number): void {
  const target = element as Scalable;
  const style = target.style;
  let original = target[ORIGINAL];
  if (scale === 1) {
    if (original) restore(target, original);
    return;
  }
  if (!original) {
    original = {
      fontSize: style.getPropertyValue('font-size'),
      fontSizePriority: style.getPropertyPriority('font-size'),
      scale: style.getPropertyValue('--civic-font-scale'),
      scalePriority: style.getPropertyPriority('--civic-font-scale'),
      attribute: target.getAttribute('style'),
      cssText: style.cssText,
      ratio: 1,
    };
    // Measure in em so the result follows the reader's default size and the page's own sizes.
    const unscaled = parseFloat(getComputedStyle(target).fontSize);
    style.setProperty('font-size', '1em', 'important');
    const inherited = parseFloat(getComputedStyle(target).fontSize);
    original.ratio = unscaled > 0 && inherited > 0 ? unscaled / inherited : 1;
    target[ORIGINAL] = original;
  }
  const em = Math.round(original.ratio * scale * 1e6) / 1e6;
  style.setProperty('font-size', `${em}em`, 'important');
  style.setProperty('--civic-font-scale', String(scale));
}

function restore(target: Scalable, original: OriginalStyle): void {
  const style = target.style;
  style.setProperty('font-size', original.fontSize, original.fontSizePriority);
  style.setProperty('--civic-font-scale', original.scale, original.scalePriority);
  // When nothing else touched the inline style meanwhile, give back the attribute as written.
  // Reading the attribute first also flushes Chromium's lazily written inline style, which would
  // otherwise bring back an empty style="" after the removal.
  const current = target.getAttribute('style');
  if (style.cssText === original.cssText && current !== original.attribute) {
    if (original.attribute === null) target.removeAttribute('style');
    else target.setAttribute('style', original.attribute);
  }
  delete target[ORIGINAL];
}
