// Reads what assistive technology is told about each component, from Chromium's own
// accessibility tree (CDP Accessibility.getFullAXTree) of the built Storybook, and writes it to
// packages/<name>/stories/<name>.a11y.json, which the component's docs page shows. So the
// "What a screen reader announces" section cannot drift from the code:
//   node scripts/a11y-tree.mjs          regenerate the files (after `npm run build-storybook`)
//   node scripts/a11y-tree.mjs --check  fail when a file differs from what the browser reports
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { components } from '@civic-elements/tooling/components.mjs';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';
import { storyReady } from './lib/storybook.mjs';

const check = process.argv.includes('--check');
const repo = new URL('..', import.meta.url);
const root = fileURLToPath(new URL('storybook-static', repo));
const LOCALES = ['en', 'zh-CN', 'zh-Hant'];

// Properties worth announcing; the rest (focusable, url, …) is noise for a docs page.
const PROPERTIES = ['level', 'pressed', 'expanded', 'checked', 'selected', 'disabled', 'invalid', 'required'];
const SKIPPED_ROLES = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak']);

/** Flattens the AX subtree under `start` into indented lines, skipping ignored and generic nodes. */
function describe(nodes, start) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const lines = [];
  const walk = (node, depth) => {
    const role = node.role?.value;
    const name = (node.name?.value ?? '').replace(/\s+/g, ' ').trim();
    let shown = !node.ignored && !SKIPPED_ROLES.has(role);
    if (role === 'StaticText') {
      // Text is announced as part of its parent's name when the parent takes its name from content.
      let parent = byId.get(node.parentId);
      while (parent && (parent.ignored || SKIPPED_ROLES.has(parent.role?.value)))
        parent = byId.get(parent.parentId);
      const parentName = (parent?.name?.value ?? '').replace(/\s+/g, ' ').trim();
      shown = name !== '' && !(parentName && parentName.includes(name));
    }
    if (shown) {
      const props = (node.properties ?? [])
        .filter((p) => PROPERTIES.includes(p.name) && p.value?.value !== false && p.value?.value !== 'false')
        .map((p) =>
          p.value.value === true || p.value.value === 'true' ? p.name : `${p.name}=${p.value.value}`,
        );
      const current = (node.properties ?? []).find((p) => p.name === 'current' || p.name === 'ariaCurrent');
      if (current && current.value?.value && current.value.value !== 'false')
        props.push(`current=${current.value.value}`);
      const label = role === 'StaticText' ? 'text' : role;
      lines.push(
        `${'  '.repeat(depth)}- ${label}${name && role !== 'StaticText' ? ` "${name}"` : ''}${role === 'StaticText' ? `: ${name}` : ''}${props.length ? ` [${props.join(', ')}]` : ''}`,
      );
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child, shown ? depth + 1 : depth);
    }
  };
  walk(start, 0);
  return lines.join('\n');
}

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
let index;
try {
  index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
} catch {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const server = createStaticServer({ root });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
let stale = 0;
try {
  const page = await (await browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  // Each component's docs page describes the stories its "civic" block lists (stories.a11y), read
  // from the subtree of its element.
  for (const {
    name,
    tag,
    stories: { a11y: stories },
  } of components) {
    const result = { generatedBy: 'scripts/a11y-tree.mjs (Chromium accessibility tree)', stories: [] };
    for (const storyName of stories) {
      const story = Object.values(index.entries).find(
        (entry) =>
          entry.type === 'story' &&
          entry.importPath.includes(`/${name}.stories.`) &&
          entry.name === storyName,
      );
      if (!story) throw new Error(`No story "${storyName}" for ${name}`);
      const trees = {};
      for (const locale of LOCALES) {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
        await page.waitForSelector(`${tag}`, { state: 'attached' });
        await storyReady(page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', {
          nodeId: documentNode.nodeId,
          selector: tag,
        });
        const { node } = await cdp.send('DOM.describeNode', { nodeId });
        const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!start) throw new Error(`${tag} is not in the accessibility tree of ${story.id}`);
        trees[locale] = describe(nodes, start);
      }
      result.stories.push({ id: story.id, name: storyName, tree: trees });
    }
    const file = new URL(`packages/${name}/stories/${name}.a11y.json`, repo);
    const text = `${JSON.stringify(result, null, 2)}\n`;
    const before = await readFile(file, 'utf8').catch(() => '');
    if (check) {
      if (before !== text) {
        stale++;
        console.log(`✗ ${fileURLToPath(file)} differs from the browser's accessibility tree`);
      } else {
        console.log(`✓ ${name}`);
      }
    } else {
      await writeFile(file, text);
      console.log(`${before === text ? 'unchanged' : 'wrote'} packages/${name}/stories/${name}.a11y.json`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (stale) {
  console.log('\nRun `npm run docs:a11y` (after `npm run build-storybook`) and commit the result.');
  process.exit(1);
}
