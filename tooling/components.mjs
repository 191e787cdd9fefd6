// The components of this repository, found rather than listed: every workspace package under
// packages/ whose package.json has a "civic" block is one component. Scripts, generators and
// tests enumerate this list, so a new package with the block (see `npm run new-component`) is
// picked up by all of them with no other edit.
//
// The block:
//   "civic": {
//     "tag": "civic-example",            the custom element's tag (starts with "civic-")
//     "className": "Example",            the exported class
//     "pageAssets": ["dist/x.css"],      files a page may link or load beside the module
//     "stories": { "a11y": ["Default"] } story names whose accessibility tree the docs describe
//     "renderedTags": ["div", "slot"],   the only elements its shadow root may hold (hostile-input
//                                        tests: anything else was injected)
//     "sizeBudgets": ["four-elements"],  named budget rows of scripts/check-sizes.mjs it counts in
//     "scriptOnly": true,                its text exists only with JavaScript (a control), so a
//                                        page read without scripts does not miss it
//     "react": {                         for the wrappers of @civic-elements/react:
//       "waitsForHydration": true,       render `defer-hydration` until React has hydrated
//       "helpers": { "./x.js": ["useX"] } hand-written modules of packages/react/src re-exported
//     }                                  beside the component
//   }
// Every field but "tag" and "className" may be left out.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

const TAG = /^civic-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CLASS_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * @typedef {object} Component
 * @property {string} name         the package folder, e.g. "font-size-toggle"
 * @property {string} dir          absolute path of the package folder
 * @property {string} packageName  e.g. "@civic-elements/font-size-toggle"
 * @property {string} tag          e.g. "civic-font-size-toggle"
 * @property {string} className    e.g. "FontSizeToggle"
 * @property {string[]} pageAssets paths relative to the package folder
 * @property {{ a11y: string[] }} stories
 * @property {string[]} renderedTags
 * @property {string[]} sizeBudgets
 * @property {boolean} scriptOnly
 * @property {{ waitsForHydration: boolean, helpers: Record<string, string[]> }} react
 */

/** Throws, naming the package, when a "civic" block is malformed. */
function checked(name, civic) {
  const where = `packages/${name}/package.json "civic"`;
  if (typeof civic.tag !== 'string' || !TAG.test(civic.tag)) {
    throw new Error(`${where}: "tag" must be a custom element name starting with "civic-"`);
  }
  if (typeof civic.className !== 'string' || !CLASS_NAME.test(civic.className)) {
    throw new Error(`${where}: "className" must be a PascalCase class name`);
  }
  const pageAssets = civic.pageAssets ?? [];
  if (!Array.isArray(pageAssets) || !pageAssets.every((asset) => typeof asset === 'string')) {
    throw new Error(`${where}: "pageAssets" must be a list of paths`);
  }
  const a11y = civic.stories?.a11y ?? ['Default'];
  if (!Array.isArray(a11y) || !a11y.every((story) => typeof story === 'string')) {
    throw new Error(`${where}: "stories.a11y" must be a list of story names`);
  }
  const renderedTags = civic.renderedTags ?? [];
  if (
    !Array.isArray(renderedTags) ||
    !renderedTags.every((tag) => typeof tag === 'string' && /^[a-z][a-z0-9-]*$/.test(tag))
  ) {
    throw new Error(`${where}: "renderedTags" must be a list of lower-case element names`);
  }
  const sizeBudgets = civic.sizeBudgets ?? [];
  if (!Array.isArray(sizeBudgets) || !sizeBudgets.every((budget) => typeof budget === 'string')) {
    throw new Error(`${where}: "sizeBudgets" must be a list of budget names`);
  }
  const scriptOnly = civic.scriptOnly ?? false;
  if (typeof scriptOnly !== 'boolean') throw new Error(`${where}: "scriptOnly" must be true or false`);
  const react = civic.react ?? {};
  const helpers = react.helpers ?? {};
  if (
    typeof react !== 'object' ||
    typeof (react.waitsForHydration ?? false) !== 'boolean' ||
    typeof helpers !== 'object' ||
    !Object.entries(helpers).every(
      ([module, names]) =>
        /^\.\/[\w.-]+\.js$/.test(module) && Array.isArray(names) && names.every((name) => /^\w+$/.test(name)),
    )
  ) {
    throw new Error(
      `${where}: "react" must be { "waitsForHydration": boolean, "helpers": { "./module.js": [names] } }`,
    );
  }
  return {
    ...civic,
    pageAssets,
    stories: { ...civic.stories, a11y },
    renderedTags,
    sizeBudgets,
    scriptOnly,
    react: { waitsForHydration: react.waitsForHydration ?? false, helpers },
  };
}

/** Every component, sorted by folder name. @returns {Component[]} */
export function listComponents(root = repositoryRoot) {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packages, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packages, entry.name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (!pkg.civic) return undefined;
      return { name: entry.name, dir, packageName: pkg.name, ...checked(entry.name, pkg.civic) };
    })
    .filter(Boolean)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The components, computed once for this process. */
export const components = listComponents();
