// Trunk post_build hook:
// 1. gives each bundle's glue and wasm a content hash in their names (Trunk
//    names the worker-type reader without one) and, in release builds,
//    minifies the glue with terser first (Trunk's own minifier, minify-js
//    0.5, cannot parse wasm-bindgen's `export ... as default`);
// 2. writes those names and their integrity into a hashed copy of
//    start.js, the one loader (a file, so the app runs under a
//    Content-Security-Policy without 'unsafe-inline'), and points
//    index.html at it;
// 3. in release builds, writes the reader's pages rendered at build time
//    (examples/prerender.rs, the app's own views rendered natively):
//    `/` to index.html, `/dossier/x` to dossier/x.html; start.js loads the
//    reader's bundle where a page has something to operate, which hydrates
//    it (its <body data-prerendered> names the address it was rendered for,
//    ui/takeover.rs); the app shell index.html becomes
//    app.html, which hosts serve for every other address;
// 4. in release builds, writes the service worker with this build's files
//    to keep offline, and precompressed .br and .gz siblings of every text
//    and wasm asset.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL || "/";
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

// The bundles as start.js names them (its BUNDLES) and Trunk writes them (data-bin).
const BUNDLES = { reader: "reader", advisor: "wat-werkt-drugs", drafts: "drafts", advice: "advice", plan: "plan" };

const sha384 = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
const contentHash = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

const named = {};
const release = process.env.TRUNK_PROFILE === "release";
for (const [key, bin] of Object.entries(BUNDLES)) named[key] = await hashBundle(bin);
await writeLoader(join(dir, "index.html"), named);
if (release) {
  prerender(join(dir, "index.html"));
  writeServiceWorker(dir);
  compressAll(dir);
}

async function hashBundle(bin) {
  const own = (suffix) => {
    // Trunk's file hash is a 64-bit number in hex without leading zeros:
    // up to 16 digits (15 in one build of 16).
    const pattern = new RegExp(`^${bin}(-[0-9a-f]{1,16})?${suffix.replace(".", "\\.")}$`);
    const found = readdirSync(dir).filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`expected one ${bin}${suffix} from Trunk, found ${found.length}`);
    return join(dir, found[0]);
  };
  const gluePath = own(".js");
  const wasmPath = own("_bg.wasm");
  const code = release ? await minified(readFileSync(gluePath, "utf8")) : readFileSync(gluePath, "utf8");
  const wasm = readFileSync(wasmPath);
  const hash = contentHash(code, wasm);
  const glue = `${bin}-${hash}.js`;
  const wasmName = `${bin}-${hash}_bg.wasm`;
  writeFileSync(join(dir, glue), code);
  rmSync(gluePath);
  renameSync(wasmPath, join(dir, wasmName));
  return { glue: `${base}${glue}`, wasm: `${base}${wasmName}`, glueIntegrity: sha384(code), wasmIntegrity: sha384(wasm) };
}

async function minified(source) {
  // Imported here: only release builds need terser (pinned in tests/package.json).
  const { minify } = await import("../tests/node_modules/terser/main.js").catch(() => {
    throw new Error("terser is missing: run scripts/setup.sh test before a release build");
  });
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  return code;
}

async function writeLoader(htmlPath, bundles) {
  const template = readFileSync(join(dir, "start.js"), "utf8");
  const table = /const BUNDLES = \{[\s\S]*?\n\};/;
  if (!table.test(template)) throw new Error("start.js has no BUNDLES table");
  const filled = template.replace(table, `const BUNDLES = ${JSON.stringify(bundles)};`);
  const code = release ? await minified(filled) : filled;
  const name = `start-${contentHash(code)}.js`;
  writeFileSync(join(dir, name), code);
  rmSync(join(dir, "start.js"));
  const html = readFileSync(htmlPath, "utf8");
  const tag = /<script[^>]*\ssrc="?\/start\.js"?[^>]*><\/script>/;
  if (!tag.test(html)) throw new Error("index.html does not load /start.js");
  // Trunk leaves the main bundle's <link rel=rust> when it injects nothing.
  const rustLink = /<link[^>]*\srel="?rust"?[^>]*>/;
  writeFileSync(htmlPath, html.replace(tag, `<script type="module" src="${base}${name}"></script>`).replace(rustLink, ""));
}

function prerender(shellPath) {
  const shell = readFileSync(shellPath, "utf8");
  writeFileSync(join(dir, "app.html"), shell);
  const body = /<body>[\s\S]*<\/body>/;
  const title = /<title>[^<]*<\/title>/;
  const start = /<script type="module" src="[^"]+"><\/script>/;
  if (!body.test(shell) || !title.test(shell) || !start.test(shell)) throw new Error("the app shell has no <body>, <title> or loader to fill in");
  const lines = execFileSync("cargo", ["run", "--quiet", "--example", "prerender"], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "inherit"] });
  let pages = 0;
  for (const line of lines.split("\n").filter(Boolean)) {
    const page = JSON.parse(line);
    const html = shell
      .replace(title, () => `<title>${escapeHtml(page.title)}</title>`)
      .replace(body, () => `<body data-prerendered="${escapeHtml(page.path)}">${page.html}</body>`);
    const file = join(dir, page.path === "/" ? "index.html" : `${page.path.slice(1)}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    pages += 1;
  }
  if (pages < 100) throw new Error(`only ${pages} pages pre-rendered`);
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function writeServiceWorker(root) {
  const files = readdirSync(root).filter((f) => /\.(html|js|css|wasm|svg)$/.test(f) && f !== "sw.js");
  const precache = files.map((f) => `${base}${f}`).sort();
  const version = createHash("sha256").update(precache.join("\n")).digest("hex").slice(0, 16);
  const template = readFileSync(join(root, "sw.js"), "utf8");
  if (!template.includes("__PRECACHE__")) throw new Error("sw.js is not the template");
  writeFileSync(join(root, "sw.js"), template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(precache)));
}

function compressAll(root) {
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      compressAll(path);
    } else if (/\.(html|js|mjs|css|wasm|svg|json|txt|webmanifest)$/.test(entry)) {
      const data = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }));
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    }
  }
}
