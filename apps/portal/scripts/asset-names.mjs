// Content-hashed names for the portal's scripts and stylesheet: a new build gets new URLs, so the
// server can let browsers keep these files for a year without asking again.
import { createHash } from 'node:crypto';

/** `client.js` + its bytes → `client.0123456789.js` (10 hex digits of the SHA-256). */
export function hashedName(name, contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
  return name.replace(/(\.[a-z]+)$/, `.${hash}$1`);
}

/**
 * URL paths of hashed assets, with or without a precompressed .br or .gz suffix: ours (10 hex
 * digits) and the island modules and chunks esbuild names (8 of A-Z, 0-9).
 */
export const HASHED_ASSET = /^\/assets\/[\w-]+\.(?:[0-9a-f]{10}|[A-Z0-9]{8})\.(?:js|css|svg)(?:\.br|\.gz)?$/;
