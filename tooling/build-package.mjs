#!/usr/bin/env node
// civic-build: a package's whole build, the same steps in every package (run in its folder, as
// npm runs its "build" script). Each step runs when the package has what it needs:
//   0. node <script> for each of "civicBuild.generate" (scripts that write sources from the
//      package's own files, such as reading tools' src/page-sheet.ts from its stylesheet)
//   1. rollup -c --silent                         (rollup.config.mjs)
//   2. the files declared in "civicBuild.assets"   (page stylesheets, images, pre-paint scripts:
//                                                  tooling/package-assets.mjs)
//   3. tsc -p tsconfig.build.json                 (tsconfig.build.json: the .d.ts files)
//   4. cem analyze --litelement + civic-element-data (a component: a "civic" block)
// Then every page asset the "civic" block names must exist, so a page never links a file the
// build forgot.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listComponents } from './components.mjs';
import { assetPlan, writeAssets } from './package-assets.mjs';

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Runs a command found on PATH (npm puts node_modules/.bin there); stops the build if it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`civic-build (${pkg.name}): ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

// A component's "civic" block, checked by components.mjs before anything is built (a malformed
// one stops the build, naming the field).
const component = pkg.civic ? listComponents().find((each) => resolve(each.dir) === resolve(dir)) : undefined;
if (pkg.civic && !component) {
  console.error(`civic-build (${pkg.name}): a "civic" block outside packages/ is not a component`);
  process.exit(1);
}
assetPlan(pkg.civicBuild?.assets); // refused before anything is built, naming the entry
const generators = pkg.civicBuild?.generate ?? [];
for (const script of generators) {
  if (typeof script !== 'string' || !existsSync(join(dir, script))) {
    console.error(
      `civic-build (${pkg.name}): "civicBuild.generate" names no script of the package: ${script}`,
    );
    process.exit(1);
  }
}
for (const script of generators) run(process.execPath, [script]);
if (existsSync(join(dir, 'rollup.config.mjs'))) run('rollup', ['-c', '--silent']);
await writeAssets(dir, pkg.civicBuild?.assets);
if (existsSync(join(dir, 'tsconfig.build.json'))) run('tsc', ['-p', 'tsconfig.build.json']);
if (component) {
  run('cem', ['analyze', '--litelement', '--globs', 'src/*.ts']);
  run(process.execPath, [fileURLToPath(new URL('./element-data.mjs', import.meta.url))]);
  const missing = component.pageAssets.filter((asset) => !existsSync(join(dir, asset)));
  if (missing.length > 0) {
    console.error(
      `civic-build (${pkg.name}): the "civic" block names page assets the build did not write: ` +
        `${missing.join(', ')}. Declare each in "civicBuild.assets" with its source.`,
    );
    process.exit(1);
  }
}
