// The old Chromiums of the browser support policy, from the npm tarballs that package them for
// AWS Lambda (they run headless here), unpacked once into a cache folder outside the repository:
// $CIVIC_ENGINES_CACHE, else ~/.cache/civic-elements/engines. Each tarball holds `bin/chromium.br`
// (the binary, brotli), `bin/aws.tar.br` (the libraries it needs: aws/lib) and
// `bin/swiftshader.tar.br`.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

export const cacheDir =
  process.env.CIVIC_ENGINES_CACHE ?? join(homedir(), '.cache', 'civic-elements', 'engines');

/** The engines `npm run test:engines` drives, oldest first, with the grade each stands for. */
export const OLD_ENGINES = [
  { name: 'Chromium 80', spec: 'chrome-aws-lambda@2.1.1', grade: 'C' },
  { name: 'Chromium 89', spec: 'chrome-aws-lambda@6.0.0', grade: 'B' },
  { name: 'Chromium 92', spec: '@sparticuz/chromium@92.0.0', grade: 'B' },
];

const FORMAT = 1;

async function unbrotli(from, to) {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to));
}

/** The engine's folder (`chromium`, `aws/lib`), fetched and unpacked on first use. */
export async function ensureEngine({ spec }) {
  const dir = join(cacheDir, spec.replace('/', '+'));
  const stampFile = join(dir, 'stamp.json');
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8'));
    if (stamp.format === FORMAT && stamp.spec === spec) return dir;
  }
  console.log(`Fetching ${spec} into ${dir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'civic-engine-'));
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', work], { encoding: 'utf8' }),
    );
    execFileSync('tar', ['xzf', join(work, packed.filename), '-C', work]);
    const bin = join(work, 'package', 'bin');
    await unbrotli(join(bin, 'chromium.br'), join(dir, 'chromium'));
    await chmod(join(dir, 'chromium'), 0o755);
    for (const archive of ['aws', 'swiftshader']) {
      await unbrotli(join(bin, `${archive}.tar.br`), join(work, `${archive}.tar`));
      const into = join(dir, archive);
      await mkdir(into, { recursive: true });
      execFileSync('tar', ['xf', join(work, `${archive}.tar`), '-C', into]);
    }
    await writeFile(
      stampFile,
      JSON.stringify({ spec, version: packed.version, integrity: packed.integrity, format: FORMAT }, null, 2),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return dir;
}
