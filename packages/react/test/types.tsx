// Type-checked by `npm run typecheck`: props are the elements' properties, camelCase and typed;
// events are typed `on…` props; a misspelled prop is an error. Never run.
import { ArticleHeader, ColumnNav, FontSizeToggle, ReadingTools, SponsorFooter } from '../src/index.js';
// One component, cherry-picked by its own import path (published types).
import {
  FontSizeToggle as PickedToggle,
  type FontSizeChangeDetail,
} from '@civic-elements/react/font-size-toggle';

export const toggle = (
  <FontSizeToggle
    htmlFor="article-body"
    levels={[1, 1.25, 1.5]}
    storageKey="reader-size"
    onFontSizeChange={(event) => console.log(event.detail.value.toFixed(2))}
  />
);
export const header = <ArticleHeader heading="Notice" headingLevel={2} published="2019-12-29" />;
export const nav = <ColumnNav current="/en/" strings={{ label: 'Site columns' }} />;
export const footer = <SponsorFooter sponsor="City" icp="05002289" />;
export const tools = (
  <ReadingTools
    htmlFor="article-body"
    storageKey=""
    strings={{ toggle: 'Reading aids' }}
    onReadingToolsChange={(event) => console.log(event.detail.lineSpacing, event.detail.speed.toFixed(2))}
  />
);

// @ts-expect-error "levles" is not a prop of the toggle
export const misspelled = <FontSizeToggle levles={[1, 1.5]} />;
// @ts-expect-error levels are numbers
export const wrongType = <FontSizeToggle levels={['1']} />;
// @ts-expect-error the detail's value is a number
export const wrongDetail = <FontSizeToggle onFontSizeChange={(event) => event.detail.value.toUpperCase()} />;
// @ts-expect-error guide is a boolean
export const wrongSetting = <ReadingTools onReadingToolsChange={(event) => event.detail.guide.trim()} />;

const onPicked = (event: CustomEvent<FontSizeChangeDetail>) => console.log(event.detail.value.toFixed(2));
export const picked = <PickedToggle htmlFor="article-body" onFontSizeChange={onPicked} />;
// @ts-expect-error the cherry-picked wrapper is typed too
export const pickedMisspelled = <PickedToggle levles={[1, 1.5]} />;

// Read-only state is no prop: the column nav sets `narrow` itself, the reading tools' `settings`
// is a getter. Their `open` is a reflected property a framework may bind.
// @ts-expect-error narrow is set by the element
export const navNarrow = <ColumnNav narrow />;
export const toolsOpen = <ReadingTools open />;
// @ts-expect-error settings is read-only
export const toolsSettings = <ReadingTools settings={{}} />;
