/// <reference lib="webworker" />
// @ts-check
/**
 * Keeps the guides a reader has opened available offline.
 *
 * - Pages: network first (a reader online always gets the current guide),
 *   the cached copy when offline. Pages are self-contained (CSS and scripts
 *   are inlined), so caching the HTML is enough.
 * - Search (the search page and /pagefind/) is never cached: stale results
 *   would point to steps that changed.
 * - Updates: the build writes a new VERSION whenever any page changes. The new
 *   worker re-fetches every page the old cache held, then drops the old cache.
 */
const VERSION = '__SITE_VERSION__';
const CACHE = `guides-${VERSION}`;
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

sw.addEventListener('install', () => void sw.skipWaiting());

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const fresh = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (name === CACHE) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          await fetch(request)
            .then((response) => (response.ok ? fresh.put(request, response) : undefined))
            .catch(() => undefined);
        }
        await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

/** @param {URL} url */
function isSearch(url) {
  return url.pathname.startsWith('/pagefind/') || /^\/[^/]+\/search\//.test(url.pathname);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || isSearch(url)) return;
  if (request.mode === 'navigate' || request.destination === 'image') {
    event.respondWith(networkFirst(request));
  }
});

/** @param {Request} request */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
