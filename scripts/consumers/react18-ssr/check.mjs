// The react-ssr project with React 18: react-dom/server, then hydrateRoot in Chromium with the
// elements defined first (react-ssr/suite.mjs). @civic-elements/react supports React ^18 || ^19.
// Run alone: node --test scripts/consumers/react18-ssr/check.mjs
import { rehearseReactSsr } from '../react-ssr/suite.mjs';

rehearseReactSsr({
  name: 'react18-ssr: @civic-elements/react under React 18, server-rendered and hydrated',
  install: 'react18',
});
