'use client';
import { useState } from 'react';
import { ArticleHeader, FontSizeToggle } from '@civic-elements/react';

export function Article({ title }: { title: string }) {
  const [size, setSize] = useState(1);
  return (
    <article>
      {/* Read without JavaScript; ignored by browsers that run it. */}
      <noscript>
        <h1>{title}</h1>
      </noscript>
      <ArticleHeader heading={title} source="Release office" published="2019-12-29T20:30:07+08:00">
        <FontSizeToggle
          slot="actions"
          htmlFor="body"
          storageKey=""
          onFontSizeChange={(event) => setSize(event.detail.value)}
        />
      </ArticleHeader>
      <div id="body">
        <p>Text</p>
        <output id="size">{size}</output>
      </div>
    </article>
  );
}
