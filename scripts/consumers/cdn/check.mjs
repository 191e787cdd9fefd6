// CMS pages with the CDN tags, the module script slow to arrive: the first paint already has the
// remembered text size (restore-font-size.js), and with the reading tools' stylesheet and
// pre-paint script, the remembered colours and line spacing too.
// Run alone: node --test scripts/consumers/cdn/check.mjs
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useBrowserAndServer } from '../browser.mjs';
import { useRehearsal } from '../registry.mjs';

const CONTENT_TYPES = { js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' };

describe('cdn: a CMS page with the CDN tags paints remembered settings before the module arrives', () => {
  let dist;
  let rehearsal;
  let dir;

  before(async () => {
    rehearsal = await useRehearsal('cdn', 'all');
    dir = rehearsal.dir;
    dist = join(rehearsal.installDir, 'node_modules/@civic-elements/all/dist');
  });
  after(() => rehearsal?.close());
  const app = useBrowserAndServer(() => dir);

  // Styles of the article's text at the first paint, before the module has upgraded anything.
  async function atFirstPaint(
    path,
    read = () => getComputedStyle(document.querySelector('#article-body p')).fontSize,
  ) {
    const page = await app.browser.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('civic-font-size', '1.5');
      localStorage.setItem('civic-reading-tools', JSON.stringify({ colours: 'dark', lineSpacing: '2' }));
    });
    // jsDelivr's URLs answered from the installed package; the module 1.5 s late.
    await page.route('https://cdn.jsdelivr.net/npm/@civic-elements/all@*/dist/*', async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop();
      if (file.endsWith('.min.js')) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ path: join(dist, file), contentType: CONTENT_TYPES[file.split('.').pop()] });
    });
    try {
      await page.goto(`${app.server.origin}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      // Read first: the module not there after the reading means it was not there during it.
      const styles = await page.evaluate(read);
      const upgraded = await page.evaluate(() => Boolean(customElements.get('civic-font-size-toggle')));
      assert.equal(upgraded, false, 'the module arrived before the first paint: the test proves nothing');
      await page.waitForFunction(() => customElements.get('civic-font-size-toggle'));
      return styles;
    } finally {
      await page.close();
    }
  }

  it('with restore-font-size.js, the first paint is at the remembered 150% (24px)', async () => {
    assert.equal(await atFirstPaint('/index.html'), '24px');
  });

  it('without restore-font-size.js (the control), the first paint is at 16px', async () => {
    assert.equal(await atFirstPaint('/without-restore.html'), '16px');
  });

  it('with reading-tools.css and restore-reading-settings.js: 150%, line spacing 2, white on black', async () => {
    const text = await atFirstPaint('/reading-tools.html', () => {
      const style = getComputedStyle(document.querySelector('#article-body p'));
      return `${style.fontSize} ${style.lineHeight} ${style.color} ${style.backgroundColor}`;
    });
    assert.equal(text, '24px 48px rgb(255, 255, 255) rgb(0, 0, 0)');
  });
});
