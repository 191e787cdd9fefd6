// Serves the built portal on http://localhost:4173 (PORT overrides) with its security headers.
// Unknown URLs get the 404 page of their language, with a real 404 status.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createPortalServer } from './server.mjs';

const root = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT) || 4173;
let headers;
try {
  headers = JSON.parse(await readFile(`${root}/security-headers.json`, 'utf8'));
} catch {
  console.error(
    'apps/portal/dist is missing or incomplete: run `npm start` (or `npm run build`) at the repository root.',
  );
  process.exit(1);
}
createPortalServer({ root, headers }).listen(port, () => {
  console.log(`Riverside demo portal: http://localhost:${port}/`);
});
