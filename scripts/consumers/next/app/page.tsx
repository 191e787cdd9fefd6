// A Server Component: the wrappers are client modules ('use client'), so they render here too.
import { ColumnNav, ReadingTools, SponsorFooter } from '@civic-elements/react';
import { Article } from './article';

export default function Page() {
  return (
    <main>
      <ColumnNav current="/a/">
        <ul>
          <li>
            <a href="/a/">A</a>
          </li>
        </ul>
      </ColumnNav>
      <ReadingTools htmlFor="body" storageKey="" />
      <Article title="Rehearsal" />
      <SponsorFooter sponsor="City" icp="05002289" />
    </main>
  );
}
