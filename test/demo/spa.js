// Client-side navigation for the demo pages (served as /__demo/spa.js). It models how the real tools change pages
// without a reload, because that is what the extension's content scripts must follow:
// - Salesforce Lightning keeps recently visited pages mounted but hidden next to the new one: the previous
//   `div.oneContent.active` loses `active` and is hidden, the new page is inserted (at most 3 cached pages kept).
// - The Salesforce Service Console keeps every open workspace tab mounted: moving to another open record only flips
//   which workspace is shown (`.slds-show` / `.slds-hide`) and changes the URL; no workspace is rebuilt.
// - HubSpot and Zendesk replace their main content.
// A fragment this page has no place for (another app's page, e.g. the console from a standard page) loads in full.
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

  /**
   * The console's fragment is its whole tab set as the server renders it for the new URL. Workspaces and tab items are
   * keyed by `data-demo-workspace`: a mounted workspace stays (only its classes change, when they do), a new one is
   * added, one the fragment lacks (a closed tab) is removed; tab items are only links, and are replaced in place.
   */
  function swapConsole(current, fragment) {
    const key = (el) => el.getAttribute('data-demo-workspace');
    for (const selector of ['.tabBarItems', '.tabsetBody']) {
      const container = current.querySelector(selector);
      const incoming = fragment.querySelector(selector);
      if (!container || !incoming) throw new Error(`console without ${selector}`);
      const mounted = new Map(Array.from(container.children).map((el) => [key(el), el]));
      const wanted = new Set();
      for (const next of Array.from(incoming.children)) {
        wanted.add(key(next));
        const old = mounted.get(key(next));
        if (!old) container.appendChild(next);
        else if (selector === '.tabBarItems') old.replaceWith(next);
        else if (old.className !== next.className) old.className = next.className;
      }
      for (const [id, old] of mounted) if (!wanted.has(id)) old.remove();
    }
  }

  /** Where `fragment` goes on this page, or null when this page has no place for it. */
  function swapTarget(fragment) {
    if (fragment.hasAttribute('data-demo-console')) return document.querySelector('[data-demo-console]');
    const lightning = document.querySelector('[data-demo-swap="lightning"]');
    if (lightning && fragment.classList.contains('oneContent')) return lightning;
    return document.querySelector('main[data-demo-swap]');
  }

  function swap(fragment, target) {
    if (fragment.hasAttribute('data-demo-console')) return swapConsole(target, fragment);
    if (target.matches('[data-demo-swap="lightning"]')) return swapLightningPage(target, fragment);
    target.replaceWith(fragment);
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
    const target = swapTarget(fragment);
    if (!target) {
      location.assign(url.href);
      return;
    }
    if (push && !options.urlFirst) history.pushState(null, '', url.href);
    const title = response.headers.get('x-demo-title');
    if (title) document.title = decodeURIComponent(title);
    swap(fragment, target);
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
