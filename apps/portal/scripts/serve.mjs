// Serves the built portal on http://localhost:4173 (PORT overrides) with its security headers,
// on localhost only, as `npm start` does (HOST overrides: HOST=0.0.0.0 to reach it from another
// machine). Unknown URLs get the 404 page of their language, with a real 404 status.
import { fileURLToPath } from 'node:url';
import { createPortalServer, portOrExit, readBuiltHeaders, urlHost } from './server.mjs';

const root = fileURLToPath(new URL('../dist', import.meta.url));
const port = portOrExit();
const host = process.env.HOST || 'localhost';
let built;
try {
  built = await readBuiltHeaders(root);
} catch {
  console.error(
    'apps/portal/dist is missing or incomplete: run `npm start` (or `npm run build`) at the repository root.',
  );
  process.exit(1);
}
createPortalServer({ root, ...built })
  .on('error', (error) => {
    console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  })
  .listen(port, host, () => {
    console.log(`Riverside demo portal: http://${urlHost(host)}:${port}/`);
  });
