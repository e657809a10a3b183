// Client-side navigation for the demo pages (served as /__demo/spa.js). It models how the real tools change pages
// without a reload, because that is what the extension's content scripts must follow:
// - Salesforce Lightning keeps recently visited pages mounted but hidden next to the new one: the previous
//   `div.oneContent.active` loses `active` and is hidden, the new page is inserted (at most 3 cached pages kept).
// - HubSpot and Zendesk replace their main content.
// Fragments are fetched same-origin with `X-Demo-Partial: 1` and only ever come from the demo server; nothing from
// the URL or query string is written into the DOM. setHTMLUnsafe attaches the fragments' declarative shadow roots
// (`<template shadowrootmode>`), which innerHTML would leave as inert templates.
(() => {
  'use strict';
  const MAX_CACHED_PAGES = 3;
  let latest = 0;

  function sameOriginUrl(href) {
    const url = new URL(href, document.baseURI);
    if (url.origin !== location.origin) throw new Error(`demo navigation must stay on ${location.origin}: ${url.href}`);
    return url;
  }

  function parseFragment(html) {
    const holder = document.createElement('div');
    if (typeof holder.setHTMLUnsafe !== 'function') throw new Error('this browser lacks Element.setHTMLUnsafe (declarative shadow DOM)');
    holder.setHTMLUnsafe(html);
    const root = holder.firstElementChild;
    if (!root) throw new Error('empty fragment');
    return root;
  }

  function swapLightningPage(container, page) {
    const url = page.getAttribute('data-demo-url');
    for (const old of Array.from(container.querySelectorAll(':scope > div.oneContent'))) {
      if (url && old.getAttribute('data-demo-url') === url)
        old.remove(); // re-visiting: the fresh page replaces its cached copy
      else if (old.classList.contains('active')) {
        old.classList.remove('active');
        old.style.display = 'none';
      }
    }
    container.appendChild(page);
    const cached = Array.from(container.querySelectorAll(':scope > div.oneContent:not(.active)'));
    for (const old of cached.slice(0, Math.max(0, cached.length - MAX_CACHED_PAGES))) old.remove();
  }

  function swap(fragment) {
    const lightning = document.querySelector('[data-demo-swap="lightning"]');
    if (lightning && fragment.classList.contains('oneContent')) return swapLightningPage(lightning, fragment);
    const main = document.querySelector('main[data-demo-swap]');
    if (!main) throw new Error('no swappable main on this page');
    main.replaceWith(fragment);
  }

  function markCurrentLinks() {
    for (const link of document.querySelectorAll('a[data-spa]')) {
      if (new URL(link.href).pathname === location.pathname) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  /**
   * Navigates to `href` without a reload. Options: `delayMs` (the server holds the answer that long), `push`
   * (false for back/forward), `urlFirst` (change the URL before the content arrives, as Lightning does; default:
   * URL and content change together). Resolves once the new content is in the DOM.
   */
  async function navigate(href, options = {}) {
    const url = sameOriginUrl(href);
    const token = ++latest;
    const push = options.push !== false;
    if (push && options.urlFirst) history.pushState(null, '', url.href);
    const request = new URL(url.href);
    if (options.delayMs) request.searchParams.set('delay', String(options.delayMs));
    const response = await fetch(request.href, { headers: { 'X-Demo-Partial': '1' }, credentials: 'same-origin' });
    if (token !== latest) return; // a newer navigation won
    if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) {
      location.assign(url.href); // let the server's full page (e.g. 404) show
      return;
    }
    const fragment = parseFragment(await response.text());
    if (token !== latest) return;
    if (push && !options.urlFirst) history.pushState(null, '', url.href);
    const title = response.headers.get('x-demo-title');
    if (title) document.title = decodeURIComponent(title);
    swap(fragment);
    markCurrentLinks();
    window.dispatchEvent(new CustomEvent('demo:navigated', { detail: { url: url.href } }));
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[data-spa]') : null;
    if (!link || new URL(link.href).origin !== location.origin) return;
    event.preventDefault();
    navigate(link.href).catch((error) => console.error('[demo spa]', error));
  });

  window.addEventListener('popstate', () => {
    navigate(location.href, { push: false }).catch((error) => console.error('[demo spa]', error));
  });

  window.__demoNavigate = navigate;
})();
