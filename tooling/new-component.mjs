#!/usr/bin/env node
// `npm run new-component -- <name>`: writes packages/<name>/, a working component that every
// script finds through its "civic" block (tooling/components.mjs): a Lit element `<civic-<name>>`
// on core's tokens and strings registry, server-rendering safe, with its styles, strings in
// English, Simplified and Traditional Chinese, browser and server tests, a story and a docs page,
// a README whose API section scripts/readme-api.mjs fills, and a changeset. It adds the package to
// the dependencies of @civic-elements/all and @civic-elements/react (and a subpath of the latter),
// then runs `npm install` so the workspace links it. Refuses a name that is taken or not a valid
// element name. Plain templates: the files are few and short, and a generator library would cost
// more to learn than they do to read.
//
//   node tooling/new-component.mjs <name> [--root <repository>] [--no-install]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, getFileInfo, resolveConfig } from 'prettier';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const RESERVED = new Set(['all', 'core', 'react', 'tooling', 'portal']);
// Names whose class or subpath would clash: a class named like Lit's or the DOM's own, and the
// subpaths the react and all packages already use.
const CLASHING = new Set([
  'element',
  'html-element',
  'lit-element',
  'reactive-element',
  'template-result',
  'css-result',
  'event',
  'node',
  'index',
  'jsx',
  'vue',
  'svelte',
  'development',
]);

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
/** "notice-banner" → "Notice banner", for titles. */
const words = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** Why `name` cannot be a new component in `root`, or undefined. */
export function problemWith(name, root) {
  if (typeof name !== 'string' || !NAME.test(name)) {
    return `"${name ?? ''}" is not a package name of lower-case words joined by hyphens (e.g. notice-banner)`;
  }
  if (name.startsWith('civic-'))
    return `leave out the "civic-" prefix: the tag becomes civic-${name.slice(6)}`;
  if (RESERVED.has(name)) return `"${name}" is the name of a workspace that is not a component`;
  if (CLASHING.has(name))
    return `"${name}" would clash with a class or subpath that exists already: choose a more specific name`;
  if (existsSync(join(root, 'packages', name))) return `packages/${name} exists already`;
  return undefined;
}

/** Every file of the new package, path relative to the repository → text. */
export function componentFiles(name, root) {
  const tag = `civic-${name}`;
  const className = pascal(name);
  const strings = `${camel(name)}Strings`;
  const styles = `${camel(name)}Styles`;
  const packageName = `@civic-elements/${name}`;
  const title = words(name);
  const pkg = {
    name: packageName,
    version: '0.0.0',
    description: `<${tag}>: a labelled group for a portal page (a new component: describe it here).`,
    license: 'MIT',
    type: 'module',
    main: './dist/index.js',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': {
        types: './dist/index.d.ts',
        development: './dist/development/index.js',
        default: './dist/index.js',
      },
      [`./${name}.js`]: {
        types: `./dist/${name}.d.ts`,
        development: `./dist/development/${name}.js`,
        default: `./dist/${name}.js`,
      },
      './package.json': './package.json',
    },
    sideEffects: ['./dist/index.js', './dist/development/index.js'],
    customElements: 'custom-elements.json',
    civic: {
      tag,
      className,
      pageAssets: [],
      stories: { a11y: ['Default'] },
      renderedTags: ['div', 'slot'],
    },
    files: ['dist', 'custom-elements.json', 'CHANGELOG.md'],
    keywords: ['web-components', 'lit', 'accessibility', 'government', 'custom-elements'],
    repository: {
      type: 'git',
      url: 'git+https://github.com/civic-elements/civic-elements.git',
      directory: `packages/${name}`,
    },
    engines: { node: '>=20.19' },
    publishConfig: { access: 'public' },
    scripts: {
      build: 'civic-build',
      typecheck: 'tsc -p tsconfig.json',
      test: 'wtr --config web-test-runner.config.mjs && node --test test/*.ssr.test.mjs && civic-check-syntax',
    },
    dependencies: { '@civic-elements/core': '^0.0.0', lit: '^3.0.0' },
    devDependencies: { '@civic-elements/tooling': '0.0.0' },
    'web-types': './dist/web-types.json',
  };
  const at = (file) => `packages/${name}/${file}`;
  return {
    [at('package.json')]: `${JSON.stringify(pkg, null, 2)}\n`,
    [at('LICENSE')]: readFileSync(join(root, 'packages/core/LICENSE'), 'utf8'),
    [at('CHANGELOG.md')]: `# ${packageName}\n`,
    [at('tsconfig.json')]: `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "noEmit": true },
  "include": ["src", "test", "stories"]
}
`,
    [at('tsconfig.build.json')]: `{
  "extends": "./tsconfig.json",
  "compilerOptions": { "noEmit": false, "emitDeclarationOnly": true, "rootDir": "src", "outDir": "dist" },
  "include": ["src"]
}
`,
    [at('rollup.config.mjs')]: `import { packageBuild } from '@civic-elements/tooling/rollup-package.mjs';

export default packageBuild(import.meta.url);
`,
    [at('web-test-runner.config.mjs')]:
      `export { default } from '@civic-elements/tooling/web-test-runner.config.mjs';
`,
    [at(`src/${name}.ts`)]: `import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleController, tokens } from '@civic-elements/core';
import { ${styles} } from './${name}.styles.js';
import { ${strings}, type ${className}Strings } from './strings.js';

/**
 * A labelled group of content. Replace this summary with what the element is for; the docs page,
 * the README's API section and the editors' data are generated from this comment.
 *
 * @element ${tag}
 *
 * @slot - The content of the group.
 *
 * @csspart base - The group around the content.
 *
 * @cssprop [--${tag}-color=var(--civic-color-text)] - Text colour.
 * @cssprop [--${tag}-border-color=var(--civic-color-rule)] - Border colour.
 */
export class ${className} extends LitElement {
  /** @internal */
  static override get styles() {
    return [tokens, ${styles}];
  }

  /** @internal */
  static override get properties() {
    return { strings: {} };
  }

  /**
   * Replaces built-in strings on this instance, by name: \`{ "label": "…" }\`. As an attribute, or
   * as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<${className}Strings> | string | null = null;

  #i18n = new LocaleController(this, ${strings});

  protected override render(): TemplateResult {
    const text = this.#i18n.strings(this.strings);
    return html\`<div part="base" role="group" aria-label=\${text.label}><slot></slot></div>\`;
  }
}
`,
    [at(`src/${name}.styles.ts`)]: `import { css } from 'lit';

// Colours and spaces come from core's tokens (the private --_civic-* properties), so a theme that
// sets the tokens restyles this element too.
export const ${styles} = css\`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border: 1px solid var(--${tag}-border-color, var(--_civic-color-rule));
    color: var(--${tag}-color, var(--_civic-color-text));
  }

  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
\`;
`,
    [at('src/index.ts')]:
      `// Registers <${tag}> (once, however many copies of the package a page loads) and exports its class.
import { ${className} } from './${name}.js';

export { ${className} } from './${name}.js';
export type { ${className}Strings } from './strings.js';

if (!customElements.get('${tag}')) {
  customElements.define('${tag}', ${className});
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
    [at('src/strings.ts')]:
      `// The element's built-in strings, one table per locale in ./locales/, registered once in core's
// registry; a page's own registerStrings() wins.
import { defineStrings } from '@civic-elements/core';
import { en, type ${className}Strings } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

export type { ${className}Strings };

export const ${strings} = defineStrings<${className}Strings>('${tag}', {
  en,
  zh: zhHans,
  'zh-Hant': zhHant,
});
`,
    [at('src/locales/en.ts')]:
      `// English: the element's complete set of strings, and the fallback for every other locale.
export const en = {
  /** Accessible name of the group. */
  label: '${title}',
};

/** The names of the element's strings. */
export type ${className}Strings = { [Name in keyof typeof en]: string };
`,
    [at('src/locales/zh-hans.ts')]:
      `// Simplified Chinese (zh, zh-CN, zh-SG, zh-Hans). Translate the English placeholder.
import type { ${className}Strings } from './en.js';

export const zhHans: ${className}Strings = { label: '${title}（待译）' };
`,
    [at('src/locales/zh-hant.ts')]:
      `// Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant). Translate the English placeholder.
import type { ${className}Strings } from './en.js';

export const zhHant: ${className}Strings = { label: '${title}（待譯）' };
`,
    [at(`test/${name}.test.ts`)]: `import { expect, fixture, html } from '@open-wc/testing';
import { roleAndName } from '@civic-elements/tooling/testing/browser.js';
import { assertHostileInputIsHarmless } from '@civic-elements/tooling/testing/hostile.js';
import { ${className} } from '../src/index.js';

const group = (el: ${className}) => el.shadowRoot!.querySelector('[part=base]')!;

describe('${tag}', () => {
  it('registers <${tag}> as ${className}', () => {
    expect(customElements.get('${tag}')).to.equal(${className});
  });

  it('is a group named "${title}" that shows its content', async () => {
    const el = await fixture<${className}>(html\`<${tag}><p>Opening hours</p></${tag}>\`);
    expect(await roleAndName(group(el))).to.deep.equal({ role: 'group', name: '${title}' });
    expect(el.textContent).to.contain('Opening hours');
  });

  it('takes its name from the "label" string', async () => {
    const el = await fixture<${className}>(html\`<${tag} strings='{"label": "Notices"}'></${tag}>\`);
    expect((await roleAndName(group(el))).name).to.equal('Notices');
  });

  it('speaks Traditional Chinese under a zh-Hant lang', async () => {
    const el = await fixture<${className}>(html\`<${tag} lang="zh-Hant"></${tag}>\`);
    expect((await roleAndName(group(el))).name).to.equal('${title}（待譯）');
  });

  it('passes axe', async () => {
    const el = await fixture<${className}>(html\`<${tag}><p>Opening hours</p></${tag}>\`);
    await expect(el).to.be.accessible();
  });

  it('renders any attribute or property value harmlessly (fast-check)', async () => {
    await assertHostileInputIsHarmless('${tag}');
  });
});
`,
    [at(`test/${name}.ssr.test.mjs`)]:
      `// Server rendering in Node with @lit-labs/ssr: no window, no document, no storage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders the named group and keeps the light-DOM content', async () => {
  const output = await collectResult(render(html\`<${tag}><p>Opening hours</p></${tag}>\`));
  assert.match(output, /<div part="base" role="group" aria-label="${title}"/);
  assert.match(output, /<p>Opening hours<\\/p>/);
});

test('renders Simplified Chinese when the element carries zh-CN', async () => {
  const output = await collectResult(render(html\`<${tag} lang="zh-CN"></${tag}>\`));
  assert.match(output, /aria-label="${title}（待译）"/);
});
`,
    [at(`stories/${name}.stories.ts`)]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { ${className} } from '${packageName}';
import '${packageName}';
import { inLocale, type Translations } from '../../../.storybook/localized';

// Args, argTypes and the template come from the manifest (custom-elements.json). The content is
// the default slot: edit it in the "default" control of the Slots section.
const { args, argTypes, template } = getStorybookHelpers<${className}>('${tag}');

// The content in the toolbar's other languages (see .storybook/localized.ts): translate it, as
// the strings in src/locales/ (test:stories fails on English text in a Chinese story).
const CONTENT = '<p>Opening hours: Monday to Friday, 9:00 to 17:00.</p>';
const TRANSLATIONS: Translations = {
  'zh-CN': { [CONTENT]: '<p>开放时间：周一至周五 9:00–17:00（待译）</p>' },
  'zh-Hant': { [CONTENT]: '<p>開放時間：週一至週五 9:00–17:00（待譯）</p>' },
};

const meta: Meta = {
  title: 'Components/${title}',
  component: '${tag}',
  args: { ...args, 'default-slot': CONTENT },
  argTypes,
  render: (storyArgs, { globals }) => template(inLocale(storyArgs, globals.locale, TRANSLATIONS)),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
`,
    [at(`stories/${name}.a11y.json`)]: `${JSON.stringify(
      { generatedBy: 'scripts/a11y-tree.mjs (Chromium accessibility tree)', stories: [] },
      null,
      2,
    )}\n`,
    [at(`stories/${name}.mdx`)]:
      `import { Meta, Title, Description, Primary, Controls, Source } from '@storybook/addon-docs/blocks';
import * as ComponentStories from './${name}.stories';
import accessibility from './${name}.a11y.json';

<Meta of={ComponentStories} />

<Title />

<Description of={ComponentStories} />

<Primary />

<Controls />

## When to use it

- Say when a page needs this element.

## When not to use it

- Say what to use instead, and when.

## Anatomy

1. **\`base\`** part: a \`group\` named "${title}" or by \`strings\`, around the slotted content.

## Keyboard

It takes no focus itself; Tab reaches the links and controls of its content.

## What a screen reader announces

Read from Chromium's accessibility tree of the stories below by \`scripts/a11y-tree.mjs\`, not
written by hand (\`npm run docs:a11y\` regenerates it after \`npm run build-storybook\`).

{accessibility.stories.map((story) => (

  <div key={story.id}>
    <h3>{story.name}</h3>
    <h4>English</h4>
    <Source language="yaml" format={false} dark={false} code={story.tree.en} />
    <h4>简体中文 (zh-CN)</h4>
    <Source language="yaml" format={false} dark={false} code={story.tree['zh-CN']} />
    <h4>繁體中文 (zh-Hant)</h4>
    <Source language="yaml" format={false} dark={false} code={story.tree['zh-Hant']} />
  </div>
))}

## WCAG 2.2 criteria it is tested against

| Criterion                        | How                                       |
| -------------------------------- | ----------------------------------------- |
| 1.3.1 Info and Relationships (A) | A named group (tree above)                |
| 1.4.3 Contrast (Minimum) (AA)    | axe on every story, light and dark theme  |
| 4.1.2 Name, Role, Value (A)      | Role and name asserted in the browser test |
`,
    [at('README.md')]: `# ${packageName}

\`<${tag}>\`: a labelled group for a portal page. Describe here what it is for.

\`\`\`sh
npm install ${packageName}
\`\`\`

\`\`\`html
<script type="module">
  import '${packageName}';
</script>

<${tag}>
  <p>Opening hours: Monday to Friday, 9:00 to 17:00.</p>
</${tag}>
\`\`\`

## API

<!-- api:start -->
<!-- api:end -->
`,
    [`.changeset/new-${name}.md`]: `---
'${packageName}': minor
'@civic-elements/all': minor
'@civic-elements/react': minor
---

First release of \`<${tag}>\`, a labelled group in English, Simplified and Traditional Chinese;
\`@civic-elements/all\` registers it and \`@civic-elements/react\` wraps it.
`,
  };
}

/** Adds the new package to all's and react's dependencies (and react's subpath), in place. */
export function addToAggregates(name, root) {
  const packageName = `@civic-elements/${name}`;
  const sorted = (object) =>
    Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
  for (const aggregate of ['all', 'react']) {
    const file = join(root, 'packages', aggregate, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    pkg.dependencies = sorted({ ...pkg.dependencies, [packageName]: '^0.0.0' });
    if (aggregate === 'react') {
      const exports = Object.entries(pkg.exports);
      const last = exports.findIndex(([key]) => key === './package.json');
      exports.splice(last, 0, [
        `./${name}`,
        {
          types: `./dist/${name}.d.ts`,
          development: `./dist/development/${name}.js`,
          default: `./dist/${name}.js`,
        },
      ]);
      pkg.exports = Object.fromEntries(exports);
      pkg.sideEffects = [...pkg.sideEffects, `./dist/${name}.js`, `./dist/development/${name}.js`];
    }
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

/**
 * Writes the component into `root`, formatted as the repository's Prettier settings say; returns
 * the paths written. Throws on a bad or taken name.
 */
export async function newComponent(name, { root }) {
  const problem = problemWith(name, root);
  if (problem) throw new Error(problem);
  const files = componentFiles(name, root);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    const { inferredParser } = await getFileInfo(file);
    const formatted = inferredParser
      ? await format(text, { ...(await resolveConfig(file)), filepath: file })
      : text;
    writeFileSync(file, formatted);
  }
  addToAggregates(name, root);
  return Object.keys(files);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootIndex = args.indexOf('--root');
  const root = rootIndex >= 0 ? args[rootIndex + 1] : fileURLToPath(new URL('..', import.meta.url));
  const name = args.find((arg, index) => !arg.startsWith('--') && (rootIndex < 0 || index !== rootIndex + 1));
  try {
    const written = await newComponent(name, { root });
    console.log(`Wrote ${written.length} files:\n  ${written.join('\n  ')}`);
    console.log('Added it to the dependencies of @civic-elements/all and @civic-elements/react.');
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  if (!args.includes('--no-install'))
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  console.log(`
Next, before CI passes:
  1. Fill in what is marked: the summary and docs ("Replace this…"), and the Chinese strings and
     story content marked 待译/待譯 (src/locales/, stories/${name}.stories.ts).
  2. npx turbo run build, then in packages/${name}: npm test.
  3. npm run build-storybook; npm run docs:a11y (what a screen reader announces);
     npm run test:visual -- --update --filter=${name} (baselines: review, then commit);
     npm run readme (the API section and the root README's table).
  4. npm run size: civic-elements.min.js and the autoloader page carry every element, and their
     sizes are held (size-budgets.json). A new element needs room made elsewhere, or a raised
     hold with its reason in that file and in the changeset.`);
}
