// Server rendering with react-dom/server, then hydrateRoot in a real browser, with the elements
// defined before React hydrates (as when their module loads first, or from a CDN). React must
// report no hydration error, and the elements no development warning.
import { expect, nextFrame } from '@open-wc/testing';
import * as React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ArticleHeader, ColumnNav, SponsorFooter } from '../src/index.js';

const h = React.createElement;

function idle(): Promise<void> {
  // WebKit has no requestIdleCallback.
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 3000 })
      : setTimeout(resolve, 100),
  );
}

/** What React and the elements reported while `app` was server-rendered and then hydrated. */
async function hydrate(
  app: () => React.ReactElement,
): Promise<{ container: HTMLElement; reports: string[] }> {
  const container = document.createElement('div');
  // The server's HTML; the elements are defined (this module imported them), so they upgrade as
  // the HTML is inserted, before React hydrates.
  container.innerHTML = renderToString(app());
  document.body.append(container);
  const reports: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => reports.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => reports.push(`warn: ${args.map(String).join(' ')}`);
  try {
    // The elements' first update and connection work, and an idle period, before the hydration
    // script runs (React's bundle is often the last to arrive).
    await nextFrame();
    await idle();
    hydrateRoot(container, app(), {
      onRecoverableError: (error) => reports.push(`recoverable: ${String(error)}`),
      onCaughtError: (error) => reports.push(`caught: ${String(error)}`),
      onUncaughtError: (error) => reports.push(`uncaught: ${String(error)}`),
    });
    for (let i = 0; i < 4; i++) {
      await nextFrame();
      await idle();
    }
  } finally {
    Object.assign(console, original);
  }
  return { container, reports };
}

describe('React 19: server render, elements defined, then hydrateRoot', () => {
  it('column navigation: no hydration mismatch, and the current column is marked after it', async () => {
    const app = () =>
      h(
        ColumnNav,
        null,
        h(
          'ul',
          null,
          h('li', null, h('a', { href: '/en/' }, 'Home')),
          // This page: the element marks it from the document's address.
          h('li', null, h('a', { href: location.pathname }, 'News and notices')),
          h('li', null, h('a', { href: '/en/columns/services/' }, 'Online services')),
        ),
      );
    const { container, reports } = await hydrate(app);
    expect(reports).to.deep.equal([]);
    const current = [...container.querySelectorAll('a[aria-current]')];
    expect(current.map((a) => [a.textContent, a.getAttribute('aria-current')])).to.deep.equal([
      ['News and notices', 'page'],
    ]);
    container.remove();
  });

  it('article header and sponsor footer: no development warning when React sets their props', async () => {
    const app = () =>
      h(
        'div',
        null,
        h(ArticleHeader, { heading: 'Spring tree planting in the river park', source: 'Parks Office' }),
        h(SponsorFooter, { sponsor: 'Riverside District Office', icp: 'Example ICP 00000000-1' }),
      );
    const { container, reports } = await hydrate(app);
    expect(reports).to.deep.equal([]);
    container.remove();
  });
});
