// What the node tests of the generated editor data and typings read: each component package's
// own custom-elements manifest, and files relative to this folder. Run after the build.
import { readFileSync } from 'node:fs';
import { components as found } from '@civic-elements/tooling/components.mjs';

/** A file's text, by a path relative to this test folder. */
export const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
/** The component packages `all` brings together, by folder name (tooling/components.mjs). */
export const components = found.map(({ name }) => name);
/** Their tags. */
export const tags = found.map(({ tag }) => tag);
/** The custom element a manifest declares. */
export const elementOf = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement);
/** The custom element of a component package, from its own manifest. */
export const elementIn = (name) => elementOf(JSON.parse(read(`../../${name}/custom-elements.json`)));
