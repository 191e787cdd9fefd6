import { packageBuild } from '../../build/rollup-package.mjs';

export default packageBuild(import.meta.url);
