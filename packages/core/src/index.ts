// @civic-elements/core: the runtime every Civic Elements package shares. npm installs it once,
// so a page runs one copy however many elements it uses.
export { LocaleController, nearestLang } from './locale-controller.js';
export {
  defineStrings,
  formatString,
  intlLocaleFor,
  registerBuiltInStrings,
  registerStrings,
  stringsFor,
  type BuiltInTables,
  type ElementStringsDefinition,
  type StringTable,
  type StringValue,
} from './strings.js';
export { adoptPageStyles, shadowStylesFrom } from './page-styles.js';
export { pageStyles, tokens, TOKENS } from './tokens.js';
export { attachDeclarativeShadowRoots } from './declarative-shadow-dom.js';
export { afterIdle } from './idle.js';
export { safeHref, type AllowedScheme } from './safe-url.js';
export { markChinese } from './mark-chinese.js';
export { toText } from './text.js';
export { visuallyHidden } from './visually-hidden.js';
// The shared controllers are exported by their own paths only, not from this index:
// @civic-elements/core/target-controller.js and @civic-elements/core/stored-setting-controller.js.
// Re-exported here, a bundler splitting per element would put them in the chunk every element
// loads, header and footer included.
