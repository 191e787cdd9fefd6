/**
 * True in the development build (the `development` export condition), false in the default
 * build, where every block it guards is removed. Set by the package build, Web Test Runner and
 * Storybook.
 */
declare const DEV_MODE: boolean;
