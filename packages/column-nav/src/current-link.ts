// Which link is "current": the page itself, or the column that contains it.

/** A URL reduced to what identifies a page: origin and path, without index.html or trailing slash. */
export function normalizePage(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return undefined;
  const path = url.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/';
  return `${url.origin}${path}`;
}

export interface CurrentMatch<T> {
  link: T;
  kind: 'page' | 'true';
}

/**
 * The link whose page equals `current`, else the one whose path is the longest proper prefix of
 * it (the site root counts only on an exact match). Undefined when nothing matches.
 */
export function findCurrent<T extends { href: string }>(
  links: readonly T[],
  current: string,
  base: string,
): CurrentMatch<T> | undefined {
  const page = normalizePage(current, base);
  if (!page) return undefined;
  let best: { link: T; length: number } | undefined;
  for (const link of links) {
    const target = normalizePage(link.href, base);
    if (!target) continue;
    if (target === page) return { link, kind: 'page' };
    // The root normalises to "origin/", so "origin//" is never a prefix: it matches only exactly.
    if (page.startsWith(`${target}/`) && target.length > (best?.length ?? 0)) {
      best = { link, length: target.length };
    }
  }
  return best && { link: best.link, kind: 'true' };
}
