// @civic-elements/react rendered by react-dom/server with React 19, then hydrated in Chromium
// with hydrateRoot (react-ssr/suite.mjs). Run alone: node --test scripts/consumers/react-ssr/check.mjs
import { rehearseReactSsr } from './suite.mjs';

rehearseReactSsr({
  name: 'react-ssr: @civic-elements/react under react-dom/server, hydrated',
  install: 'react',
});
