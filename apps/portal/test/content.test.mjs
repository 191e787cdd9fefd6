// The build validates content before it writes anything: each broken content folder below must
// fail with a message naming the file and the field, and leave the previous build as it was.
// Builds run as child processes with CONTENT_DIR and DIST_DIR in a temporary folder, so the demo's
// content and apps/portal/dist are never touched.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '../..');
const buildScript = join(app, 'scripts/build.mjs');
const work = mkdtempSync(join(tmpdir(), 'portal-content-'));
const dist = join(work, 'dist');

const readJson = (dir, name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const writeJson = (dir, name, data) => writeFileSync(join(dir, name), JSON.stringify(data, null, 2));

let count = 0;
/** A copy of the demo's content, changed by `change(dir)`. */
function contentWith(change) {
  const dir = join(work, `content-${++count}`);
  cpSync(join(app, 'content'), dir, { recursive: true });
  change(dir);
  return dir;
}
const editArticle = (name, edit) => (dir) => {
  const article = readJson(dir, `articles/${name}.json`);
  edit(article);
  writeJson(dir, `articles/${name}.json`, article);
};
const editSite = (edit) => (dir) => {
  const site = readJson(dir, 'site.json');
  edit(site);
  writeJson(dir, 'site.json', site);
};

async function build(contentDir, { args = [], ...options } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [buildScript, ...args], {
      cwd: app,
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist },
      ...options,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Every file of a folder with the SHA-256 of its bytes. */
function snapshot(dir, prefix = '') {
  const files = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, path));
    else
      files[path] = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
  }
  return files;
}

const CRAFTED = 'en"><meta http-equiv="refresh" content="0;url=https://evil.example">';
let previous;
let demoDist;

before(async () => {
  demoDist = existsSync(join(app, 'dist/en/index.html'))
    ? statSync(join(app, 'dist/en/index.html')).mtimeMs
    : undefined;
});

after(() => rmSync(work, { recursive: true, force: true }));

test('CONTENT_DIR and DIST_DIR, relative to where npm runs, build other content; values are escaped', async () => {
  const content = contentWith((dir) => {
    // Text that passes validation but is full of markup: it must come out as text everywhere.
    editSite((site) => {
      site.en.siteName = `Riverside ${CRAFTED}`;
      site.en.tagline = `</title><script>alert(1)</script>`;
    })(dir);
    editArticle('flood-defence-plan', (article) => {
      article.en.title = `Flood "plan" <img src=x onerror=alert(1)>`;
      article.en.summary = `${CRAFTED} & more`;
    })(dir);
  });
  const { stdout } = await run('npm', ['run', 'build', '--workspace=@civic-elements/portal'], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: relative(repo, content), DIST_DIR: relative(repo, dist) },
  });
  assert.match(stdout, /Built 47 pages/);
  const html = readFileSync(join(dist, 'en/columns/special/flood-defence-plan/index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  assert.equal((head.match(/<meta /g) ?? []).length, 4, 'charset, CSP, viewport, description');
  for (const page of Object.keys(snapshot(dist)).filter((path) => path.endsWith('.html'))) {
    const text = readFileSync(join(dist, page), 'utf8');
    assert.doesNotMatch(text, /<meta http-equiv="refresh"|<script>alert|<img src=x/, page);
  }
  assert.match(head, /<title>Flood &quot;plan&quot; &lt;img src=x onerror=alert\(1\)&gt; – Riverside/);
  // The demo's own build was left alone.
  const demoNow = existsSync(join(app, 'dist/en/index.html'))
    ? statSync(join(app, 'dist/en/index.html')).mtimeMs
    : undefined;
  assert.equal(demoNow, demoDist);
  previous = snapshot(dist);
});

describe('broken content fails the build with the file and field, and leaves dist/ untouched', () => {
  const cases = [
    {
      name: 'invalid JSON',
      change: (dir) =>
        writeFileSync(join(dir, 'articles/flood-defence-plan.json'), '{ "column": "special", }'),
      expect: ['articles/flood-defence-plan.json: invalid JSON'],
    },
    {
      name: 'a missing published',
      change: editArticle('flood-defence-plan', (article) => delete article.published),
      expect: ['articles/flood-defence-plan.json: published: missing'],
    },
    {
      name: 'published: "yesterday" and an impossible date',
      change: (dir) => {
        editArticle('flood-defence-plan', (article) => (article.published = 'yesterday'))(dir);
        editArticle('evening-bus-services', (article) => (article.published = '2020-02-30'))(dir);
      },
      expect: [
        'articles/flood-defence-plan.json: published: expected an ISO 8601 date',
        'articles/evening-bus-services.json: published: expected an ISO 8601 date',
      ],
    },
    {
      name: 'title: {x:1}',
      change: editArticle('flood-defence-plan', (article) => (article.zh.title = { x: 1 })),
      expect: ['articles/flood-defence-plan.json: zh.title: expected a non-empty string'],
    },
    {
      name: 'body: [{a:1}, null, 42]',
      change: editArticle('flood-defence-plan', (article) => (article.en.body = [{ a: 1 }, null, 42])),
      expect: [0, 1, 2].map(
        (i) => `articles/flood-defence-plan.json: en.body.${i}: expected a non-empty string`,
      ),
    },
    {
      name: 'updated: "soon"',
      change: editArticle('household-waste-sorting', (article) => (article.updated = 'soon')),
      expect: ['articles/household-waste-sorting.json: updated: expected an ISO 8601 date'],
    },
    {
      name: 'an article in no language at all',
      change: editArticle('flood-defence-plan', (article) => {
        delete article.en;
        delete article.zh;
      }),
      expect: ['articles/flood-defence-plan.json: expected the article in at least one language: en, zh'],
    },
    {
      name: 'a footer without its sponsor or ICP number, and the old name undertaker',
      change: editSite((site) => {
        delete site.en.footer.sponsor;
        delete site.zh.footer.icp;
        site.zh.footer.undertaker = site.zh.footer.operator;
      }),
      expect: [
        'site.json: en.footer.sponsor: missing',
        'site.json: zh.footer.icp: missing',
        'site.json: zh.footer.undertaker: renamed: the field is now called operator',
      ],
    },
    {
      name: 'a time zone the runtime does not know',
      change: editSite((site) => (site.timeZone = 'Mars/Olympus_Mons')),
      expect: ['site.json: timeZone: expected an IANA time zone'],
    },
    {
      name: 'a local time that does not exist',
      change: editArticle('flood-defence-plan', (article) => (article.published = '2020-05-06 24:30')),
      expect: ['articles/flood-defence-plan.json: published: expected an ISO 8601 date'],
    },
    {
      name: 'a file name that is not a slug',
      change: (dir) =>
        renameSync(join(dir, 'articles/flood-defence-plan.json'), join(dir, 'articles/Bad_Name.json')),
      expect: ['articles/Bad_Name.json: file name'],
    },
    ...['../../../tmp/x', '../..', '.', 'evening-bus-services'].map((slug) => ({
      name: `a slug field "${slug}"`,
      change: editArticle('flood-defence-plan', (article) => (article.slug = slug)),
      expect: ['articles/flood-defence-plan.json: slug: not allowed'],
    })),
    {
      name: 'a columnOrder entry that is not a slug',
      change: editSite((site) => site.columnOrder.push('../../x')),
      expect: ['site.json: columnOrder.4: expected a slug'],
    },
    {
      name: 'a crafted hreflang and htmlLang',
      change: editSite((site) => {
        site.en.hreflang = CRAFTED;
        site.zh.htmlLang = 'zh-CN"><script>alert(1)</script>';
      }),
      expect: [
        'site.json: en.hreflang: expected a BCP 47 language tag',
        'site.json: zh.htmlLang: expected a BCP 47 language tag',
      ],
    },
    {
      name: 'an accessibility table with a wrong criterion, level, missing cell and column',
      change: editSite((site) => {
        site.en.accessibility.wcag.rows[0].criterion = '1.4';
        site.en.accessibility.wcag.rows[1].level = 'AAAA';
        delete site.zh.accessibility.miit.rows[0].how;
        site.zh.accessibility.wcag.columns.pop();
      }),
      expect: [
        'site.json: en.accessibility.wcag.rows.0.criterion: expected a success criterion number',
        'site.json: en.accessibility.wcag.rows.1.level: expected A, AA or AAA',
        'site.json: zh.accessibility.miit.rows.0.how: missing',
        'site.json: zh.accessibility.wcag.columns: expected 2 column headings',
      ],
    },
    // Failed before: each of these passed validation (NUL was written raw into the HTML).
    {
      name: 'a NUL character, a bidirectional override in a title, a lone surrogate',
      change: (dir) => {
        editArticle('flood-defence-plan', (article) => {
          article.en.summary = 'Before\u0000after';
        })(dir);
        editArticle('evening-bus-services', (article) => {
          article.en.title = 'Bus \u202Esecivres';
        })(dir);
        // A lone surrogate can only arrive as a JSON escape.
        const file = join(dir, 'articles/central-library-reopens.json');
        const json = readFileSync(file, 'utf8').replace(/"source": "([^"]*)"/, '"source": "$1\\ud800"');
        writeFileSync(file, json);
      },
      expect: [
        'articles/flood-defence-plan.json: en.summary: holds the control character U+0000',
        'articles/evening-bus-services.json: en.title: holds a bidirectional control character',
        'articles/central-library-reopens.json: en.source: holds a lone surrogate',
      ],
    },
    {
      name: 'invalid UTF-8 is named, not replaced',
      change: (dir) => {
        const file = join(dir, 'articles/flood-defence-plan.json');
        const bytes = readFileSync(file);
        writeFileSync(
          file,
          Buffer.concat([bytes.subarray(0, 20), Buffer.from([0xff, 0xfe]), bytes.subarray(20)]),
        );
      },
      expect: ['articles/flood-defence-plan.json: is not valid UTF-8'],
    },
    {
      name: 'a time offset beyond ±14:00',
      change: editArticle('flood-defence-plan', (article) => {
        article.published = '2020-05-06T16:00:00+15:00';
      }),
      // Named as such: before, only the general "expected an ISO 8601 date".
      expect: ['articles/flood-defence-plan.json: published: expected a time offset within ±14:00'],
    },
    // Failed before: Unicode's bidirectional marks, an isolate in a column's name (which is in its
    // pages' <title>), and tabs and line breaks in titles all passed.
    {
      name: 'bidirectional marks in titles and a column name, a line break and a tab in a title',
      change: (dir) => {
        editArticle('flood-defence-plan', (article) => {
          article.en.title = 'Flood \u200Fdefence plan';
          article.zh.title = '防洪\u061C规划';
        })(dir);
        editArticle('evening-bus-services', (article) => {
          article.en.title = 'Evening bus\nservices';
          article.zh.title = '夜间\t公交';
        })(dir);
        editSite((site) => (site.en.columns.news.name = 'News\u2066x\u2069'))(dir);
      },
      expect: [
        'articles/flood-defence-plan.json: en.title: holds a bidirectional control character (U+200F)',
        'articles/flood-defence-plan.json: zh.title: holds a bidirectional control character (U+061C)',
        'articles/evening-bus-services.json: en.title: holds a tab or line break',
        'articles/evening-bus-services.json: zh.title: holds a tab or line break',
        'site.json: en.columns.news.name: holds a bidirectional control character (U+2066)',
      ],
    },
    // Failed before: reading a named pipe waited for a writer forever, and the build with it.
    {
      name: 'a named pipe for an article and for site.json',
      change: (dir) => {
        rmSync(join(dir, 'articles/flood-defence-plan.json'));
        execFileSync('mkfifo', [join(dir, 'articles/flood-defence-plan.json')]);
        rmSync(join(dir, 'site.json'));
        execFileSync('mkfifo', [join(dir, 'site.json')]);
      },
      expect: ['articles/flood-defence-plan.json: is not a regular file', 'site.json: is not a regular file'],
    },
    {
      name: 'a symbolic link to a file outside the content folder',
      change: (dir) => {
        const outside = join(work, 'outside.json');
        cpSync(join(dir, 'articles/flood-defence-plan.json'), outside);
        rmSync(join(dir, 'articles/flood-defence-plan.json'));
        symlinkSync(outside, join(dir, 'articles/flood-defence-plan.json'));
      },
      expect: ['articles/flood-defence-plan.json: is a symbolic link'],
    },
    {
      name: 'an unknown field in a zh-hant override, in site.json and in an article',
      change: (dir) => {
        editSite((site) => {
          site['zh-hant'].footer = { sponser: '河濱市人民政府' };
          site['zh-hant'].tagLine = '河濱市人民政府官方網站';
        })(dir);
        editArticle('flood-defence-plan', (article) => {
          article['zh-hant'] = { titel: '防洪規劃' };
        })(dir);
      },
      expect: [
        'site.json: zh-hant.footer.sponser: unknown field',
        'site.json: zh-hant.tagLine: unknown field',
        'articles/flood-defence-plan.json: zh-hant.titel: unknown field',
      ],
    },
    {
      name: 'a zh-hant override that breaks the rules written text follows',
      change: (dir) => {
        editSite((site) => (site['zh-hant'].pagination = { page: '第頁' }))(dir);
        editArticle('flood-defence-plan', (article) => {
          article['zh-hant'] = { title: ' ', body: [] };
        })(dir);
        editArticle('evening-bus-services', (article) => {
          article['zh-hant'] = { summary: 'A\u0007b' };
        })(dir);
      },
      expect: [
        'site.json: zh-hant.pagination.page: expected {number} in the text',
        'articles/flood-defence-plan.json: zh-hant.title: expected a non-empty string',
        'articles/flood-defence-plan.json: zh-hant.body: expected at least one paragraph',
        'articles/evening-bus-services.json: zh-hant.summary: holds the control character U+0007',
      ],
    },
    {
      name: 'a zh-hant override of an article with no Simplified text to convert',
      change: editArticle('flood-defence-plan', (article) => {
        delete article.zh;
        article['zh-hant'] = { title: '防洪規劃' };
      }),
      expect: [
        'articles/flood-defence-plan.json: zh-hant: replaces text converted from "zh", which this article does not have',
      ],
    },
    {
      name: 'a zh-hant block where zh-hant is not one of the languages, and an unknown language',
      change: (dir) => {
        editSite((site) => (site.languages = ['en', 'zh']))(dir);
        editArticle('flood-defence-plan', (article) => (article['zh-hant'] = { title: '防洪規劃' }))(dir);
      },
      expect: ['site.json: zh-hant: unknown field'],
    },
    {
      name: 'a language that is not offered',
      change: editSite((site) => site.languages.push('zh-tw')),
      expect: ['site.json: languages.3: expected one of en, zh, zh-hant'],
    },
    {
      name: 'a missing accessibility statement',
      change: editSite((site) => delete site.zh.accessibility),
      expect: ['site.json: zh.accessibility: missing'],
    },
  ];
  for (const { name, change, expect } of cases) {
    test(name, async () => {
      assert.ok(previous, 'needs the successful build above');
      const { code, stderr } = await build(contentWith(change));
      assert.notEqual(code, 0);
      for (const line of expect) assert.ok(stderr.includes(line), `"${line}" not in:\n${stderr}`);
      assert.deepEqual(snapshot(dist), previous);
      assert.deepEqual(
        // Beside each site only its folder of built sites (scripts/swap-site.mjs).
        readdirSync(work).filter((name) => name.startsWith('.') && !name.endsWith('-sites')),
        [],
        'no temporary build folder left behind',
      );
    });
  }
});

test('a byte-order mark at the start of a content file is accepted', async () => {
  const content = contentWith((dir) => {
    const file = join(dir, 'articles/flood-defence-plan.json');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
  });
  const { code, stderr } = await build(content);
  assert.equal(code, 0, stderr);
  previous = snapshot(dist);
});

// Failed before: DIST_DIR was replaced whatever it held. Each case points it at a copy in a
// temporary folder, never at anything of the repository's (the unfixed build deleted what it was
// given: trying this on the app folder deleted apps/portal).
describe('DIST_DIR the build does not own is refused, and nothing is deleted', () => {
  const refused = async (distDir, contentDir) => {
    const before = snapshot(distDir);
    const { code, stderr } = await build(contentDir, {
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: distDir },
    });
    assert.notEqual(code, 0);
    assert.match(stderr, /DIST_DIR .* is refused/);
    assert.deepEqual(snapshot(distDir), before);
    return stderr;
  };
  test('a folder with files of its own', async () => {
    const folder = join(work, 'someone-elses');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    assert.match(
      await refused(
        folder,
        contentWith(() => {}),
      ),
      /holds files this build did not write/,
    );
  });
  test('the content folder, and a folder that holds it', async () => {
    const content = contentWith(() => {});
    assert.match(await refused(content, content), /the content folder/);
    const parent = join(work, 'site-project');
    mkdirSync(parent);
    cpSync(content, join(parent, 'content'), { recursive: true });
    assert.match(await refused(parent, join(parent, 'content')), /the content folder/);
  });
  test('a folder the build wrote before carries its mark and is replaced', async () => {
    assert.ok(existsSync(join(dist, '.civic-portal-build')));
    const { code, stderr } = await build(contentWith(() => {}));
    assert.equal(code, 0, stderr);
  });
  test('a folder the build wrote, with files added since: a full build names them and replaces nothing', async () => {
    // Failed before: the mark made the whole folder the build's, and a full build replaced it,
    // files added since and all.
    const content = contentWith(() => {});
    writeFileSync(join(dist, 'NOTES.txt'), 'notes of our own');
    mkdirSync(join(dist, 'en', 'mine'));
    writeFileSync(join(dist, 'en', 'mine', 'keep.txt'), 'keep');
    const before = snapshot(dist);
    const full = await build(content, {
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
      args: ['--full'],
    });
    assert.notEqual(full.code, 0);
    assert.match(
      full.stderr,
      /DIST_DIR .* is refused: it holds files this build did not write \(.*NOTES\.txt/,
    );
    assert.match(full.stderr, /en\/mine\/keep\.txt/);
    // The build's own files (its pages and their copies, assets, search index) are not named.
    assert.doesNotMatch(full.stderr, /index\.html|assets|pagefind/);
    assert.deepEqual(snapshot(dist), before);
    // An incremental build, which removes only the pages it wrote, leaves them where they are.
    const incremental = await build(content);
    assert.equal(incremental.code, 0, incremental.stderr);
    assert.equal(readFileSync(join(dist, 'NOTES.txt'), 'utf8'), 'notes of our own');
    rmSync(join(dist, 'NOTES.txt'));
    rmSync(join(dist, 'en', 'mine'), { recursive: true });
    const after = await build(content, { args: ['--full'] });
    assert.equal(after.code, 0, after.stderr);
    previous = snapshot(dist);
  });
});

test('an interrupted build leaves no temporary folder', async () => {
  // Interrupted the moment its folder appears, three times: a build that made the folder before
  // it listened for signals left it behind about every other time (once in a CI run).
  for (let attempt = 1; attempt <= 3; attempt++) {
    const child = spawn(process.execPath, [buildScript], {
      cwd: app,
      env: { ...process.env, CONTENT_DIR: join(app, 'content'), DIST_DIR: join(work, 'interrupted') },
      stdio: 'ignore',
    });
    const started = Date.now();
    while (!readdirSync(work).some((name) => name.startsWith('.interrupted-building-'))) {
      assert.ok(Date.now() - started < 30_000, 'the build never started writing');
      await new Promise((resolve) => setImmediate(resolve));
    }
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.deepEqual(
      readdirSync(work).filter((name) => name.startsWith('.interrupted')),
      [],
      `attempt ${attempt}`,
    );
    assert.ok(!existsSync(join(work, 'interrupted')));
  }
});

test('an incremental build interrupted while it writes the search index leaves no scratch folder', async () => {
  const site = join(work, 'interrupted-incremental');
  const content = contentWith(() => {});
  const buildInto = (env = {}) =>
    spawn(process.execPath, [buildScript], {
      cwd: app,
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: site, ...env },
      stdio: 'ignore',
    });
  await new Promise((resolve) => buildInto().once('exit', resolve));
  const own = readdirSync(site).filter((name) => name.startsWith('.'));
  editArticle('flood-defence-plan', (article) => (article.en.title = 'A corrected title'))(content);
  const child = buildInto();
  // Wait until the build has made a scratch folder in the live site (for the search index), then
  // interrupt it.
  const started = Date.now();
  const scratch = () => readdirSync(site).filter((name) => name.startsWith('.') && !own.includes(name));
  while (scratch().length === 0) {
    assert.ok(Date.now() - started < 30_000, 'the build never wrote its search index');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  assert.deepEqual(scratch(), []);
  // The site still has its search index, each shard the old one or the new one if already in place.
  const shards = readdirSync(join(site, 'pagefind'));
  assert.deepEqual(shards.sort(), ['en-0', 'zh-0', 'zh-hant-0']);
  for (const shard of shards) assert.ok(existsSync(join(site, 'pagefind', shard, 'pagefind.js')), shard);
});

test('a content folder that does not exist is named, and dist/ is untouched', async () => {
  assert.ok(previous, 'needs the successful build above');
  const { code, stderr } = await build(join(work, 'no-such-content'));
  assert.notEqual(code, 0);
  assert.match(stderr, /site\.json: cannot be read \(ENOENT\)/);
  assert.deepEqual(snapshot(dist), previous);
});
