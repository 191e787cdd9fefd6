// A Chromium, started headless with a DevTools port, and one page of it driven over the DevTools
// protocol with plain messages: the old engines predate the protocol versions that Puppeteer and
// Playwright speak today.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export async function launchChromium({ executable, libraries }) {
  const profile = await mkdtemp(join(tmpdir(), 'civic-engine-profile-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    // The Lambda builds need these to start outside Lambda.
    ...(libraries ? ['--single-process', '--no-zygote'] : []),
    'about:blank',
  ];
  const env = { ...process.env };
  if (libraries) env.LD_LIBRARY_PATH = [libraries, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  const child = spawn(executable, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`${executable} did not start:\n${log}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`${executable} exited (${code}):\n${log}`)));
  });
  const { port } = new URL(endpoint);
  const close = async () => {
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
    // Helper processes may still be writing to the profile for a moment.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => {});
  };
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/version`);
    const { Browser: version } = await response.json();
    return { port, version, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A new page (tab) of the browser, with `send`, its events and the uncaught errors it saw. */
export async function openPage({ port }) {
  // Today's Chromium wants PUT here; the old ones know only GET.
  const url = `http://127.0.0.1:${port}/json/new?about:blank`;
  let response = await fetch(url, { method: 'PUT' });
  if (!response.ok) response = await fetch(url);
  const target = await response.json();
  const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  const errors = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.id) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result);
      return;
    }
    if (message.method === 'Runtime.exceptionThrown') {
      const details = message.params.exceptionDetails;
      errors.push(details.exception?.description?.split('\n')[0] ?? details.text);
    }
    for (const listener of listeners) listener(message);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      socket.send(JSON.stringify({ id, method, params }));
    });
  const waitFor = (method, timeout = 20_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`timed out waiting for ${method}`));
      }, timeout);
      const listener = (message) => {
        if (message.method !== method) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });
  /** The value of `expression` (a function's source is called with `args`), awaited. */
  const evaluate = async (fn, ...args) => {
    const { result, exceptionDetails } = await send('Runtime.evaluate', {
      expression: `(${fn})(...${JSON.stringify(args)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value;
  };
  await send('Page.enable');
  await send('Runtime.enable');
  return {
    send,
    evaluate,
    errors,
    async goto(url) {
      const loaded = waitFor('Page.loadEventFired');
      await send('Page.navigate', { url });
      await loaded;
    },
    async click(x, y) {
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
      }
    },
    close: () => socket.close(),
  };
}
