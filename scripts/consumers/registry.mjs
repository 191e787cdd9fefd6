// The throwaway registry the strangers install from, and the shared installs they use.
//
// `prepare()` makes a temp folder, starts Verdaccio on 127.0.0.1 (no uplinks, storage in that
// folder), publishes every package with `changeset publish`, and fills the shared installs it is
// asked for. `close()` stops Verdaccio by its process id and removes the folder, pass or fail.
//
// A stranger's check.mjs calls `useRehearsal()`: under the runner it gets the registry and the
// folder the runner prepared (CIVIC_REGISTRY, CIVIC_REHEARSAL_DIR); run alone, it prepares its own
// and closes it when its tests end.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { components, repositoryRoot } from '@civic-elements/tooling/components.mjs';

const exec = promisify(execFile);
export const consumersRoot = join(repositoryRoot, 'scripts/consumers');

/**
 * The shared installs: each is one folder with one node_modules, and the strangers that use it
 * are copied into subfolders of it. Only the @civic-elements scope comes from the registry.
 */
export const installs = {
  // Every component package on its own, bundled by esbuild; the list follows tooling/components.mjs.
  esbuild: [...components.map((component) => component.packageName), 'esbuild'],
  // The single files of @civic-elements/all, for pages without a bundler.
  all: ['@civic-elements/all'],
  react: [
    '@civic-elements/all',
    '@civic-elements/react',
    'react@19',
    'react-dom@19',
    '@types/react@19',
    '@types/react-dom@19',
    '@types/node@20',
    'typescript@5.9',
    'esbuild',
    'next@16',
  ],
  frameworks: [
    '@civic-elements/all',
    'vue@3',
    'vue-tsc@3',
    'vite@7',
    '@vitejs/plugin-vue@6',
    '@types/node@20',
    'svelte@5',
    'svelte-check@4',
    'typescript@5.9',
  ],
  // Angular 21 (Node ^20.19 || ^22.12 || >=24) with the application builder, for the angular stranger.
  angular: [
    '@civic-elements/all',
    '@angular/build@21',
    '@angular/cli@21',
    '@angular/common@21',
    '@angular/compiler@21',
    '@angular/compiler-cli@21',
    '@angular/core@21',
    '@angular/platform-browser@21',
    'rxjs@7',
    'tslib@2',
    'typescript@5.9',
  ],
  // The astro stranger installs its own package.json (it overrides @lit-labs/ssr); this only
  // gives it a folder.
  astro: ['@civic-elements/all'],
  // React 18, for the react18-ssr stranger (the react-ssr project hydrated by React 18).
  react18: [
    '@civic-elements/react',
    'react@18',
    'react-dom@18',
    '@types/react@18',
    '@types/react-dom@18',
    '@types/node@20',
    'typescript@5.9',
    'esbuild',
  ],
};

/** Runs a command; on failure the error message carries its output. Resolves to stdout. */
export async function run(command, args, options = {}) {
  try {
    const { stdout } = await exec(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return stdout;
  } catch (error) {
    error.message = `${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
}

/**
 * Runs a type checker over a project with a deliberate mistake (the misspelled "levles") and
 * fails unless it rejects the project with a message matching `expected`: the typings must catch
 * what a stranger gets wrong, not only accept what is right.
 */
export async function expectRejected(command, args, options, expected) {
  const failure = await run(command, args, options).then(
    () => undefined,
    (error) => error,
  );
  assert.ok(failure, `${args.join(' ')}: passed, but it should have reported ${expected}`);
  assert.match(failure.message, expected);
}

/** A command installed in a shared install. */
export const bin = (installDir, name) => join(installDir, 'node_modules/.bin', name);

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** The published workspace packages: every package under packages/ that is not private. */
function publishedPackages() {
  const packages = join(repositoryRoot, 'packages');
  return readdirSync(packages)
    .map((name) => join(packages, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((pkg) => !pkg.private)
    .map((pkg) => pkg.name);
}

async function startVerdaccio(dir, log) {
  const port = await freePort();
  const registry = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'verdaccio.yaml');
  await writeFile(
    config,
    [
      `storage: ${join(dir, 'storage')}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $anonymous $authenticated',
      'web:',
      '  enable: false',
      'publish:',
      '  allow_offline: true',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  log(`Starting Verdaccio on ${registry}`);
  const verdaccio = spawn(
    process.execPath,
    [
      join(repositoryRoot, 'node_modules/verdaccio/bin/verdaccio'),
      '--config',
      config,
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  verdaccio.stderr.on('data', (chunk) => process.stderr.write(chunk));
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${registry}-/ping`)).ok) break;
    } catch {
      if (attempt > 100) {
        verdaccio.kill();
        throw new Error('Verdaccio did not start');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { registry, port, verdaccio };
}

async function publish(dir, registry, port, log) {
  // npm will not publish without a token; any token does for this registry.
  const publisherRc = join(dir, 'publisher.npmrc');
  await writeFile(publisherRc, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=rehearsal\n`);
  log('Publishing every package with changeset publish');
  const published = await run(
    join(repositoryRoot, 'node_modules/.bin/changeset'),
    ['publish', '--no-git-tag'],
    {
      cwd: repositoryRoot,
      env: { ...process.env, NPM_CONFIG_USERCONFIG: publisherRc, npm_config_registry: registry },
    },
  );
  log(
    published
      .split('\n')
      .filter((line) => /published|Publishing/i.test(line))
      .join('\n'),
  );
  for (const name of publishedPackages()) {
    const response = await fetch(`${registry}${name.replace('/', '%2f')}`);
    if (!response.ok) throw new Error(`${name} is not in the registry`);
  }
}

/**
 * Fills the shared install `name` under `root` from `registry` unless it is already there, and
 * returns its folder. Installs of different names may run at the same time; one name at a time.
 */
export async function install(root, registry, name) {
  const packages = installs[name];
  if (!packages) throw new Error(`no shared install named "${name}"`);
  const dir = join(root, name);
  const done = join(dir, '.installed');
  if (existsSync(done)) return dir;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.npmrc'), `@civic-elements:registry=${registry}\n`);
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'stranger', private: true, type: 'module' }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], { cwd: dir });
  await writeFile(done, packages.join('\n'));
  return dir;
}

/**
 * A temp folder with Verdaccio running in it and every package published (or `registry`, an
 * already published registry, used as it is), and the named shared installs filled at once.
 */
export async function prepare({ registry, installNames = [], log = console.log } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'civic-release-'));
  let verdaccio;
  // Even when the process is ended early, the registry does not outlive it.
  const onExit = () => {
    if (verdaccio?.exitCode === null) verdaccio.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  // Interrupted (Ctrl-C, a CI timeout): exit, which runs onExit.
  const onSignal = () => process.exit(130);
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const close = async () => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (verdaccio?.pid && verdaccio.exitCode === null) process.kill(verdaccio.pid);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (!registry) {
      const started = await startVerdaccio(dir, log);
      ({ registry, verdaccio } = started);
      await publish(dir, registry, started.port, log);
    }
    if (installNames.length) {
      log(`Installing as strangers: ${installNames.join(', ')}`);
      await Promise.all(installNames.map((name) => install(dir, registry, name)));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { registry, dir, close };
}

/**
 * For a stranger's check.mjs: the registry and shared folder the runner prepared, or its own.
 * Copies scripts/consumers/<project> into the shared install `installName` (filled if needed)
 * and returns `{ dir, installDir, registry, close }`. Call it in `before()` and `close()` in
 * `after()`: that stops a registry of its own and removes its folder (nothing under the runner).
 */
export async function useRehearsal(project, installName) {
  let root = process.env.CIVIC_REHEARSAL_DIR;
  let registry = process.env.CIVIC_REGISTRY;
  let close = async () => {};
  if (!root || !registry) {
    ({ registry, dir: root, close } = await prepare({ registry }));
  }
  try {
    const installDir = await install(root, registry, installName);
    const dir = join(installDir, project);
    await rm(dir, { recursive: true, force: true });
    await cp(join(consumersRoot, project), dir, {
      recursive: true,
      filter: (source) => !source.endsWith('check.mjs'),
    });
    return { dir, installDir, registry, close };
  } catch (error) {
    await close();
    throw error;
  }
}
