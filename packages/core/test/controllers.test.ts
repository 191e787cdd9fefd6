import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { readStoredSetting, StoredSettingController } from '../src/stored-setting-controller.js';
import { TargetController } from '../src/target-controller.js';

// A stand-in element with a `for` and a `storage-key`, so these tests depend on no component.
class TestReader extends LitElement {
  static override properties = {
    htmlFor: { attribute: 'for' },
    storageKey: { attribute: 'storage-key' },
  };
  htmlFor: string | null = null;
  storageKey: string | null = null;
  /** Every target the controller reported, in order. */
  readonly reported: (HTMLElement | undefined)[] = [];
  /** Every value another tab or element stored, as the controller reported it. */
  readonly heard: (string | undefined)[] = [];
  readonly for = new TargetController(this, (target) => this.reported.push(target));
  readonly stored = new StoredSettingController(
    this,
    'civic-test-reader',
    (value) => (typeof value === 'string' ? value : undefined),
    (value) => this.heard.push(value),
  );
}
customElements.define('test-reader', TestReader);

let keyCount = 0;
const freshKey = () => `civic-core-controllers-test-${Date.now()}-${keyCount++}`;

async function reader(attributes: Record<string, string>, parent?: ParentNode): Promise<TestReader> {
  const el = document.createElement('test-reader') as TestReader;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (parent ?? (await fixture<HTMLDivElement>(html`<div></div>`))).append(el);
  await el.updateComplete;
  return el;
}

function paragraph(id: string, text = 'Opening hours'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.id = id;
  p.textContent = text;
  return p;
}

/** Makes localStorage throw while `run` runs: on reads and writes, or on writes only (a full quota). */
async function withBrokenStorage(which: 'all' | 'writes', run: () => Promise<void>): Promise<void> {
  const proto = Storage.prototype;
  const { getItem, setItem } = proto;
  if (which === 'all') {
    proto.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  }
  proto.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    await run();
  } finally {
    proto.getItem = getItem;
    proto.setItem = setItem;
  }
}

describe('TargetController', () => {
  it('finds the element named by for in the host’s own shadow root, not a same id in the document', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><p id="notice">Page notice</p></div>`);
    const shadow = page.attachShadow({ mode: 'open' });
    shadow.append(paragraph('notice', 'Shadow notice'));
    const el = await reader({ for: 'notice' }, shadow);
    expect(el.for.value?.textContent).to.equal('Shadow notice');
  });

  it('gives nothing without a for, and nothing for an id no element has', async () => {
    expect((await reader({})).for.value).to.equal(undefined);
    expect((await reader({ for: 'no-such-notice' })).for.value).to.equal(undefined);
  });

  it('reports the element found as the host connects', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><p id="ready">Ready</p></div>`);
    const el = await reader({ for: 'ready' }, wrapper);
    expect(el.reported).to.deep.equal([wrapper.querySelector('#ready')]);
  });

  it('reports the new element when for changes after connect', async () => {
    const el = await reader({ for: 'first' });
    el.parentElement!.append(paragraph('first'), paragraph('second'));
    await aTimeout(0);
    el.htmlFor = 'second';
    await el.updateComplete;
    expect(el.reported.map((target) => target?.id)).to.deep.equal(['first', 'second']);
  });

  it('reports the element when it appears after the host connected, and when it gets the id later', async () => {
    const el = await reader({ for: 'late' });
    expect(el.reported).to.deep.equal([]);
    const late = paragraph('not-yet');
    el.parentElement!.append(late);
    await aTimeout(0);
    expect(el.reported).to.deep.equal([]);
    late.id = 'late';
    await aTimeout(0);
    expect(el.reported).to.deep.equal([late]);
  });

  it('reports nothing once the host has left the page', async () => {
    const el = await reader({ for: 'after-removal' });
    const wrapper = el.parentElement!;
    el.remove();
    wrapper.append(paragraph('after-removal'));
    el.htmlFor = 'something-else';
    await el.updateComplete;
    await aTimeout(0);
    expect(el.reported).to.deep.equal([]);
  });

  it('looks nothing up before the host connects (server rendering)', () => {
    const el = document.createElement('test-reader') as TestReader;
    el.htmlFor = 'anything';
    expect(el.for.id).to.equal('anything');
    expect(el.for.value).to.equal(undefined);
  });
});

describe('StoredSettingController', () => {
  afterEach(() => localStorage.removeItem('civic-test-reader'));

  it('uses the default key without a storage-key, and remembers nothing with an empty one', async () => {
    const plain = await reader({});
    expect(plain.stored.key).to.equal('civic-test-reader');
    plain.stored.write('large');
    expect(localStorage.getItem('civic-test-reader')).to.equal('"large"');
    const forgetful = await reader({ 'storage-key': '' });
    expect(forgetful.stored.key).to.equal('');
    forgetful.stored.write('small');
    expect(forgetful.stored.read()).to.equal(undefined);
    expect(localStorage.getItem('')).to.equal(null);
    expect(forgetful.heard).to.deep.equal([]);
  });

  it('stores JSON and reads it back cleaned; garbage reads as nothing stored', async () => {
    const key = freshKey();
    const el = await reader({ 'storage-key': key });
    el.stored.write('calm');
    expect(localStorage.getItem(key)).to.equal('"calm"');
    expect(el.stored.read()).to.equal('calm');
    for (const garbage of ['{not json', '42', '']) {
      localStorage.setItem(key, garbage);
      expect(el.stored.read()).to.equal(undefined);
    }
    localStorage.removeItem(key);
  });

  it('tells the elements with the same key on the page, not those with other keys', async () => {
    const key = freshKey();
    const writer = await reader({ 'storage-key': key });
    const same = await reader({ 'storage-key': key }, writer.parentElement!);
    const other = await reader({ 'storage-key': freshKey() }, writer.parentElement!);
    writer.stored.write('bright');
    expect(same.heard).to.deep.equal(['bright']);
    expect(other.heard).to.deep.equal([]);
    localStorage.removeItem(key);
  });

  it('follows other tabs: a new value, a removal and a cleared storage', async () => {
    const key = freshKey();
    const el = await reader({ 'storage-key': key });
    dispatchEvent(new StorageEvent('storage', { key, newValue: '"dim"' }));
    dispatchEvent(new StorageEvent('storage', { key: 'someone-else', newValue: '"loud"' }));
    dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    localStorage.setItem(key, '"after-clear"');
    dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(el.heard).to.deep.equal(['dim', undefined, 'after-clear']);
    localStorage.removeItem(key);
  });

  it('cleans whatever a storage event carries: text that is not JSON, or JSON of another kind', async () => {
    const key = freshKey();
    const el = await reader({ 'storage-key': key });
    expect(() => {
      for (const newValue of ['{not json', '42', '"fine"']) {
        dispatchEvent(new StorageEvent('storage', { key, newValue }));
      }
    }).not.to.throw();
    expect(el.heard).to.deep.equal([undefined, undefined, 'fine']);
  });

  it('stops listening when the host leaves the page', async () => {
    const key = freshKey();
    const el = await reader({ 'storage-key': key });
    el.remove();
    dispatchEvent(new StorageEvent('storage', { key, newValue: '"gone"' }));
    expect(el.heard).to.deep.equal([]);
  });

  it('keeps the setting in memory for the page when storage throws, for elements connected later', async () => {
    const key = freshKey();
    await withBrokenStorage('all', async () => {
      const first = await reader({ 'storage-key': key });
      expect(() => first.stored.write('kept')).not.to.throw();
      const later = await reader({ 'storage-key': key });
      expect(later.stored.read()).to.equal('kept');
      expect(readStoredSetting(key)).to.equal('kept');
    });
  });

  it('gives the value just chosen, not an older stored one, when only writing fails (a full quota)', async () => {
    const key = freshKey();
    localStorage.setItem(key, '"older"');
    const el = await reader({ 'storage-key': key });
    await withBrokenStorage('writes', async () => {
      el.stored.write('newer');
      expect(readStoredSetting(key)).to.equal('newer');
    });
    el.stored.write('stored again');
    expect(localStorage.getItem(key)).to.equal('"stored again"');
    expect(readStoredSetting(key)).to.equal('stored again');
    localStorage.removeItem(key);
  });
});
