import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';

export const metadata = { title: 'Rehearsal' };

// The classic pre-paint script, inlined at the top of <head>: it applies the reader's remembered
// text size while the page is parsed, before the first paint; the app's modules run only later.
// Resolved from the project folder when the layout renders on the server (Next's bundler would
// turn a resolve from import.meta.url into a module id).
const restoreFontSize = readFileSync(
  createRequire(`${process.cwd()}/`).resolve('@civic-elements/all/restore-font-size.js'),
  'utf8',
);

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <script dangerouslySetInnerHTML={{ __html: restoreFontSize }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
