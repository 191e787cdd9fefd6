// Generates a content folder of any size from the demo's own articles, for the build benchmark
// and the tests of pagination and incremental builds: each copy gets its own slug, a numbered
// title in both languages and its own date (one every six hours, going back from the newest).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demo = fileURLToPath(new URL('../content', import.meta.url));

/**
 * @param {string} dir the content folder to write (replaced)
 * @param {number} count how many articles
 * @returns {string[]} the slugs written, newest first
 */
export function generateContent(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  cpSync(join(demo, 'site.json'), join(dir, 'site.json'));
  const seeds = readdirSync(join(demo, 'articles'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(demo, 'articles', name), 'utf8'))]);
  const newest = Date.parse('2026-06-30T09:00:00+08:00');
  const slugs = [];
  for (let i = 0; i < count; i += 1) {
    const [seedSlug, seed] = seeds[i % seeds.length];
    const number = i + 1;
    const slug = `${seedSlug}-${number}`;
    // At the city's wall clock (UTC+8), as the demo's own articles are.
    const published = `${new Date(newest + 8 * 3_600_000 - i * 6 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
    const article = { ...seed, published };
    delete article.updated;
    article.en = { ...seed.en, title: `${seed.en.title} (No. ${number})` };
    article.zh = { ...seed.zh, title: `${seed.zh.title}（第${number}期）` };
    writeFileSync(join(dir, 'articles', `${slug}.json`), JSON.stringify(article, null, 2));
    slugs.push(slug);
  }
  return slugs;
}
