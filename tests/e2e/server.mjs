// A static server for the release build, as a production host should be set
// up (see README "Hosting"): precompressed files by Accept-Encoding, a
// the reader's pages rendered at build time and the app shell app.html for
// other app routes (deep links), long caching for
// hashed assets, no caching for index.html, and security headers.
// Usage: node tests/e2e/server.mjs [--port 4173] [--dir dist] [--csp "policy"]
//          [--embed-hosts "http://127.0.0.1:* ..."]
// --embed-hosts appends test host pages (origins or patterns, space-separated)
// to the wwd-embed-hosts meta tag of every index.html served: the shipped
// index.html lists only the production hosts.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { withEmbedHosts } from "./embed-hosts.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const port = Number(args.port || process.env.PORT || 4173);
const host = args.host || "127.0.0.1";
const root = resolve(args.dir || "dist");
const csp = args.csp || process.env.CSP || "";
const embedHosts = (args["embed-hosts"] || "").trim();

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
  if (extname(path) !== "") return null;
  // As hosting/: a reader's page rendered at build time (/ is index.html,
  // /dossier/x is dossier/x.html), the app shell app.html for the advisor
  // and the plans, and 404.html (status 404) for every other address.
  const page = path === "/" ? join(root, "index.html") : `${file.replace(/[/\\]+$/, "")}.html`;
  if (existsSync(page)) return { file: page, status: 200 };
  if (/^\/(adviseur|plannen)(\/|$)/.test(path)) return { file: join(root, "app.html"), status: 200 };
  return { file: join(root, "404.html"), status: 404 };
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const { file, status } = resolveFile(url.pathname) ?? {};
  const headers = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (csp) headers["Content-Security-Policy"] = csp;
  if (!file) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    res.end("Niet gevonden");
    return;
  }
  // Test hook: with the cookie wwd-test-sw-bump=<n>, the service worker
  // comes out different, as after a new release (tests/e2e/specs/offline.spec.ts).
  const bump = /(?:^|;\s*)wwd-test-sw-bump=(\w+)/.exec(req.headers.cookie || "");
  if (bump && url.pathname === "/sw.js") {
    res.writeHead(200, { ...headers, "Content-Type": types[".js"], "Cache-Control": "no-cache" });
    res.end(`${readFileSync(file, "utf8")}\n// release ${bump[1]}\n`);
    return;
  }
  if (embedHosts && extname(file) === ".html") {
    res.writeHead(status, { ...headers, "Content-Type": types[".html"], "Cache-Control": "no-cache", Vary: "Accept-Encoding" });
    res.end(req.method === "HEAD" ? undefined : withEmbedHosts(readFileSync(file, "utf8"), embedHosts));
    return;
  }
  const accepted = req.headers["accept-encoding"] || "";
  let body = file;
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (accepted.includes(encoding) && existsSync(file + suffix)) {
      body = file + suffix;
      headers["Content-Encoding"] = encoding;
      break;
    }
  }
  const hashed = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(file);
  headers["Content-Type"] = types[extname(file)] || "application/octet-stream";
  headers["Cache-Control"] = hashed ? "public, max-age=31536000, immutable" : "no-cache";
  headers["Vary"] = "Accept-Encoding";
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : readFileSync(body));
}).listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
