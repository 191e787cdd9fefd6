// Checks every published package as npm will ship it: publint --strict, "are the types wrong"
// (ESM-only profile), and the tarball's contents (the documents every package carries, the
// manifest its `customElements` field names, no source maps, no tests or stories, the files a
// stylesheet's url()s name).
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
let failed = 0;

function tarballProblems(dir, manifest) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' }),
  );
  const files = packed.files.map((file) => file.path);
  const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
  if (manifest.customElements) required.push(manifest.customElements.replace(/^\.\//, ''));
  const problems = required.filter((file) => !files.includes(file)).map((file) => `missing ${file}`);
  for (const file of files) {
    if (file.endsWith('.map')) problems.push(`ships a source map: ${file}`);
    if (/(^|\/)(test|stories|src)\//.test(file)) problems.push(`ships a source or test file: ${file}`);
    if (file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes('sourceMappingURL')) {
      problems.push(`${file} points at a source map`);
    }
    // A stylesheet's relative url()s (reading-tools.css's cursors) must ship beside it.
    if (file.endsWith('.css')) {
      for (const [, url] of readFileSync(join(dir, file), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) {
        if (/^([a-z]+:|\/|#)/i.test(url)) continue;
        const target = posix.join(posix.dirname(file), url);
        if (!files.includes(target)) problems.push(`${file} loads ${url}, which is not in the tarball`);
      }
    }
  }
  return problems;
}
for (const name of readdirSync(packagesDir)) {
  const dir = join(packagesDir, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  // Stylesheets and images (reading-tools.css and its cursors) have no types by nature.
  const assetEntries = Object.keys(manifest.exports ?? {}).filter((entry) => /\.(css|svg)$/.test(entry));
  const runs = [
    [bin('publint'), ['--strict']],
    [
      bin('attw'),
      [
        '--pack',
        '.',
        '--profile',
        'esm-only',
        ...(assetEntries.length ? ['--exclude-entrypoints', ...assetEntries] : []),
      ],
    ],
  ];
  const problems = tarballProblems(dir, manifest);
  if (problems.length) {
    failed++;
    console.log(`✗ ${manifest.name}: tarball\n  ${problems.join('\n  ')}`);
  } else {
    console.log(`✓ ${manifest.name}: tarball`);
  }
  for (const [command, args] of runs) {
    try {
      execFileSync(command, args, { cwd: dir, stdio: 'pipe' });
      console.log(`✓ ${manifest.name}: ${command.split('/').pop()}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${manifest.name}: ${command.split('/').pop()}\n${error.stdout}${error.stderr}`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
