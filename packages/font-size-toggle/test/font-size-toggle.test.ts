import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  browserAccessibilityTree,
  collectingWarnings,
  emulateForcedColors,
  MEDIA_EMULATION_IS_CHROMIUM_ONLY,
  roleAndName,
  skipIn,
  TREE_IS_CHROMIUM_ONLY,
} from '@civic-elements/tooling/testing/browser.js';
import { assertHostileInputIsHarmless } from '@civic-elements/tooling/testing/hostile.js';
import { applyTextSpacing, unreadableText } from '@civic-elements/tooling/testing/layout.js';
import { registerStrings } from '@civic-elements/core';
import { FontSizeToggle, restoreFontSize } from '../src/index.js';
import { normalizeLevels } from '../src/levels.js';

let keyCount = 0;
/** A storage key no other test has used, so tests never see each other's choices. */
const freshKey = () => `civic-font-size-test-${Date.now()}-${keyCount++}`;

async function toggleFor(target: string | null, attrs: Record<string, string> = {}) {
  const el = document.createElement('civic-font-size-toggle');
  if (target !== null) el.setAttribute('for', target);
  el.setAttribute('storage-key', attrs['storage-key'] ?? freshKey());
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <p id="body-text" style="font-size: 20px">Council notice</p>
    </div>`,
  );
  wrapper.prepend(el);
  await el.updateComplete;
  return { el, wrapper, text: wrapper.querySelector<HTMLElement>('#body-text')! };
}

const buttons = (el: FontSizeToggle) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const pressed = (el: FontSizeToggle) => buttons(el).filter((b) => b.getAttribute('aria-pressed') === 'true');
/** The text a sighted reader sees in an element: its text nodes drawn larger than a pixel. */
function seenText(element: Element): string {
  const seen: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    let { left, top, right, bottom } = range.getBoundingClientRect();
    // Cut by every box on the way up that hides what overflows it, or clips itself away.
    for (let box = node.parentElement; box && element.contains(box); box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.clipPath.startsWith('inset(50%')) right = left;
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const clip = box.getBoundingClientRect();
        [left, top] = [Math.max(left, clip.left), Math.max(top, clip.top)];
        [right, bottom] = [Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
      }
    }
    if (right - left > 1 && bottom - top > 1) seen.push(node.textContent!);
  }
  return seen.join(' ').replace(/\s+/g, ' ').trim();
}
const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.documentElement.lang = 'en';
});

describe('registration', () => {
  it('registers <civic-font-size-toggle> as FontSizeToggle', () => {
    expect(customElements.get('civic-font-size-toggle')).to.equal(FontSizeToggle);
  });

  it('does not throw when a second copy of the package is imported', async () => {
    // dist/ is a separately built copy with its own class, as a second bundle on a page would be.
    await import('../dist/index.js');
    expect(customElements.get('civic-font-size-toggle')).to.equal(FontSizeToggle);
  });
});

describe('roles, names and states', () => {
  it('is a group named by its visible label "Text size"', async () => {
    const { el } = await toggleFor('body-text');
    const group = el.shadowRoot!.querySelector('[part="group"]')!;
    const label = el.shadowRoot!.querySelector('[part="label"]')!;
    expect(label.textContent).to.equal('Text size');
    expect(await roleAndName(group)).to.deep.equal({ role: 'group', name: 'Text size' });
  });

  it('exposes the group and one pressed-state button per level in the browser accessibility tree', async function () {
    skipIn(this, ['firefox', 'webkit'], TREE_IS_CHROMIUM_ONLY);
    await toggleFor('body-text');
    const tree = (await browserAccessibilityTree())!;
    expect(tree).to.deep.include({ role: 'group', name: 'Text size' });
    expect(tree.filter((n) => n.role === 'button')).to.deep.equal([
      { role: 'button', name: 'A 100%', pressed: true },
      { role: 'button', name: 'A 125%', pressed: false },
      { role: 'button', name: 'A 150%', pressed: false },
    ]);
  });

  it('renders native type="button" buttons named by the visible "A" and the percentage', async () => {
    const { el } = await toggleFor('body-text');
    const names = await Promise.all(buttons(el).map(async (b) => (await roleAndName(b)).name));
    expect(names).to.deep.equal(['A 100%', 'A 125%', 'A 150%']);
    for (const button of buttons(el)) {
      expect(button.type).to.equal('button');
      expect(button.querySelector('.glyph')!.textContent).to.equal('A');
    }
  });

  for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
    it(`names each button by exactly the text it shows, in ${lang}`, async () => {
      const wrapper = await fixture(
        html`<div lang=${lang}><civic-font-size-toggle storage-key=""></civic-font-size-toggle></div>`,
      );
      const toggle = wrapper.querySelector<FontSizeToggle>('civic-font-size-toggle')!;
      await toggle.updateComplete;
      for (const button of buttons(toggle)) {
        const { name } = await roleAndName(button);
        expect(name.replace(/\s+/g, ' ').trim()).to.equal(seenText(button));
      }
    });
  }

  it('shows the percentage under each "A" inside a 44 px target', async () => {
    const { el } = await toggleFor('body-text');
    for (const button of buttons(el)) {
      const percent = button.querySelector('small')!;
      const box = percent.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.top).to.be.at.least(button.querySelector('.glyph')!.getBoundingClientRect().bottom - 1);
      const target = button.getBoundingClientRect();
      expect(target.width).to.be.at.least(44);
      expect(target.height).to.be.at.least(44);
    }
  });

  it('draws each "A" larger than the one before', async () => {
    const { el } = await toggleFor('body-text');
    const sizes = buttons(el).map((b) => px(b.querySelector('.glyph')!));
    expect(sizes[1]).to.be.greaterThan(sizes[0]);
    expect(sizes[2]).to.be.greaterThan(sizes[1]);
  });

  it('marks exactly the current level with aria-pressed="true"', async () => {
    const { el } = await toggleFor('body-text', { value: '1.25' });
    expect(pressed(el)).to.have.length(1);
    expect(pressed(el)[0]).to.equal(buttons(el)[1]);
    buttons(el)[2].click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([buttons(el)[2]]);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
  });

  it('uses the "label" string as the visible label and the group name', async () => {
    const { el } = await toggleFor('body-text', { strings: '{"label": "Reading size"}' });
    const group = el.shadowRoot!.querySelector('[part="group"]')!;
    expect(await roleAndName(group)).to.deep.equal({ role: 'group', name: 'Reading size' });
  });
});

describe('levels', () => {
  it('defaults to 1, 1.25 and 1.5', async () => {
    const { el } = await toggleFor('body-text');
    expect(el.levels).to.deep.equal([1, 1.25, 1.5]);
    expect(buttons(el)).to.have.length(3);
  });

  it('parses the attribute, ignoring non-numbers, clamping to 0.75–3, removing duplicates and sorting', async () => {
    const { el } = await toggleFor('body-text', { levels: '2, abc, 0.1, 1,, 2, 5, 1.5' });
    expect(el.levels).to.deep.equal([0.75, 1, 1.5, 2, 3]);
    const names = await Promise.all(buttons(el).map(async (b) => (await roleAndName(b)).name));
    expect(names).to.deep.equal(['A 75%', 'A 100%', 'A 150%', 'A 200%', 'A 300%']);
  });

  it('falls back to the default when nothing valid is given', async () => {
    const { el } = await toggleFor('body-text', { levels: 'small, large' });
    expect(el.levels).to.deep.equal([1, 1.25, 1.5]);
    el.setAttribute('levels', '');
    await el.updateComplete;
    expect(el.levels).to.deep.equal([1, 1.25, 1.5]);
  });

  it('cleans a levels array set as a property the same way', async () => {
    const { el } = await toggleFor('body-text');
    el.levels = [1.5, 1, Number.NaN, 1, 9] as number[];
    await el.updateComplete;
    expect(el.levels).to.deep.equal([1, 1.5, 3]);
    expect(buttons(el)).to.have.length(3);
    el.levels = 'nonsense' as unknown as number[];
    await el.updateComplete;
    expect(el.levels).to.deep.equal([1, 1.25, 1.5]);
  });

  it('exports the same cleaning as normalizeLevels', () => {
    expect(normalizeLevels('1.5,x,1')).to.deep.equal([1, 1.5]);
    expect(normalizeLevels(null)).to.deep.equal([1, 1.25, 1.5]);
  });
});

describe('development warnings', () => {
  it('names the element and the attribute when levels are dropped', async () => {
    await collectingWarnings(async (warnings) => {
      const { el } = await toggleFor('body-text', { levels: '1,huge,9,1' });
      expect(el.levels).to.deep.equal([1, 3]);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<civic-font-size-toggle> levels="1,huge,9,1"');
    });
  });

  it('stays quiet for clean levels', async () => {
    await collectingWarnings(async (warnings) => {
      await toggleFor('body-text', { levels: '1, 1.5, 2' });
      expect(warnings).to.have.length(0);
    });
  });
});

describe('value', () => {
  it('snaps a value that is not a level to the nearest level and reflects it', async () => {
    const { el } = await toggleFor('body-text', { value: '1.3' });
    expect(el.value).to.equal(1.25);
    expect(el.getAttribute('value')).to.equal('1.25');
  });

  it('treats a value that is not a number as 1', async () => {
    const { el, text } = await toggleFor('body-text', { value: 'large' });
    expect(el.value).to.equal(1);
    expect(pressed(el)[0]).to.equal(buttons(el)[0]);
    expect(text.getAttribute('style')).to.equal('font-size: 20px');
  });

  it('re-snaps the value when the levels change', async () => {
    const { el } = await toggleFor('body-text', { value: '1.5' });
    el.setAttribute('levels', '1,2');
    await el.updateComplete;
    expect(el.value).to.equal(2);
    expect(pressed(el)).to.deep.equal([buttons(el)[1]]);
  });

  it('scales the target when the value is set as a property', async () => {
    const { el, text } = await toggleFor('body-text');
    el.value = 1.5;
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(30, 0.01);
  });
});

describe('scaling the target', () => {
  it('scales the element named by "for" to value × its unscaled size, in em', async () => {
    const { el, text } = await toggleFor('body-text');
    buttons(el)[2].click();
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(30, 0.01);
    expect(text.style.fontSize).to.match(/em$/);
    expect(text.style.getPropertyValue('--civic-font-scale')).to.equal('1.5');
  });

  it('follows the page and browser base size because it scales in relative units', async () => {
    const { el } = await toggleFor(null);
    document.documentElement.style.fontSize = '125%';
    const before = px(document.documentElement);
    buttons(el)[1].click();
    await el.updateComplete;
    expect(px(document.documentElement)).to.be.closeTo(before * 1.25, 0.01);
    expect(document.documentElement.style.fontSize).to.match(/em$/);
    buttons(el)[0].click();
    await el.updateComplete;
    expect(document.documentElement.getAttribute('style')).to.equal('font-size: 125%;');
  });

  it('scales <html> when "for" is absent', async () => {
    const { el } = await toggleFor(null);
    const before = px(document.documentElement);
    buttons(el)[2].click();
    await el.updateComplete;
    expect(px(document.documentElement)).to.be.closeTo(before * 1.5, 0.01);
    buttons(el)[0].click();
    await el.updateComplete;
  });

  it('restores the target exactly as it was when set back to 1', async () => {
    const { el, text } = await toggleFor('body-text');
    text.setAttribute('style', 'font-size: 20px; color: rgb(0, 0, 128)');
    const before = text.getAttribute('style');
    buttons(el)[2].click();
    await el.updateComplete;
    buttons(el)[1].click();
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(25, 0.01);
    buttons(el)[0].click();
    await el.updateComplete;
    expect(text.getAttribute('style')).to.equal(before);
    expect(px(text)).to.equal(20);
  });

  it('removes the style attribute again when the target had none', async () => {
    const { el } = await toggleFor(null);

    buttons(el)[1].click();
    await el.updateComplete;
    buttons(el)[0].click();
    await el.updateComplete;
    expect(document.documentElement.hasAttribute('style')).to.equal(false);
  });

  it('finds the target inside its own shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p id="inner" style="font-size: 10px">Shadow text</p>
      <civic-font-size-toggle for="inner" storage-key="${freshKey()}"></civic-font-size-toggle>`;
    const el = root.querySelector('civic-font-size-toggle')!;
    await el.updateComplete;
    buttons(el)[2].click();
    await el.updateComplete;
    expect(px(root.getElementById('inner')!)).to.be.closeTo(15, 0.01);
  });

  it('moves the scale to the new target when "for" changes', async () => {
    const { el, text, wrapper } = await toggleFor('body-text');
    const other = document.createElement('p');
    other.id = 'other-text';
    other.style.fontSize = '10px';
    wrapper.append(other);
    buttons(el)[2].click();
    await el.updateComplete;
    el.htmlFor = 'other-text';
    await el.updateComplete;
    expect(text.getAttribute('style')).to.equal('font-size: 20px');
    expect(px(other)).to.be.closeTo(15, 0.01);
  });

  it('warns once and scales nothing when the id does not exist', async () => {
    await collectingWarnings(async (warnings) => {
      const { el, text } = await toggleFor('no-such-id');
      buttons(el)[2].click();
      await el.updateComplete;
      buttons(el)[1].click();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<civic-font-size-toggle> for="no-such-id"');
      expect(text.getAttribute('style')).to.equal('font-size: 20px');
      expect(document.documentElement.hasAttribute('style')).to.equal(false);
      expect(pressed(el)).to.deep.equal([buttons(el)[1]]);
    });
  });
});

describe('civic-font-size-change', () => {
  it('fires once per change with the new value, bubbling out of shadow roots', async () => {
    const { el } = await toggleFor('body-text');
    const seen: CustomEvent[] = [];
    document.addEventListener('civic-font-size-change', (e) => seen.push(e), { once: false });
    const next = oneEvent(el, 'civic-font-size-change');
    buttons(el)[1].click();
    const event = await next;
    expect(event.detail).to.deep.equal({ value: 1.25 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(seen).to.have.length(1);
  });

  it('does not fire when the current level is chosen again', async () => {
    const { el } = await toggleFor('body-text');
    let count = 0;
    el.addEventListener('civic-font-size-change', () => count++);
    buttons(el)[0].click();
    buttons(el)[1].click();
    buttons(el)[1].click();
    await el.updateComplete;
    expect(count).to.equal(1);
  });

  it('does not fire when a remembered size is restored on load', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.5');
    let count = 0;
    document.addEventListener('civic-font-size-change', () => count++);
    const { el } = await toggleFor('body-text', { 'storage-key': key });
    await aTimeout(0);
    expect(el.value).to.equal(1.5);
    expect(count).to.equal(0);
  });
});

describe('remembering the choice', () => {
  it('stores the chosen level under storage-key', async () => {
    const key = freshKey();
    const { el } = await toggleFor('body-text', { 'storage-key': key });
    buttons(el)[1].click();
    await el.updateComplete;
    expect(localStorage.getItem(key)).to.equal('1.25');
  });

  it('uses "civic-font-size" as the default key', async () => {
    const previous = localStorage.getItem('civic-font-size');
    const el = await fixture<FontSizeToggle>(
      html`<civic-font-size-toggle for="x-none"></civic-font-size-toggle>`,
    );
    expect(el.storageKey).to.equal('civic-font-size');
    if (previous === null) localStorage.removeItem('civic-font-size');
  });

  it('restores the stored size on connect, before the first render completes', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.5');
    const wrapper = await fixture(html`<div><p id="late-text" style="font-size: 10px">Notice</p></div>`);
    const el = document.createElement('civic-font-size-toggle');
    el.setAttribute('for', 'late-text');
    el.setAttribute('storage-key', key);
    wrapper.append(el);
    // Synchronously after connecting: no frame has been painted with the old size.
    expect(px(wrapper.querySelector('#late-text')!)).to.be.closeTo(15, 0.01);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([buttons(el)[2]]);
  });

  it('takes the remembered size again when it is moved in the page', async () => {
    const key = freshKey();
    const { el, wrapper, text } = await toggleFor('body-text', { 'storage-key': key });
    el.remove();
    localStorage.setItem(key, '1.25');
    wrapper.append(el);
    await el.updateComplete;
    expect(el.value).to.equal(1.25);
    expect(pressed(el)).to.deep.equal([buttons(el)[1]]);
    expect(px(text)).to.be.closeTo(25, 0.01);
  });

  it('ignores a stored value that is not a number', async () => {
    const key = freshKey();
    localStorage.setItem(key, 'huge');
    const { el, text } = await toggleFor('body-text', { 'storage-key': key });
    expect(el.value).to.equal(1);
    expect(text.getAttribute('style')).to.equal('font-size: 20px');
  });

  it('does not persist anything when storage-key is empty', async () => {
    const before = localStorage.length;
    const { el } = await toggleFor('body-text', { 'storage-key': '' });
    buttons(el)[2].click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(before);
  });

  it('keeps toggles with the same key on one page in sync', async () => {
    const key = freshKey();
    const { el: first, wrapper } = await toggleFor('body-text', { 'storage-key': key });
    const second = document.createElement('civic-font-size-toggle');
    second.setAttribute('storage-key', key);
    second.setAttribute('for', 'body-text');
    const third = document.createElement('civic-font-size-toggle');
    third.setAttribute('storage-key', freshKey());
    third.setAttribute('for', 'body-text');
    wrapper.append(second, third);
    await second.updateComplete;
    buttons(first)[2].click();
    await first.updateComplete;
    await second.updateComplete;
    expect(second.value).to.equal(1.5);
    expect(third.value).to.equal(1);
  });

  it('takes a size chosen in a toggle with other levels exactly, pressing no button, so the two never fight', async () => {
    const key = freshKey();
    const { el: page, wrapper, text } = await toggleFor('body-text', { 'storage-key': key });
    const large = document.createElement('civic-font-size-toggle');
    large.setAttribute('storage-key', key);
    large.setAttribute('for', 'body-text');
    large.setAttribute('levels', '1,1.5,2');
    wrapper.append(large);
    await large.updateComplete;
    buttons(large)[2].click();
    await large.updateComplete;
    await page.updateComplete;
    expect(page.value).to.equal(2);
    expect(pressed(page)).to.deep.equal([]);
    expect(px(text)).to.be.closeTo(40, 0.01);
    buttons(page)[1].click();
    await page.updateComplete;
    await large.updateComplete;
    expect(large.value).to.equal(1.25);
    expect(pressed(large)).to.deep.equal([]);
    expect(px(text)).to.be.closeTo(25, 0.01);
  });

  it('scales the element given as the target property, even from inside another shadow root', async () => {
    const host = await fixture(html`<div><p style="font-size: 10px">Notice</p></div>`);
    const text = host.querySelector('p')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<slot></slot>';
    const el = document.createElement('civic-font-size-toggle');
    el.setAttribute('storage-key', freshKey());
    el.setAttribute('for', 'no-such-id');
    el.target = text;
    root.append(el);
    await el.updateComplete;
    buttons(el)[2].click();
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(15, 0.01);
    el.target = null;
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(10, 0.01);
  });

  it('follows a change made in another tab (storage event)', async () => {
    const key = freshKey();
    const { el, text } = await toggleFor('body-text', { 'storage-key': key });
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '1.25', storageArea: localStorage }));
    await el.updateComplete;
    expect(el.value).to.equal(1.25);
    expect(px(text)).to.be.closeTo(25, 0.01);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'another', newValue: '1.5', storageArea: localStorage }),
    );
    await el.updateComplete;
    expect(el.value).to.equal(1.25);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
    await el.updateComplete;
    expect(el.value).to.equal(1);
  });

  it('keeps working in memory when storage throws', async () => {
    const proto = Storage.prototype;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const key = freshKey();
      const { el, text, wrapper } = await toggleFor('body-text', { 'storage-key': key });
      buttons(el)[1].click();
      await el.updateComplete;
      expect(el.value).to.equal(1.25);
      expect(px(text)).to.be.closeTo(25, 0.01);
      const later = document.createElement('civic-font-size-toggle');
      later.setAttribute('storage-key', key);
      later.setAttribute('for', 'body-text');
      wrapper.append(later);
      await later.updateComplete;
      expect(later.value).to.equal(1.25);
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });
});

describe('staying in step with storage and the page', () => {
  it('when storage is full, a toggle added later shows the size just chosen, not an older stored one', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.25');
    const proto = Storage.prototype;
    const { setItem } = proto;
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const { el, wrapper } = await toggleFor('body-text', { 'storage-key': key });
      buttons(el)[2].click();
      await el.updateComplete;
      const later = document.createElement('civic-font-size-toggle');
      later.setAttribute('storage-key', key);
      later.setAttribute('for', 'body-text');
      wrapper.append(later);
      await later.updateComplete;
      expect(pressed(later)).to.deep.equal([buttons(later)[2]]);
    } finally {
      proto.setItem = setItem;
      localStorage.removeItem(key);
    }
  });

  it('keeps one size for a for target in its shadow root when for moves to another element there', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p id="lead" style="font-size: 10px">Lead</p><p id="body" style="font-size: 10px">Body</p>
      <civic-font-size-toggle for="lead" storage-key="${freshKey()}"></civic-font-size-toggle>`;
    const el = root.querySelector('civic-font-size-toggle')!;
    await el.updateComplete;
    buttons(el)[2].click();
    await el.updateComplete;
    el.htmlFor = 'body';
    await el.updateComplete;
    expect(px(root.getElementById('lead')!)).to.be.closeTo(10, 0.01);
    expect(px(root.getElementById('body')!)).to.be.closeTo(15, 0.01);
  });

  it('scales a for target inserted after load as soon as it appears', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.5');
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('civic-font-size-toggle');
    el.setAttribute('for', 'late-body');
    el.setAttribute('storage-key', key);
    await collectingWarnings(async () => {
      wrapper.append(el);
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal([buttons(el)[2]]);
      const late = document.createElement('p');
      late.id = 'late-body';
      late.style.fontSize = '20px';
      late.textContent = 'Notice';
      wrapper.append(late);
      await aTimeout(0);
      expect(px(late)).to.be.closeTo(30, 0.01);
    });
  });

  it('goes back to 100% when another tab clears storage (a storage event with key null)', async () => {
    const key = freshKey();
    const { el, text } = await toggleFor('body-text', { 'storage-key': key });
    buttons(el)[2].click();
    await el.updateComplete;
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([buttons(el)[0]]);
    expect(px(text)).to.be.closeTo(20, 0.01);
  });

  it('reads garbage written by another tab as no choice', async () => {
    const key = freshKey();
    const { el } = await toggleFor('body-text', { 'storage-key': key });
    buttons(el)[1].click();
    await el.updateComplete;
    localStorage.setItem(key, 'huge');
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: 'huge' }));
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([buttons(el)[0]]);
  });

  it('ignores same-page storage events without a usable value', async () => {
    const { el } = await toggleFor('body-text');
    expect(() => {
      window.dispatchEvent(new StorageEvent('storage'));
      window.dispatchEvent(new StorageEvent('storage', { key: el.storageKey, newValue: '"big"' }));
      window.dispatchEvent(new StorageEvent('storage', { key: el.storageKey, newValue: '{' }));
    }).not.to.throw();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([buttons(el)[0]]);
  });

  it('renders at most 8 levels, however many are given, and warns in development', async () => {
    await collectingWarnings(async (warnings) => {
      const levels = Array.from({ length: 150_000 }, (_, i) => 1 + i / 100_000).join(',');
      const { el } = await toggleFor('body-text', { levels });
      expect(buttons(el)).to.have.length(8);
      expect(String(warnings[0]?.[0])).to.contain('<civic-font-size-toggle> levels=');
    });
  });

  it('takes any value for every property without throwing', async () => {
    const { el } = await toggleFor('body-text');
    Object.assign(el, {
      htmlFor: 42,
      storageKey: {},
      value: { big: true },
      levels: [null, {}, '2'],
      strings: [],
    });
    await el.updateComplete;
    expect(buttons(el)).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.not.match(/undefined|NaN|\[object Object\]/);
  });
});

describe('restoreFontSize (pre-paint script)', () => {
  it('applies the remembered size at once, and the toggle then agrees without scaling twice', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.5');
    const wrapper = await fixture(html`<div><p id="early-text" style="font-size: 20px">Notice</p></div>`);
    const text = wrapper.querySelector<HTMLElement>('#early-text')!;
    expect(restoreFontSize(text, { storageKey: key })).to.equal(1.5);
    expect(px(text)).to.be.closeTo(30, 0.01);
    const el = document.createElement('civic-font-size-toggle');
    el.setAttribute('for', 'early-text');
    el.setAttribute('storage-key', key);
    wrapper.append(el);
    await el.updateComplete;
    expect(px(text)).to.be.closeTo(30, 0.01);
    buttons(el)[0].click();
    await el.updateComplete;
    expect(text.getAttribute('style')).to.equal('font-size: 20px');
  });

  it('applies the stored size as stored (0.75–3) and does nothing without a stored value, key or target', async () => {
    const key = freshKey();
    const wrapper = await fixture(html`<p style="font-size: 10px">Notice</p>`);
    const text = wrapper as HTMLElement;
    expect(restoreFontSize(text, { storageKey: key })).to.equal(1);
    expect(restoreFontSize(null, { storageKey: key })).to.equal(1);
    expect(restoreFontSize(text, { storageKey: '' })).to.equal(1);
    localStorage.setItem(key, '1.75');
    expect(restoreFontSize(text, { storageKey: key })).to.equal(1.75);
    expect(px(text)).to.be.closeTo(17.5, 0.01);
    localStorage.setItem(key, '40');
    expect(restoreFontSize(text, { storageKey: key })).to.equal(3);
    expect(px(text)).to.be.closeTo(30, 0.01);
  });
});

describe('language', () => {
  it('uses Chinese strings under the nearest zh lang, across shadow roots', async () => {
    const host = await fixture(html`<div lang="zh-CN"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<civic-font-size-toggle for="none" storage-key=""></civic-font-size-toggle>`;
    const el = root.querySelector('civic-font-size-toggle')!;
    await el.updateComplete;
    const group = el.shadowRoot!.querySelector('[part="group"]')!;
    expect(await roleAndName(group)).to.deep.equal({ role: 'group', name: '字号' });
  });

  it('falls back to English for other languages', async () => {
    const el = await fixture<FontSizeToggle>(
      html`<div lang="fr"><civic-font-size-toggle storage-key=""></civic-font-size-toggle></div>`,
    );
    const toggle = el.querySelector('civic-font-size-toggle')!;
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Text size');
  });

  it('reads in Traditional Chinese under zh-TW, percentages formatted for it', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-TW"><civic-font-size-toggle storage-key=""></civic-font-size-toggle></div>`,
    );
    const toggle = wrapper.querySelector('civic-font-size-toggle')!;
    await toggle.updateComplete;
    const group = toggle.shadowRoot!.querySelector('[part="group"]')!;
    expect(await roleAndName(group)).to.deep.equal({ role: 'group', name: '字級' });
    expect((await roleAndName(buttons(toggle)[1])).name).to.equal(
      `A ${new Intl.NumberFormat('zh-TW', { style: 'percent' }).format(1.25)}`,
    );
  });

  it('uses strings registered for the page language at once, percentages in that language', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><civic-font-size-toggle storage-key=""></civic-font-size-toggle></div>`,
    );
    const toggle = wrapper.querySelector('civic-font-size-toggle')!;
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Text size');
    registerStrings('nl', { 'civic-font-size-toggle': { label: 'Tekstgrootte' } });
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Tekstgrootte');
    expect((await roleAndName(buttons(toggle)[2])).name).to.equal(
      `A ${new Intl.NumberFormat('nl', { style: 'percent' }).format(1.5)}`,
    );
  });

  it('follows a lang change on the page', async () => {
    const { el } = await toggleFor('body-text');
    document.documentElement.lang = 'zh';
    await aTimeout(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('字号');
  });

  it('renders without throwing under an invalid lang tag', async () => {
    const wrapper = await fixture(
      html`<div lang="en-!!"><civic-font-size-toggle storage-key=""></civic-font-size-toggle></div>`,
    );
    const toggle = wrapper.querySelector('civic-font-size-toggle')!;
    await toggle.updateComplete;
    expect(buttons(toggle)).to.have.length(3);
    expect((await roleAndName(buttons(toggle)[1])).name).to.equal('A 125%');
  });
});

describe('keyboard', () => {
  it('reaches each button with Tab and activates with Enter and Space', async () => {
    const { el, text } = await toggleFor('body-text');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(1.25);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[2]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.equal(1.5);
    expect(px(text)).to.be.closeTo(30, 0.01);
  });

  it('shows a focus outline of at least 2px on the focused button', async () => {
    const { el } = await toggleFor('body-text');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(buttons(el)[0]);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('presentation', () => {
  it('shows the pressed state by more than colour: the pressed "A" is underlined', async () => {
    const { el } = await toggleFor('body-text');
    const line = (b: HTMLButtonElement) => getComputedStyle(b.querySelector('.glyph')!).textDecorationLine;
    expect(line(buttons(el)[0])).to.contain('underline');
    expect(line(buttons(el)[1])).to.equal('none');
  });

  it('gives every button a target of at least 44×44 CSS px, even in small text', async () => {
    const { el } = await toggleFor('body-text');
    el.style.fontSize = '8px';
    for (const button of buttons(el)) {
      const { width, height } = button.getBoundingClientRect();
      expect(width).to.be.at.least(44);
      expect(height).to.be.at.least(44);
    }
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`clips and overlaps no text with WCAG 1.4.12 spacing, at 100% and 200% text (${lang})`, async () => {
      const { el, wrapper } = await toggleFor('body-text', { levels: '1,1.25,1.5,2' });
      wrapper.lang = lang;
      wrapper.style.width = '320px';
      await el.updateComplete;
      const undo = applyTextSpacing(wrapper);
      try {
        for (const size of ['16px', '32px']) {
          el.style.fontSize = size;
          expect(unreadableText(el), size).to.deep.equal([]);
          for (const button of buttons(el)) {
            const glyph = button.querySelector('.glyph')!.getBoundingClientRect();
            const box = button.getBoundingClientRect();
            expect(glyph.top, size).to.be.at.least(box.top);
            expect(glyph.bottom, size).to.be.at.most(box.bottom);
          }
        }
      } finally {
        undo();
      }
    });
  }

  it('draws its "A"s in the same Latin font on a Chinese page as on an English one', async () => {
    const glyphWidths = async (lang: string) => {
      const { el, wrapper } = await toggleFor('body-text');
      wrapper.lang = lang;
      el.style.fontSize = '100px';
      await el.updateComplete;
      // The letter's own width: the glyph is a line as wide as the button.
      return buttons(el).map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b.querySelector('.glyph')!);
        return range.getBoundingClientRect().width;
      });
    };
    // A generic serif alone falls to a CJK serif font on a Chinese page, with Latin letters of its own.
    expect(await glyphWidths('zh-CN')).to.deep.equal(await glyphWidths('en'));
  });

  it('exposes group, label and button parts', async () => {
    const { el } = await toggleFor('body-text');
    expect(el.shadowRoot!.querySelectorAll('[part="group"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part="label"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part="button"]')).to.have.length(3);
  });

  it('changes colour at once, so a switch to high contrast is never seen half-way at low contrast', async () => {
    const { el } = await toggleFor('body-text');
    for (const button of buttons(el)) expect(getComputedStyle(button).transitionDuration).to.equal('0s');
  });

  it('keeps the pressed state and focus outline visible in forced-colours mode', async function () {
    skipIn(this, ['firefox', 'webkit'], MEDIA_EMULATION_IS_CHROMIUM_ONLY);
    const { el } = await toggleFor('body-text');
    await emulateForcedColors(true);
    try {
      await nextFrame();
      const [current, other] = buttons(el);
      expect(getComputedStyle(current).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
      expect(getComputedStyle(current.querySelector('.glyph')!).textDecorationLine).to.contain('underline');
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(current).outlineStyle).to.not.equal('none');
    } finally {
      await emulateForcedColors(false);
    }
  });
});

describe('axe', () => {
  it('passes axe with the default levels', async () => {
    const { el } = await toggleFor('body-text');
    await expect(el).to.be.accessible();
  });

  it('passes axe with custom levels, a level pressed and in Chinese', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN">
        <civic-font-size-toggle levels="0.875,1,1.25,1.5,2" value="2" storage-key=""></civic-font-size-toggle>
      </div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});

describe('hostile and odd input (fast-check)', () => {
  it('survives any attribute and any property value: no throw, no broken text, no unsafe link, no injected markup', async () => {
    await assertHostileInputIsHarmless('civic-font-size-toggle');
  });
});
