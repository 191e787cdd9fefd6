// Prints the page rendered by react-dom/server.
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

const html = renderToString(<App />);
process.stdout.write(
  `<!doctype html><html lang="en"><body><div id="root">${html}</div><script type="module" src="client.js"></script></body></html>`,
);
