#!/usr/bin/env node
// `civic-check-syntax [glob …]` (default: dist/**/*.js in the current package): fails when a file
// that ships uses syntax or a built-in newer than grade B's engines know (./browser-support.mjs).
// Every package's and the portal's `test` runs it over its own output, so a new package is covered
// by its own script and no list of packages exists here.
import { createRequire } from 'node:module';
import { shippedEcmaVersion, shippedNewerFeatures } from './browser-support.mjs';

const { runChecks } = createRequire(import.meta.url)('es-check');

/** `{ success, errors: [{ file, message }] }` for the files the globs match (none is a failure). */
export async function checkShippedSyntax(files) {
  const result = await runChecks(
    [
      {
        ecmaVersion: shippedEcmaVersion,
        files,
        module: true,
        checkFeatures: true,
        allowList: shippedNewerFeatures.join(','),
      },
    ],
    { logger: null },
  );
  return {
    success: result.success,
    errors: result.errors.map((error) => ({
      file: error.file,
      message: String(error.err?.message ?? error),
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('civic-check-syntax')) {
  const globs = process.argv.slice(2);
  const files = globs.length > 0 ? globs : ['dist/**/*.js'];
  const { success, errors } = await checkShippedSyntax(files);
  if (!success) {
    console.error(`Syntax newer than grade B (tooling/browser-support.mjs) in ${errors.length} file(s):`);
    for (const { file, message } of errors) console.error(`  ${file}: ${message}`);
    process.exit(1);
  }
  console.log(
    `${files.join(' ')}: every file parses in grade B's engines (${shippedEcmaVersion} + ${shippedNewerFeatures.join(', ')})`,
  );
}
