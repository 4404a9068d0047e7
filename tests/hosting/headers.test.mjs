// The shipped nginx and Caddy configurations, run by the real servers, hold
// to the README's header table for every kind of file and every encoding.
// Run: node --test tests/hosting/headers.test.mjs   (after the release build;
// WWD_DIST=folder tests another build folder)
import assert from "node:assert/strict";
import { request } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { embedHostsMeta } from "../e2e/embed-hosts.mjs";
import { readmeRules } from "./readme-rules.mjs";
import { repo, servers, startServers } from "./servers.mjs";

const dist = process.env.WWD_DIST || join(repo, "dist");
const rules = readmeRules(repo);
const hashed = readdirSync(dist).filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm|svg)$/.test(f));

/** What is asked, and which file of dist/ must come back. */
const probes = [
  { kind: "page", path: "/", file: "index.html" },
  { kind: "page", path: "/index.html", file: "index.html" },
  { kind: "route", path: "/dossier/5-3-voortgezet-onderwijs", file: "dossier/5-3-voortgezet-onderwijs.html" },
  { kind: "route", path: "/interventies?doelgroep=uitgaanders", file: "interventies.html" },
  { kind: "route", path: "/adviseur", file: "app.html" },
  { kind: "route", path: "/plannen/d1/advies", file: "app.html" },
  { kind: "unknown", path: "/bestaat/niet", file: "404.html" },
  { kind: "unknown", path: "/dossier/bestaat-niet", file: "404.html" },
  ...hashed.map((file) => ({ kind: "asset", path: `/${file}`, file })),
  { kind: "asset", path: "/sw.js", file: "sw.js" },
  { kind: "asset", path: "/embed.js", file: "embed.js" },
  { kind: "missing", path: "/ontbreekt-0123456789abcdef.js" },
  { kind: "missing", path: "/ontbreekt.css" },
];
const encodings = [
  { accept: "br, gzip, deflate", encoding: "br", decode: brotliDecompressSync },
  { accept: "gzip, deflate", encoding: "gzip", decode: gunzipSync },
  { accept: "identity", encoding: undefined, decode: (body) => body },
];

function get(base, path, acceptEncoding) {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, headers: { Host: url.host, "Accept-Encoding": acceptEncoding } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function holds(rule, actual) {
  if (actual === undefined) return false;
  if (rule.name === "Content-Type") return rule.values.includes(actual.split(";")[0].trim());
  if (rule.name === "Vary") return actual.split(",").some((v) => v.trim().toLowerCase() === rule.values[0].toLowerCase());
  return rule.values.includes(actual);
}

test("the README's CSP allows as frame ancestors exactly the hosts index.html lists", () => {
  const csp = rules.find((r) => r.name === "Content-Security-Policy").values[0];
  const ancestors = /frame-ancestors ([^;]+)/.exec(csp)[1].split(" ").filter((a) => a !== "'self'");
  assert.deepEqual(ancestors.sort(), embedHostsMeta(readFileSync(join(dist, "index.html"), "utf8")).hosts.sort());
});

test("the probes cover both bundles' JS glue and wasm, the loader, CSS and icon", () => {
  for (const kind of [/^wat-werkt-drugs-[0-9a-f]{16}\.js$/, /^wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/, /^reader-[0-9a-f]{16}\.js$/, /^reader-[0-9a-f]{16}_bg\.wasm$/, /^start-[0-9a-f]{16}\.js$/, /\.css$/, /\.svg$/]) {
    assert.ok(hashed.some((f) => kind.test(f)), `no hashed file like ${kind} in dist/`);
  }
});

let site;
before(async () => (site = await startServers(dist)));
after(() => site?.stop());

for (const [server, base] of Object.entries(servers)) {
  describe(server, () => {
    for (const probe of probes) {
      for (const { accept, encoding, decode } of encodings) {
        test(`${probe.path} (Accept-Encoding: ${accept})`, async () => {
          const res = await get(base, probe.path, accept);
          const wrong = [];
          for (const rule of rules.filter((r) => r.applies(probe))) {
            if (!holds(rule, res.headers[rule.name.toLowerCase()])) {
              wrong.push(`${rule.name}: ${res.headers[rule.name.toLowerCase()] ?? "(missing)"}\n    README (${rule.what}): ${rule.values.join(" or ")}`);
            }
          }
          assert.deepEqual(wrong, [], `headers differ from the README's table:\n  ${wrong.join("\n  ")}`);
          if (probe.kind === "missing") {
            assert.equal(res.status, 404);
            return;
          }
          assert.equal(res.status, probe.kind === "unknown" ? 404 : 200);
          assert.equal(res.headers["content-encoding"], encoding);
          assert.ok(decode(res.body).equals(readFileSync(join(site.root, probe.file))), "the body is not the file");
        });
      }
    }
  });
}
