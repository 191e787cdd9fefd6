// The portal's security headers. The policy allows scripts and styles from the site only, plus
// the exact inline styles that declarative shadow DOM carries and the exact inline pre-paint
// script, and makes Lit's template creation go through its named Trusted Types policy ("lit-html").

/**
 * @param {string[]} styleHashes `'sha256-…'` sources for the server-rendered <style> elements
 * @param {string[]} [scriptHashes] `'sha256-…'` sources for inline scripts
 * @param {{ webAssembly?: boolean }} [options]
 */
export function securityHeaders(styleHashes, scriptHashes = [], { webAssembly = false } = {}) {
  const directives = [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets a page compile WebAssembly, and nothing else: no eval() of scripts.
    // Only the search page asks for it (Pagefind's index is read by a WebAssembly module).
    `script-src 'self' ${webAssembly ? "'wasm-unsafe-eval' " : ''}${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ];
  // frame-ancestors is ignored in a <meta> policy, so only the header carries it.
  const httpPolicy = [...directives, "frame-ancestors 'none'"].join('; ');
  return {
    metaPolicy: directives.join('; '),
    http: {
      'Content-Security-Policy': httpPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    },
  };
}
