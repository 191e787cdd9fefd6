// Benchmark (not a test) of the two ways to serve the built portal: the Node server
// (scripts/server.mjs, in its own process) and nginx (scripts/serve-nginx.mjs's config) with one
// worker, as with one Node process, and with its production setting (a worker per core).
// autocannon (scripts/load-test.mjs: 50 connections, loopback only) asks each for an HTML page
// and the client script, as a browser does (Accept-Encoding: br, gzip), and prints requests per
// second and nginx's ratio to Node. Target (issue 25): nginx ≥ 1.5× Node on HTML.
// `--duration=<seconds>` per run, 10 by default. Exits non-zero if any request failed.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadTest } from './load-test.mjs';
import { nginxMissing, startNginx } from './serve-nginx.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const duration =
  Number(/^--duration=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--duration=')) ?? '')?.[1]) ||
  10;

let headers;
try {
  headers = JSON.parse(await readFile(`${dist}/security-headers.json`, 'utf8'));
} catch {
  console.error('apps/portal/dist is missing: run `npm run bench:serving` at the repository root.');
  process.exit(1);
}
const missing = nginxMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}
const home = await readFile(`${dist}/en/index.html`, 'utf8');
const script = /<link rel="modulepreload" href="([^"]+)"/.exec(home)[1];
const paths = { HTML: '/en/', script };

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The Node server in a child process, so it does not share a CPU with the load generator. */
async function startNodeServer(port) {
  const serverModule = new URL('./server.mjs', import.meta.url).href;
  const code = `
    import { createPortalServer } from ${JSON.stringify(serverModule)};
    const headers = JSON.parse(process.env.PORTAL_HEADERS);
    createPortalServer({ root: ${JSON.stringify(dist)}, headers })
      .listen(${port}, '127.0.0.1', () => console.log('listening'));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    env: { ...process.env, PORTAL_HEADERS: JSON.stringify(headers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`The Node server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const cores = availableParallelism();
const servers = [
  ['Node', (port) => startNodeServer(port)],
  ['nginx, 1 worker', (port) => startNginx({ root: dist, headers, port, workers: 1 })],
  [`nginx, ${cores} workers`, (port) => startNginx({ root: dist, headers, port, workers: 'auto' })],
];

const rows = [];
const rate = {};
let failed = false;
for (const [name, start] of servers) {
  const server = await start(await freePort());
  try {
    for (const [kind, path] of Object.entries(paths)) {
      const result = await loadTest({
        url: server.url + path,
        duration,
        headers: { 'accept-encoding': 'br, gzip' },
      });
      rate[`${name} ${kind}`] = result.requestsPerSecond;
      rows.push({
        server: name,
        path,
        'req/s': result.requestsPerSecond,
        'p99 (ms)': result.p99,
        errors: result.errors + result.timeouts,
        'non-2xx': result.non2xx,
      });
      if (result.errors + result.timeouts + result.non2xx > 0) failed = true;
    }
  } finally {
    await server.stop();
  }
}
console.table(rows);
for (const [name] of servers.slice(1)) {
  for (const kind of Object.keys(paths)) {
    const ratio = rate[`${name} ${kind}`] / rate[`Node ${kind}`];
    const target = kind === 'HTML' ? ` (target ≥ 1.5: ${ratio >= 1.5 ? 'met' : 'NOT met'})` : '';
    console.log(`${name} / Node, ${kind}: ${ratio.toFixed(2)}×${target}`);
  }
}
console.log(`${duration} s per run, 50 connections, ${cores} cores shared with the load generator.`);
process.exit(failed ? 1 : 0);
