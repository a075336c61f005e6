// Kawasaki Tabunka service worker: keeps public pages readable without a network.
// Served from /sw.js by OfflineEndpoints, which puts its version in place of __VERSION__.
//
// - Never touches the staff area, the API or Blazor's connection: those requests are not
//   intercepted at all, so no staff page is ever stored (counter PCs are shared).
// - Pages: network first (with a short timeout and cache: 'no-cache', so an online reader
//   always gets the current page and banner), then the copy on the phone, marked as a copy.
// - A page that is not on the phone: the offline page in the reader's language, listing
//   what is.
// - "Save for offline" (offline.js) asks for a pack: the pages of /{lang}/offline-pack.json,
//   kept in a cache of their own until removed; a new worker refreshes the saved packs.
'use strict';

const VERSION = '__VERSION__';
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
const PACK_PREFIX = 'pack-';
const NETWORK_TIMEOUT_MS = 4000;
const LANGUAGES = ['ja-easy', 'ja', 'en', 'zh-hans', 'ko', 'tl', 'vi', 'ne', 'pt', 'es', 'th', 'id'];
const BYPASS = [/^\/staff(\/|$)/i, /^\/api\//i, /^\/_blazor/i, /^\/_framework\//i, /^\/healthz$/, /^\/readyz$/, /^\/sw\.js$/];

const packName = (lang) => `${PACK_PREFIX}${lang}`;
const languageOf = (path) => {
  const first = path.split('/')[1] || '';
  return LANGUAGES.includes(first) ? first : null;
};

self.addEventListener('install', (event) => {
  // Each language's offline page, so that even a phone with nothing saved has something to show.
  event.waitUntil((async () => {
    const cache = await caches.open(PAGES);
    await Promise.all(LANGUAGES.map((lang) => cache.add(new Request(`/${lang}/offline`, { cache: 'no-cache' })).catch(() => undefined)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if ((key.startsWith('pages-') && key !== PAGES) || (key.startsWith('assets-') && key !== ASSETS) || key.startsWith('staging-')) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
    // A new deployment: bring every saved pack up to date while the phone is online.
    for (const key of await caches.keys()) {
      if (key.startsWith(PACK_PREFIX)) {
        savePack(key.slice(PACK_PREFIX.length)).catch(() => undefined);
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || BYPASS.some((rule) => rule.test(url.pathname))) return;

  if (request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html')) {
    event.respondWith(page(request, url));
  } else {
    event.respondWith(asset(request));
  }
});

async function page(request, url) {
  try {
    const response = await withTimeout(fetch(request, { cache: 'no-cache' }), NETWORK_TIMEOUT_MS);
    // Search results differ by query: they are not kept.
    if (response.ok && response.type === 'basic' && url.search === '') {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(url.pathname, copy)).catch(() => undefined);
    }
    return response;
  } catch {
    const lang = languageOf(url.pathname) || 'en';
    const saved = await caches.match(url.pathname, { ignoreSearch: true });
    if (saved) return markAsCopy(saved);
    const offline = await caches.match(`/${lang}/offline`);
    if (offline) return offlinePage(offline, lang);
    return new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}

async function asset(request) {
  const saved = await caches.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(ASSETS).then((cache) => cache.put(request, copy)).catch(() => undefined);
  }
  return response;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}

/** The saved page with the notice the page carries for this case, dated. */
async function markAsCopy(response) {
  const html = await response.text();
  const lang = (html.match(/<html[^>]*\slang="([^"]+)"/) || [])[1] || 'en';
  const date = formatDate(response.headers.get('date'), lang);
  const marked = html.replace(/<p class="offline-notice" hidden data-text="([^"]*)"><\/p>/,
    (_, text) => `<p class="offline-notice" role="status">${text.replace('{0}', escapeHtml(date))}</p>`);
  return new Response(marked, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The offline page, listing the pages this phone holds in the reader's language. */
async function offlinePage(response, lang) {
  const html = await response.text();
  const items = [];
  const pack = await caches.open(packName(lang));
  const list = await pack.match('/__pack__');
  if (list) {
    for (const entry of (await list.json()).pages) {
      if (await pack.match(entry.url)) items.push(`<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a></li>`);
    }
  }
  const listed = items.length > 0
    ? html.replace(/<ul class="offline-saved" hidden><\/ul>/, `<ul class="offline-saved">${items.join('')}</ul>`)
        .replace(/<p class="offline-nothing">[^<]*<\/p>/, '')
    : html;
  return new Response(listed, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function formatDate(header, lang) {
  const when = header ? new Date(header) : new Date();
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(when);
  } catch {
    return when.toISOString();
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// Messages from offline.js: save, remove, or report a language's pack.
self.addEventListener('message', (event) => {
  const { type, lang } = event.data || {};
  const reply = (message) => event.ports[0] && event.ports[0].postMessage(message);
  if (!LANGUAGES.includes(lang)) return reply({ ok: false });
  const work = type === 'save' ? savePack(lang)
    : type === 'remove' ? caches.delete(packName(lang)).then(() => ({ ok: true, saved: null }))
    : packStatus(lang).then((status) => {
      // Online with a saved pack: save it again in the background when the site's pack has
      // changed since (a corrected guide, a new phone number), so the copy stays current.
      if (status.saved) event.waitUntil(refreshIfChanged(lang, status.version).catch(() => undefined));
      return status;
    });
  event.waitUntil(work.then(reply, () => reply({ ok: false })));
});

// One save per language at a time: a second request joins the one under way.
const saving = new Map();

function savePack(lang) {
  if (!saving.has(lang)) {
    saving.set(lang, writePack(lang).finally(() => saving.delete(lang)));
  }
  return saving.get(lang);
}

async function writePack(lang) {
  const response = await fetch(`/${lang}/offline-pack.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error('no pack list');
  const list = await response.json();
  // Everything is fetched before the old pack is replaced: a failure halfway keeps the old one.
  const staging = `staging-${packName(lang)}-${Date.now()}`;
  const fresh = await caches.open(staging);
  const assets = new Set();
  let bytes = 0;
  for (const entry of list.pages) {
    // 'reload': straight from the site, never an older copy from the browser's own cache.
    const pageResponse = await fetch(entry.url, { cache: 'reload' });
    if (!pageResponse.ok) continue;
    const html = await pageResponse.clone().text();
    bytes += Number(pageResponse.headers.get('content-length')) || html.length;
    await fresh.put(entry.url, pageResponse);
    for (const match of html.matchAll(/(?:href|src)="(\/(?:css|js)\/[^"]+)"/g)) assets.add(match[1]);
  }
  assets.add('/icon.svg');
  for (const path of assets) {
    const assetResponse = await fetch(path);
    if (assetResponse.ok) await fresh.put(path, assetResponse);
  }
  const savedAt = new Date().toISOString();
  await fresh.put('/__pack__', new Response(JSON.stringify({ savedAt, version: list.version, pages: list.pages, bytes }), { headers: { 'content-type': 'application/json' } }));
  // Overwrite entry by entry, the list last, then drop what the new pack no longer has: the
  // saved pack is never empty, even when the network goes in the middle of this.
  const final = await caches.open(packName(lang));
  const keys = await fresh.keys();
  const keep = new Set(keys.map((request) => request.url));
  keys.sort((a, b) => (a.url.endsWith('/__pack__') ? 1 : 0) - (b.url.endsWith('/__pack__') ? 1 : 0));
  for (const request of keys) {
    await final.put(request, await fresh.match(request));
  }
  for (const request of await final.keys()) {
    if (!keep.has(request.url)) await final.delete(request);
  }
  await caches.delete(staging);
  return { ok: true, saved: savedAt, pages: list.pages.length };
}

async function packStatus(lang) {
  const pack = await caches.open(packName(lang));
  const list = await pack.match('/__pack__');
  if (!list) return { ok: true, saved: null };
  const meta = await list.json();
  return { ok: true, saved: meta.savedAt, version: meta.version, pages: meta.pages.length };
}

async function refreshIfChanged(lang, version) {
  const response = await fetch(`/${lang}/offline-pack.json`, { cache: 'no-store' });
  if (!response.ok) return;
  const list = await response.json();
  if (list.version && list.version !== version) await savePack(lang);
}
