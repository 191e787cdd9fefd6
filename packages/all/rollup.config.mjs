import { packageBuild } from '@civic-elements/tooling/rollup-package.mjs';

// The component packages stay separate modules (external), shared with anyone who imports them directly.
export default packageBuild(import.meta.url);
