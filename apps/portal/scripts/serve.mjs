// Serves the built portal on http://localhost:4173 (PORT overrides) with its security headers.
// Unknown URLs get the 404 page of their language, with a real 404 status.
import { fileURLToPath } from 'node:url';
import { createPortalServer, readBuiltHeaders } from './server.mjs';

const root = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT) || 4173;
let built;
try {
  built = await readBuiltHeaders(root);
} catch {
  console.error(
    'apps/portal/dist is missing or incomplete: run `npm start` (or `npm run build`) at the repository root.',
  );
  process.exit(1);
}
createPortalServer({ root, ...built }).listen(port, () => {
  console.log(`Riverside demo portal: http://localhost:${port}/`);
});
