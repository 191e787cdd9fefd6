/**
 * Attaches the shadow roots that server rendering wrote as `<template shadowrootmode>` where the
 * engine left them inert (no declarative shadow DOM: Chromium before 90, Safari before 16.4,
 * Firefox before 123), innermost first. Call it before defining elements that the server
 * rendered. It parses no HTML from strings, so it runs under a Trusted Types policy: the
 * `@webcomponents/template-shadowroot` ponyfill's feature test parses a string and is refused
 * there ("This document requires 'TrustedHTML' assignment"), attaching nothing.
 * Returns how many roots it attached.
 */
export function attachDeclarativeShadowRoots(root: ParentNode = document): number {
  let attached = 0;
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    attached += attachDeclarativeShadowRoots(template.content);
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    host
      .attachShadow({ mode, delegatesFocus: template.hasAttribute('shadowrootdelegatesfocus') })
      .append(template.content);
    template.remove();
    attached++;
  }
  return attached;
}
