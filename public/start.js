// Starts the part of the app an address needs: the reader's bundle (home,
// dossier, interventions, search, accessibility; not for a page rendered at
// build time that is complete without it, see completeWithoutApp), the
// advisor's (the advisor, its questions and check page), Mijn plannen's (the
// drafts list), the advice's (a draft's advice) or the plan's (a plan's text,
// print view and comparison). Each hands the others' addresses over by
// loading the page again (ui/pages/not_here.rs); keep ADVISOR, DRAFTS, ADVICE
// and PLAN in step with bundle_of in ui/routes.rs (a test there compares
// them).
// The post-build hook (scripts/post-build.mjs) writes the bundles' hashed
// names and their integrity into a hashed copy of this file.
const BUNDLES = {
  reader: { glue: "/reader.js", wasm: "/reader_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
  advisor: { glue: "/wat-werkt-drugs.js", wasm: "/wat-werkt-drugs_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
  drafts: { glue: "/drafts.js", wasm: "/drafts_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
  advice: { glue: "/advice.js", wasm: "/advice_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
  plan: { glue: "/plan.js", wasm: "/plan_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
};
const ADVISOR = /^\/(adviseur|plannen)(\/|$)/;
const DRAFTS = /^\/plannen\/?$/;
const ADVICE = /^\/plannen\/[^/]+\/advies(\/|$)/;
const PLAN = /^\/plannen\/[^/]+\/(beleidsplan|vergelijken)(\/|$)/;
const bundleOf = (path) =>
  PLAN.test(path) ? BUNDLES.plan : ADVICE.test(path) ? BUNDLES.advice : DRAFTS.test(path) ? BUNDLES.drafts : ADVISOR.test(path) ? BUNDLES.advisor : BUNDLES.reader;
const bundle = bundleOf(location.pathname);
// What a page may hold only if the app runs there (scripts/size-report.mjs
// reads this list).
const CONTROLS = "form, button, input, select, textarea, details";

const prerendered = document.querySelector("body > .app");
// As the app does on arrival (ui/focus.rs): an address whose last part
// names a place on the page other than its title shows that place.
const found = prerendered && document.getElementById(location.pathname.split("/").pop());
const place = found && found.tagName !== "H1" ? found : null;
place?.scrollIntoView();
let starting = null;
if (prerendered && completeWithoutApp()) {
  // Links load the next page, which the service worker keeps after the
  // first visit; the app comes only for its `/` shortcut (ui/search.rs),
  // which it is handed once it runs.
  document.documentElement.dataset.app = "static";
  if (place) focusPlace(place);
  keepOffline();
  addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || starting) return;
    event.preventDefault();
    start().then(appRuns).then(() => dispatchEvent(new KeyboardEvent("keydown", { key: "/", bubbles: true })));
  });
} else {
  // A page rendered at build time is readable before the app arrives: show
  // it first, then fetch the app, so the app's download does not compete
  // with the page's own files for a slow connection (the app takes over in
  // place). In embed mode the app shows its compact header instead of the
  // page's full one: there the page stays out of sight and the app comes at
  // once.
  if (prerendered && embedMode()) prerendered.style.visibility = "hidden";
  else if (prerendered) await painted();
  await start();
}

// Loads the address's bundle (once); the wasm downloads while the glue loads.
function start() {
  starting ??= (async () => {
    const wasm = fetch(bundle.wasm, bundle.wasmIntegrity ? { integrity: bundle.wasmIntegrity } : {});
    preload(bundle.glue, "modulepreload", bundle.glueIntegrity);
    const bindings = await import(bundle.glue);
    await bindings.default({ module_or_path: wasm });
    window.wasmBindings = bindings;
  })();
  return starting;
}

// Whether a page rendered at build time is all there is to it: it shows
// what the app would show here (the app's rule in ui/takeover.rs: rendered
// for this address, no query, not in embed mode, where the app's header and
// the frame's height need it) and has nothing to operate that needs the
// app (a form, a button, a fold).
function completeWithoutApp() {
  return (
    document.body.dataset.prerendered === location.pathname &&
    !location.search &&
    !embedMode() &&
    !prerendered.querySelector(CONTROLS)
  );
}

// Resolves when the app has taken over the page (ui/takeover.rs marks it).
function appRuns() {
  return new Promise((resolve) => {
    const root = document.documentElement;
    if (root.dataset.app !== "static") return resolve();
    const observer = new MutationObserver(() => {
      if (root.dataset.app !== "static") {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { attributes: true, attributeFilter: ["data-app"] });
  });
}

// As the app does for a deep link on arrival: keyboard and screen reader
// users start at the place the address names.
function focusPlace(element) {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
}

// The service worker keeps every file for offline use (the app registers it
// where it runs: browser/offline.rs). Refused in some frames and private
// modes: the page then simply works online.
function keepOffline() {
  try {
    navigator.serviceWorker?.register("/sw.js").catch(() => {});
  } catch {
    // Storage blocked: no offline use.
  }
}

// Fetch another bundle ahead when a link to one of its pages is pointed at
// or focused. Not when the service worker is in charge: it already keeps
// every file.
const fetched = new Set([bundle]);
const ahead = (event) => {
  const link = event.target instanceof Element && event.target.closest("a[href]");
  if (!link || link.origin !== location.origin) return;
  const other = bundleOf(link.pathname);
  if (fetched.has(other) || navigator.serviceWorker?.controller) return;
  fetched.add(other);
  preload(other.glue, "prefetch", other.glueIntegrity);
  preload(other.wasm, "prefetch", other.wasmIntegrity);
};
addEventListener("pointerover", ahead);
addEventListener("focusin", ahead);

// The app's rule (domain/embed.rs, browser/session.rs): ?embed=1 or
// ?embed=true, or embed mode remembered in this tab.
function embedMode() {
  if (/(?:^|[?&])embed=(?:1|true)(?:&|$)/.test(location.search)) return true;
  try {
    return sessionStorage.getItem("wwd.embed") === "1";
  } catch {
    return false;
  }
}

// Resolves once the browser has shown the page's first content (at once in
// a tab in the background, which does not paint; after the next frame where
// the browser does not report paints; after 5 s at the latest).
function painted() {
  return new Promise((resolve) => {
    if (document.visibilityState !== "visible") return resolve();
    if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
      return requestAnimationFrame(() => setTimeout(resolve));
    }
    const seen = (entries) => entries.some((entry) => entry.name === "first-contentful-paint");
    if (seen(performance.getEntriesByType("paint"))) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (seen(list.getEntries())) { observer.disconnect(); resolve(); }
    });
    observer.observe({ type: "paint" });
    setTimeout(resolve, 5000);
  });
}

function preload(href, rel, integrity) {
  const link = document.createElement("link");
  link.rel = rel;
  link.href = href;
  if (integrity) link.integrity = integrity;
  document.head.append(link);
}
