import { useState } from 'react';
import { ArticleHeader, ColumnNav, FontSizeToggle, ReadingTools, SponsorFooter } from '@civic-elements/react';

export function App() {
  const [size, setSize] = useState(1);
  const [spacing, setSpacing] = useState('normal');
  return (
    <>
      <ArticleHeader heading="Rehearsal" source="Release office" published="2019-12-29T20:30:07+08:00">
        <FontSizeToggle
          slot="actions"
          htmlFor="body"
          levels={[1, 1.25, 1.5]}
          storageKey=""
          onFontSizeChange={(event) => setSize(event.detail.value)}
        />
      </ArticleHeader>
      <div id="body">
        <p>Text</p>
        <output id="size">{size}</output>
        <output id="spacing">{spacing}</output>
      </div>
      <ColumnNav current="/a/">
        <ul>
          <li>
            <a href="/a/">A</a>
          </li>
        </ul>
      </ColumnNav>
      <SponsorFooter sponsor="City" icp="05002289" />
      <ReadingTools
        htmlFor="body"
        storageKey=""
        onReadingToolsChange={(event) => setSpacing(event.detail.lineSpacing)}
      />
    </>
  );
}
