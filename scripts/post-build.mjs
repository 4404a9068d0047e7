// Trunk post_build hook (release builds only):
// 1. minifies the JS glue with terser: Trunk's own minifier (minify-js 0.5)
//    cannot parse wasm-bindgen's `export ... as default` and ships it as is
//    ("Failed to minify JS"); the integrity attributes follow;
// 2. moves Trunk's inline module loader into a hashed file, so the app runs
//    under a Content-Security-Policy without 'unsafe-inline';
// 3. writes the service worker with this build's files to keep offline;
// 4. writes precompressed .br and .gz siblings of every text and wasm asset.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL || "/";
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");

await minifyGlue(join(dir, "index.html"));
externaliseLoader(join(dir, "index.html"));
writeServiceWorker(dir);
compressAll(dir);

async function minifyGlue(htmlPath) {
  // Imported here: only release builds need terser (pinned in tests/package.json).
  const { minify } = await import("../tests/node_modules/terser/main.js").catch(() => {
    throw new Error("terser is missing: run scripts/setup.sh test before a release build");
  });
  let html = readFileSync(htmlPath, "utf8");
  const glue = readdirSync(dir).filter((f) => /-[0-9a-f]{12,16}\.js$/.test(f) && html.includes(`${base}${f}`));
  if (!glue.length) throw new Error("no JS glue referenced by index.html");
  for (const name of glue) {
    const path = join(dir, name);
    const { code } = await minify(readFileSync(path, "utf8"), { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
    writeFileSync(path, code);
    // Trunk's integrity=sha384-... on the tags that load this file (its
    // minified HTML may leave attribute values unquoted).
    const tag = new RegExp(`<link[^>]*href="?${base}${name.replace(/\./g, "\\.")}[" >][^>]*>`, "g");
    const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
    if (!tag.test(html)) throw new Error(`no <link> to ${name} in index.html`);
    html = html.replace(tag, (t) => t.replace(/integrity="?sha384-[A-Za-z0-9+/=]*"?/, `integrity="${integrity}"`));
  }
  writeFileSync(htmlPath, html);
}

function externaliseLoader(htmlPath) {
  const html = readFileSync(htmlPath, "utf8");
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error("no inline module loader found in index.html");
  const code = match[1].trim() + "\n";
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dir, name), code);
  writeFileSync(htmlPath, html.replace(inline, `<script type="module" src="${base}${name}"></script>`));
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
