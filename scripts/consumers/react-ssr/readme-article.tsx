// The React README's examples, type-checked by the rehearsal with React 19 and React 18
// (packages/all/test/readme-snippets.node.test.mjs checks that the README shows these lines).
import { useState } from 'react';
import { ArticleHeader, FontSizeToggle } from '@civic-elements/react';

export function Article({ title }: { title: string }) {
  const [size, setSize] = useState(1);
  return (
    <>
      <ArticleHeader heading={title} headingLevel={1} source="City Office" published="2024-05-01">
        <FontSizeToggle
          slot="actions"
          htmlFor="article-body"
          levels={[1, 1.25, 1.5]}
          onFontSizeChange={(event) => setSize(event.detail.value)}
        />
      </ArticleHeader>
      <p>Text at {Math.round(size * 100)}%</p>
      <div id="article-body">…</div>
    </>
  );
}

export function ArticleReadableWithoutScripts({ title }: { title: string }) {
  return (
    <>
      <noscript>
        <h1>{title}</h1>
      </noscript>
      <ArticleHeader heading={title} />
    </>
  );
}
