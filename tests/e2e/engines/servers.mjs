// The servers for the engine tests: the release build in dist/ served by
// tests/e2e/server.mjs under the strict CSP (as in playwright.config.ts),
// the test host page on another site, and a thin front server for the app
// that passes every response through unchanged except that it puts
// console-hook.js first in the app's HTML and collects what the hook reports,
// plus every failed request.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Ports of this layer (4400-4449); the Playwright suite keeps 4173-4176. */
export const PORTS = { app: 4400, host: 4401, upstream: 4402, geckodriver: 4410, marionette: 4411, bidi: 4412, webkitDriver: 4413 };
export const APP = `http://localhost:${PORTS.app}`;
export const HOST = `http://127.0.0.1:${PORTS.host}`;
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  `object-src 'none'; base-uri 'none'; frame-ancestors 'self' ${HOST}`;

const HOOK_PATH = "/__engines/console-hook.js";
const PROBLEM_PATH = "/__engines/problem";

/** Starts `command` in its own process group, so that stopping it stops its children too. */
export function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], ...options });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return {
    child,
    output: () => output,
    stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** Resolves once `url` answers, or fails after `timeout` ms. */
export async function waitForHttp(url, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > end) throw new Error(`${url} did not answer: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function decode(body, encoding) {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  return body;
}

/** The app's HTML with the hook as its first script (the minified page has no <head> tag). */
function withHook(page) {
  const first = page.search(/<(script|link)\b/);
  return first < 0 ? page : `${page.slice(0, first)}<script src="${HOOK_PATH}"></script>${page.slice(first)}`;
}

/** The front server: proxies to the upstream app server, adds the hook, records problems. */
function startFront(problems) {
  const hook = readFileSync(here("./console-hook.js"));
  const server = createServer((req, res) => {
    if (req.url === HOOK_PATH) {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(hook);
      return;
    }
    if (req.url === PROBLEM_PATH && req.method === "POST") {
      const chunks = [];
      req.on("data", (chunk) => chunks.push(chunk));
      req.on("end", () => {
        try {
          const { kind, text, url } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          problems.push(`${kind}: ${text} (${url})`);
        } catch {
          problems.push(`unreadable problem report: ${Buffer.concat(chunks).toString("utf8").slice(0, 200)}`);
        }
        res.writeHead(204);
        res.end();
      });
      return;
    }
    const upstream = request(
      { host: "127.0.0.1", port: PORTS.upstream, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        if (answer.statusCode >= 400) problems.push(`HTTP ${answer.statusCode}: ${req.url}`);
        const html = (answer.headers["content-type"] || "").startsWith("text/html");
        if (!html || req.method === "HEAD") {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("end", () => {
          const page = withHook(decode(Buffer.concat(chunks), answer.headers["content-encoding"]).toString("utf8"));
          if (!page.includes(HOOK_PATH)) problems.push(`front server: no place for the console hook in ${req.url}`);
          const headers = { ...answer.headers };
          delete headers["content-encoding"];
          delete headers["content-length"];
          res.writeHead(answer.statusCode, headers);
          res.end(page);
        });
      },
    );
    upstream.on("error", (error) => {
      problems.push(`front server: ${error.message}`);
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(PORTS.app, "127.0.0.1", () => resolve(server)));
}

/**
 * Starts the app (behind the front server) and the host page server.
 * `problems` collects what the app reports; the caller empties it between tests.
 */
export async function startServers(problems) {
  const serverScript = here("../server.mjs");
  const app = start(process.execPath, [
    serverScript, "--port", String(PORTS.upstream), "--dir", here("../../../dist"), "--csp", CSP,
    // Test host origins for the wwd-embed-hosts meta (the shipped list names only production hosts).
    "--embed-hosts", HOST,
  ]);
  const host = start(process.execPath, [serverScript, "--port", String(PORTS.host), "--dir", here("../host")]);
  const front = await startFront(problems);
  await waitForHttp(`http://127.0.0.1:${PORTS.upstream}/`);
  await waitForHttp(`${HOST}/`);
  return {
    stop() {
      front.close();
      app.stop();
      host.stop();
    },
  };
}
