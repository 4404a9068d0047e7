// Prints the transfer size of a first visit to the release build per kind of
// page (the HTML and everything it makes the browser fetch before the app
// runs): raw, gzip and brotli. A reader's page (home, dossier,
// interventions, search) is rendered at build time; it loads the reader's
// bundle only when it has something to operate (the catalogue's filters,
// the search form). An advisor's page is the app shell and loads the advisor's
// bundle, Mijn plannen the app shell with its own bundle, the advice page the
// app shell with the advice's bundle, a plan's
// page (its text, print view, comparison) the app shell with the plan's
// bundle; start.js names them. Fails if a kind's brotli exceeds its budget in
// tests/size-budget.json.
// Usage: node scripts/size-report.mjs [dist]    (run scripts/size-report.sh to build first)
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const budgetFile = "tests/size-budget.json";
const budget = JSON.parse(readFileSync(budgetFile, "utf8")).first_visit_brotli_kb;

/** Files an HTML page fetches: what it references, then what those import. */
function fetchedBy(page) {
  const files = new Set([page]);
  const queue = [page];
  while (queue.length) {
    const text = readFileSync(join(dist, queue.shift()), "utf8");
    const refs = [...text.matchAll(/(?:src|href)=["']?\/([^"' >]+)/g)].map((m) => m[1]);
    for (const ref of refs) {
      const path = join(dist, ref);
      if (!files.has(ref) && existsSync(path) && statSync(path).isFile()) {
        files.add(ref);
        if (/\.(js|css|html)$/.test(ref)) queue.push(ref);
      }
    }
  }
  return [...files];
}

/** The bundles start.js loads: { reader: [glue, wasm], advisor: [glue, wasm], plan: [glue, wasm] }. */
function bundles(files) {
  const start = files.find((f) => /^start-[0-9a-f]{16}\.js$/.test(f));
  if (!start) throw new Error("index.html loads no start-<hash>.js (is this a release build?)");
  const text = readFileSync(join(dist, start), "utf8");
  const found = {};
  for (const m of text.matchAll(/"?(\w+)"?:\{"?glue"?:"\/([^"]+)","?wasm"?:"\/([^"]+)"/g)) found[m[1]] = [m[2], m[3]];
  const missing = [...new Set(pages.map(([, , , bundle]) => bundle))].filter((bundle) => !found[bundle]);
  if (missing.length) throw new Error(`${start} does not name these bundles: ${missing.join(", ")}`);
  return found;
}

const size = (path) => (existsSync(path) ? statSync(path).size : NaN);
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const row = (file) => {
  const path = join(dist, file);
  return { file, raw: size(path), gz: size(`${path}.gz`), br: size(`${path}.br`) };
};

/** The elements that make start.js start the app on a pre-rendered page
 * (its CONTROLS), as a pattern for their opening tags. */
const controls = (() => {
  const list = /const CONTROLS = "([^"]+)"/.exec(readFileSync("public/start.js", "utf8"));
  if (!list) throw new Error("public/start.js names no CONTROLS");
  return new RegExp(`<(${list[1].split(/,\s*/).join("|")})\\b`);
})();

/** Whether start.js starts a bundle on this page: everywhere but on a page
 * rendered at build time that has nothing to operate (its completeWithoutApp;
 * the address, query and embed mode are the visit's, not the file's). */
function startsApp(page) {
  const html = readFileSync(join(dist, page), "utf8");
  const body = html.match(/<body([^>]*)>([\s\S]*)<\/body>/);
  if (!body) throw new Error(`${page} has no <body>`);
  return !body[1].includes("data-prerendered") || controls.test(body[2]);
}

// [budget key, title, the page's HTML, the bundle start.js loads there]
const pages = [
  ["reader", "The home page (rendered at build time, complete without the app)", "index.html", "reader"],
  ["chapter", "A dossier chapter (rendered at build time, complete without the app)", "dossier/5-effectieve-drugspreventie.html", "reader"],
  ["catalogue", "The interventions catalogue (rendered at build time; the reader's bundle for its filters)", "interventies.html", "reader"],
  ["advisor", "An advisor's page: a question, the check page (the app shell; the advisor's bundle)", "app.html", "advisor"],
  ["drafts", "Mijn plannen: the drafts list (the app shell; Mijn plannen's bundle)", "app.html", "drafts"],
  ["advice", "The advice page (the app shell; the advice's bundle)", "app.html", "advice"],
  ["plan", "A plan's page: its text, print view, comparison (the app shell; the plan's bundle)", "app.html", "plan"],
];
const kinds = pages.map(([name, title, page, bundle]) => {
  const files = fetchedBy(page);
  const app = startsApp(page) ? bundles(files)[bundle] : [];
  return { name, title, files: [...new Set([...files, ...app])] };
});

let over = false;
console.log("First-visit transfer (KB = 1000 bytes)");
for (const kind of kinds) {
  const rows = kind.files.map(row);
  const missing = rows.filter((r) => Number.isNaN(r.br) || Number.isNaN(r.gz));
  if (missing.length) {
    console.error(`No precompressed sibling for: ${missing.map((r) => r.file).join(", ")} (is this a release build?)`);
    process.exit(2);
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
  console.log(`\n${kind.title}`);
  console.log(`${"file".padEnd(46)}${"raw".padStart(8)}${"gzip".padStart(8)}${"brotli".padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(46)}${kb(r.raw)}${kb(r.gz)}${kb(r.br)}`);
  console.log(`${"total".padEnd(46)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
  const limit = budget[kind.name];
  const ratio = ((total.br / 1000 / limit) * 100).toFixed(0);
  console.log(`${kind.name}: brotli ${(total.br / 1000).toFixed(1)} KB of budget ${limit} KB (${ratio}%, ${budgetFile})`);
  if (total.br > limit * 1000) {
    console.error(`FAIL: the first visit of ${kind.title.toLowerCase()} exceeds its size budget`);
    over = true;
  }
}
if (over) process.exit(1);
