// Type-checked by `npm run typecheck` (after the build): the generated JSX typings accept the
// documented attributes and
// reject a misspelled one. Never run.
import type {} from '../dist/jsx.types.js';

export const toggle = (
  <civic-font-size-toggle
    for="article-body"
    levels={[1, 1.5]}
    storage-key="reader-size"
    oncivic-font-size-change={(event) => console.log(event.detail.value.toFixed(2))}
  />
);

// The attribute's string form, as in HTML.
export const levelsText = <civic-font-size-toggle levels="1,1.5" />;

export const header = <civic-article-header heading="Notice" heading-level={2} published="2019-12-29" />;
export const nav = <civic-column-nav strings={{ label: 'Site columns' }} current="/en/" />;
export const footer = <civic-sponsor-footer sponsor="City" icp="05002289" />;
export const tools = (
  <civic-reading-tools
    for="article-body"
    storage-key=""
    oncivic-reading-tools-change={(event) => console.log(event.detail.lineSpacing, event.detail.guide)}
  />
);

// @ts-expect-error "levles" is not an attribute of the toggle
export const misspelled = <civic-font-size-toggle levles="1,1.5" />;
// @ts-expect-error `narrow` is state the element sets, not a prop
export const narrowSet = <civic-column-nav narrow />;
export const wrongDetail = (
  // @ts-expect-error the settings' speed is a number
  <civic-reading-tools oncivic-reading-tools-change={(e) => e.detail.speed.trim()} />
);
