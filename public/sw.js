// Wat werkt bij drugspreventie: service worker for offline use.
// The post-build hook (scripts/post-build.mjs) fills in the version and the
// files to keep; this template is never served as it is.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `wwd-${VERSION}`;

self.addEventListener("install", (event) => {
  // Keep every file of this version; a new version waits until the app
  // (after saving the open draft) asks to take over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("wwd-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "wwd:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network when there is one (a new version shows up), else
    // the app shell, where start.js starts the bundle the address needs,
    // which renders the page in the browser.
    event.respondWith(fetch(request).catch(() => caches.match("/app.html", { cacheName: CACHE })));
    return;
  }
  // Files: hashed names never change, so the cache answers first.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
