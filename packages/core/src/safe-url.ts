/** URL schemes a component may turn into a link. */
export type AllowedScheme = 'http:' | 'https:' | 'mailto:' | 'tel:';

// Browsers strip ASCII tab and newlines from URLs and trim control characters and spaces, so
// "java\nscript:" still runs script: normalise the same way before reading the scheme.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_BY_URL_PARSER = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Returns the href when it is relative or uses one of the allowed schemes, otherwise undefined,
 * so that `javascript:`, `data:` and the like are never rendered as links.
 */
export function safeHref(
  href: string | null | undefined,
  allowed: readonly AllowedScheme[] = ['http:', 'https:'],
): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED_BY_URL_PARSER, ''));
  if (!scheme) {
    // Relative: a path, query or fragment. "//host" is protocol-relative, so http(s).
    return trimmed.startsWith('//') && !allowed.includes('https:') ? undefined : trimmed;
  }
  return (allowed as readonly string[]).includes(scheme[1].toLowerCase() + ':') ? trimmed : undefined;
}
