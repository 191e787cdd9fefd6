import { packageBuild } from '@civic-elements/tooling/rollup-package.mjs';

export default packageBuild(import.meta.url);
