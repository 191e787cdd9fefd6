// The bare tags in TSX with the generated typings from @civic-elements/all/jsx, rendered on the
// client only (React 19 does not attach on<event> props of custom elements during hydration).
import type {} from '@civic-elements/all/jsx';
import '@civic-elements/all';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    sizes: number[];
    spacings: string[];
  }
}
window.sizes = [];
window.spacings = [];

function App() {
  return (
    <>
      <civic-article-header heading="Rehearsal" source="Release office" published="2019-12-29T20:30:07+08:00">
        <civic-font-size-toggle
          slot="actions"
          for="body"
          levels={[1, 1.25, 1.5]}
          storage-key=""
          oncivic-font-size-change={(event) => window.sizes.push(event.detail.value)}
        />
      </civic-article-header>
      <div id="body">
        <p>Text</p>
      </div>
      <civic-column-nav current="/a/">
        <ul>
          <li>
            <a href="/a/">A</a>
          </li>
        </ul>
      </civic-column-nav>
      <civic-sponsor-footer sponsor="City" icp="05002289" />
      <civic-reading-tools
        for="body"
        storage-key=""
        oncivic-reading-tools-change={(event) => window.spacings.push(event.detail.lineSpacing)}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
