// The pre-paint script imported as a module, as the README's bundler recipe shows: with no tag to
// read options from, it scales the whole page from the default storage key. Failed before: the
// subpath was not in the package's `exports`, so the import did not resolve (issue 23).
import { expect } from '@open-wc/testing';

describe('@civic-elements/all/restore-font-size.js as a side-effect import', () => {
  it('scales <html> to the remembered size', async () => {
    const html = document.documentElement;
    localStorage.setItem('civic-font-size', '1.5');
    try {
      await import('@civic-elements/all/restore-font-size.js');
      expect(html.style.getPropertyValue('--civic-font-scale')).to.equal('1.5');
      expect(getComputedStyle(html).fontSize).to.equal('24px');
    } finally {
      localStorage.removeItem('civic-font-size');
      html.removeAttribute('style');
    }
  });
});
