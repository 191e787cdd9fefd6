// Serves the built demo on http://localhost:4173 (PORT overrides).
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '../../../build/static-server.mjs';

const root = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT) || 4173;
const server = createStaticServer({ root });
server.listen(port, () => {
  console.log(`Civic Elements demo portal: http://localhost:${port}/`);
});
