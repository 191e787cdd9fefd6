// Svelte 5: svelte-check checks the attributes and event types against the generated typings.
// Run alone: node --test scripts/consumers/svelte/check.mjs
import { after, before, describe, it } from 'node:test';
import { bin, expectRejected, run, useRehearsal } from '../registry.mjs';

describe('svelte: Svelte 5, checked by svelte-check', () => {
  let rehearsal;
  let dir;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('svelte', 'frameworks');
    ({ dir, installDir } = rehearsal);
  });
  after(() => rehearsal?.close());

  it('svelte-check passes, warnings counted as failures', async () => {
    await run(bin(installDir, 'svelte-check'), ['--tsconfig', 'tsconfig.json', '--fail-on-warnings'], {
      cwd: dir,
    });
  });

  it('svelte-check reports the misspelled attribute "levles"', async () => {
    await expectRejected(
      bin(installDir, 'svelte-check'),
      ['--tsconfig', 'tsconfig.misspelled.json'],
      { cwd: dir },
      /levles/,
    );
  });
});
