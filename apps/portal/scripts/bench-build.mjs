// `npm run bench:build`: the portal's build at municipal scale (issue 25). For each size, content
// is generated from the demo's articles (scripts/generate-content.mjs), then measured:
//  - a full build: CPU seconds (all threads, and Pagefind's process, which indexes the site for
//    search), wall-clock seconds (the pages are written on every core), peak memory, pages;
//  - one article edited, built again incrementally: CPU seconds and HTML pages rewritten;
//  - the largest HTML page.
// Sizes: 1,000 and 10,000 articles; `--huge` adds 100,000 (about an hour on two cores).
// `--sizes 200,500` picks others. Figures come from the build itself (CIVIC_BUILD_STATS).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateContent } from './generate-content.mjs';

const run = promisify(execFile);
const app = fileURLToPath(new URL('..', import.meta.url));
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const sizes = (argument('--sizes') ?? (process.argv.includes('--huge') ? '1000,10000,100000' : '1000,10000'))
  .split(',')
  .map(Number);

async function build(content, dist, stats) {
  await run(process.execPath, [join(app, 'scripts/build.mjs')], {
    cwd: app,
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, CIVIC_BUILD_STATS: stats },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(readFileSync(stats, 'utf8'));
}

function largestHtml(dir, largest = { size: 0, path: '' }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue; // the build's own records and search documents
    if (entry.isDirectory()) largestHtml(path, largest);
    else if (entry.name.endsWith('.html')) {
      const { size } = statSync(path);
      if (size > largest.size) Object.assign(largest, { size, path });
    }
  }
  return largest;
}

const rows = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `portal-bench-${size}-`));
  try {
    const content = join(work, 'content');
    const dist = join(work, 'dist');
    const slugs = generateContent(content, size);
    const fullBuild = await build(content, dist, join(work, 'full.json'));
    // One article edited, as an editor corrects a published notice.
    const file = join(content, 'articles', `${slugs[Math.floor(slugs.length / 2)]}.json`);
    const article = JSON.parse(readFileSync(file, 'utf8'));
    article.en.title += ' (corrected)';
    writeFileSync(file, JSON.stringify(article));
    const edit = await build(content, dist, join(work, 'edit.json'));
    const largest = largestHtml(dist);
    rows.push({
      size,
      fullBuild,
      edit,
      largest: { size: largest.size, path: largest.path.slice(dist.length) },
    });
    console.error(`${size} articles done`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  '| Articles | Pages | Full build: CPU (search index) | Wall clock | Peak memory (search index) | One edit: CPU (search index) | Pages rewritten | Largest page |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const cpu = ({ cpuSeconds, searchIndexCpuSeconds }) =>
  `${cpuSeconds.toFixed(1)} s (${searchIndexCpuSeconds.toFixed(1)} s)`;
// The build's own process, and in brackets the largest Pagefind process (one per core runs beside
// the build once the pages are written).
const memory = ({ maxRssMB, searchIndexMaxRssMB = 0 }) =>
  `${maxRssMB.toFixed(0)} MB (${searchIndexMaxRssMB.toFixed(0)} MB)`;
for (const { size, fullBuild, edit, largest } of rows) {
  console.log(
    `| ${size.toLocaleString('en')} | ${fullBuild.pages.toLocaleString('en')} | ${cpu(fullBuild)} | ` +
      `${fullBuild.wallSeconds.toFixed(1)} s | ${memory(fullBuild)} | ${cpu(edit)} | ${edit.written} | ` +
      `${kb(largest.size)} (${largest.path}) |`,
  );
}
console.log(
  '\nTargets (10,000 articles): full build ≤ 60 s CPU and ≤ 1 GB; one edit ≤ 3 s CPU and ≤ 12 pages;',
);
console.log('largest page ≤ 100 KB. 100,000 articles: finishes within 1.5 GB, CPU linear in pages.');
