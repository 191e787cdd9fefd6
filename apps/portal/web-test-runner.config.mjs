export { default } from '@civic-elements/tooling/web-test-runner.config.mjs';
