// Starts the part of the app an address needs: the reader's bundle (home,
// dossier, interventions, search, accessibility) or the whole app (the
// advisor and the plans, which also reads). The reader's bundle hands
// /adviseur and /plannen over to the whole app by loading the page again
// (ui/pages/load_whole_app.rs); keep WHOLE_APP in step with the routes that
// show LoadWholeApp in ui/routes.rs (a test in routes.rs compares them).
// The post-build hook (scripts/post-build.mjs) writes the bundles' hashed
// names and their integrity into a hashed copy of this file.
const BUNDLES = {
  reader: { glue: "/reader.js", wasm: "/reader_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
  whole: { glue: "/wat-werkt-drugs.js", wasm: "/wat-werkt-drugs_bg.wasm", glueIntegrity: "", wasmIntegrity: "" },
};
const WHOLE_APP = /^\/(adviseur|plannen)(\/|$)/;

const bundle = WHOLE_APP.test(location.pathname) ? BUNDLES.whole : BUNDLES.reader;

// The wasm downloads while the glue loads.
const wasm = fetch(bundle.wasm, bundle.wasmIntegrity ? { integrity: bundle.wasmIntegrity } : {});
preload(bundle.glue, "modulepreload", bundle.glueIntegrity);
const bindings = await import(bundle.glue);
await bindings.default({ module_or_path: wasm });
window.wasmBindings = bindings;

// On the reader's pages: fetch the whole app ahead when a link to the
// advisor or the plans is pointed at or focused. Not when the service worker
// is in charge: it already keeps every file.
if (bundle === BUNDLES.reader) {
  const ahead = (event) => {
    const link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || link.origin !== location.origin || !WHOLE_APP.test(link.pathname)) return;
    if (navigator.serviceWorker?.controller) return;
    removeEventListener("pointerover", ahead);
    removeEventListener("focusin", ahead);
    preload(BUNDLES.whole.glue, "prefetch", BUNDLES.whole.glueIntegrity);
    preload(BUNDLES.whole.wasm, "prefetch", BUNDLES.whole.wasmIntegrity);
  };
  addEventListener("pointerover", ahead);
  addEventListener("focusin", ahead);
}

function preload(href, rel, integrity) {
  const link = document.createElement("link");
  link.rel = rel;
  link.href = href;
  if (integrity) link.integrity = integrity;
  document.head.append(link);
}
