// `npm run start:nginx`: the built portal served by Debian's nginx (with
// libnginx-mod-http-brotli-static) on http://127.0.0.1:4173/, from the config that
// scripts/nginx-config.mjs writes. PORT and HOST override, as for `npm start`; NGINX_PATH points
// at another nginx binary; NGINX_PREFIX keeps nginx's config, pid and logs in a folder of your
// choice instead of a temporary one removed on exit.
//
// nginx runs as a child in the foreground (daemon off) and is stopped on Ctrl+C or SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROTLI_STATIC_MODULE, writeNginxConfig } from './nginx-config.mjs';
import { portOrExit, readBuiltHeaders, urlHost } from './server.mjs';

export const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** Why nginx cannot run here, with how to fix it, or undefined when it can. */
export function nginxMissing(binary = nginxPath) {
  const install = 'apt-get install -y nginx libnginx-mod-http-brotli-static';
  if (!existsSync(binary)) {
    return `nginx was not found at ${binary}. Install it (Debian: ${install}) or point NGINX_PATH at its binary.`;
  }
  if (!existsSync(BROTLI_STATIC_MODULE)) {
    return `nginx's brotli module was not found at ${BROTLI_STATIC_MODULE}. Install it (Debian: ${install}).`;
  }
  return undefined;
}

const delay = (ms) => new Promise((resolveDelay) => setTimeout(resolveDelay, ms));

/**
 * Why nginx's workers could not read the site in `root`, or undefined. Started as root, nginx runs
 * its workers as "nobody", which enters a folder only if it is open to others: a checkout in a
 * private folder (a home folder, `mktemp -d`) would answer every request with 403.
 */
async function closedToWorkers(root) {
  if (process.getuid?.() !== 0) return undefined;
  let folder;
  try {
    folder = await realpath(root);
  } catch {
    return undefined; // nginx names a missing root itself
  }
  for (;;) {
    const { mode } = await stat(folder);
    if ((mode & 0o001) === 0) {
      return (
        `nginx's workers run as "nobody" and cannot enter ${folder} ` +
        `(mode ${(mode & 0o777).toString(8)}), so every page would be a 403. Serve the site from a ` +
        `folder others may enter (chmod o+x ${folder}), or copy apps/portal/dist to one.`
      );
    }
    if (dirname(folder) === folder) return undefined;
    folder = dirname(folder);
  }
}

/**
 * Starts nginx on `root` and resolves once it listens (it writes its pid file only after binding
 * its port). Rejects with nginx's own message if it exits first (port taken, bad config).
 * @param {{ root: string, headers: Record<string, string>,
 *   pageHeaders?: Record<string, Record<string, string>>, port: number, host?: string,
 *   prefix?: string, idleTimeout?: number, workers?: number | 'auto', stdio?: 'inherit' | 'pipe',
 *   binary?: string }} options without `prefix`, a temporary folder removed by stop()
 * @returns {Promise<{ url: string, prefix: string, child: import('node:child_process').ChildProcess,
 *   stop: () => Promise<void> }>}
 */
export async function startNginx({
  root,
  headers,
  pageHeaders,
  port,
  host = '127.0.0.1',
  prefix: prefixOption,
  idleTimeout,
  workers,
  stdio = 'pipe',
  binary = nginxPath,
}) {
  const missing = nginxMissing(binary);
  if (missing) throw new Error(missing);
  const closed = await closedToWorkers(root);
  if (closed) throw new Error(closed);
  const prefix = prefixOption ? resolve(prefixOption) : await mkdtemp(join(tmpdir(), 'portal-nginx-'));
  await mkdir(prefix, { recursive: true });
  // Run as root, nginx's workers run as "nobody": they must be able to enter the prefix.
  if (!prefixOption) await chmod(prefix, 0o755);
  const conf = await writeNginxConfig({
    root: resolve(root),
    port,
    host,
    prefix,
    headers,
    pageHeaders,
    idleTimeout,
    workers,
    errorLog: 'stderr',
  });
  const pidFile = join(prefix, 'nginx.pid');
  await rm(pidFile, { force: true });
  const child = spawn(binary, ['-p', prefix, '-c', conf], {
    stdio: ['ignore', stdio === 'inherit' ? 'inherit' : 'ignore', stdio],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
    child.once('error', (error) => resolveExit({ error }));
  });
  let exit;
  exited.then((value) => {
    exit = value;
  });
  const cleanUp = async () => {
    if (!prefixOption) await rm(prefix, { recursive: true, force: true });
  };
  for (let waited = 0; !existsSync(pidFile); waited += 20) {
    if (exit || waited > 10_000) {
      if (!exit) child.kill('SIGKILL');
      await exited;
      await cleanUp();
      throw new Error(
        `nginx did not start: ${exit?.error?.message ?? (output.trim() || `still not listening after 10 s`)}`,
      );
    }
    await delay(20);
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    prefix,
    child,
    get output() {
      return output;
    },
    async stop() {
      // SIGTERM: nginx's fast shutdown, which closes open connections instead of waiting for them.
      if (!exit) child.kill('SIGTERM');
      await exited;
      await cleanUp();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  const port = portOrExit();
  const host = process.env.HOST || '127.0.0.1';
  let headers;
  let pageHeaders;
  try {
    ({ headers, pageHeaders } = await readBuiltHeaders(root));
  } catch {
    console.error(
      'apps/portal/dist is missing or incomplete: run `npm run start:nginx` (or `npm run build`) at the repository root.',
    );
    process.exit(1);
  }
  let nginx;
  try {
    nginx = await startNginx({
      root,
      headers,
      pageHeaders,
      port,
      host,
      prefix: process.env.NGINX_PREFIX,
      stdio: 'inherit',
    });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`Riverside demo portal (nginx): http://${urlHost(host)}:${port}/`);
  if (process.env.NGINX_PREFIX) console.log(`nginx.conf and logs: ${nginx.prefix}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await nginx.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // nginx gone by itself (killed, or a fatal error it has already printed): so is this command.
  nginx.child.once('exit', async (code) => {
    if (stopping) return;
    await nginx.stop();
    process.exit(code ?? 1);
  });
}
