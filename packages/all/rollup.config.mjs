import { packageBuild } from '../../build/rollup-package.mjs';

// The component packages stay separate modules, shared with anyone who imports them directly.
export default packageBuild(import.meta.url, { external: (id) => id.startsWith('@civic-elements/') });
