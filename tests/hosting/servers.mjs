// Starts Debian's nginx and Caddy, unprivileged, with the configurations we
// ship (hosting/nginx.conf, hosting/Caddyfile), serving a copy of dist/.
// Only the lines a deployer adapts are substituted: listen, root,
// server_name, the certificate lines and Caddy's site address.
// Usage: node tests/hosting/servers.mjs   (serves until stopped)
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const NGINX = "http://localhost:4300";
export const CADDY = "http://localhost:4301";
export const servers = { nginx: NGINX, caddy: CADDY };

/** The shipped server block with only the deployer's lines changed. */
export function nginxSite(shipped, { port, root }) {
  let listened = false;
  const site = shipped.replace(/^(\s*)(listen|server_name|root|ssl_certificate|ssl_certificate_key)\s[^;]*;$/gm, (_, indent, directive) => {
    switch (directive) {
      case "listen":
        if (listened) return `${indent}# (listen: one address in the test)`;
        listened = true;
        return `${indent}listen 127.0.0.1:${port};`;
      case "server_name":
        return `${indent}server_name localhost;`;
      case "root":
        return `${indent}root ${root};`;
      default:
        return `${indent}# (${directive}: plain HTTP in the test)`;
    }
  });
  if (!listened) throw new Error("hosting/nginx.conf has no listen line");
  return site;
}

/** Debian's own nginx.conf, made to run unprivileged in `dir` with `site` as the only site. */
function nginxMain(dir, site) {
  const debian = readFileSync("/etc/nginx/nginx.conf", "utf8");
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `\t${kind}_temp_path ${dir}/${kind};`)
    .join("\n");
  return debian
    .replace(/^user .*$/m, "")
    .replace(/^worker_processes .*$/m, "worker_processes 1;")
    .replace(/^pid .*$/m, `pid ${dir}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${dir}/nginx-error.log;`)
    .replace(/^(\s*)access_log .*$/m, `$1access_log off;\n${temps}`)
    .replace(/^\s*include \/etc\/nginx\/conf\.d\/.*$/m, "")
    .replace(/^(\s*)include \/etc\/nginx\/sites-enabled\/.*$/m, `$1include ${site};`);
}

/** The shipped site block with only its address and root changed. */
export function caddySite(shipped, { port, root }) {
  const address = /^[a-z0-9.-]+\.[a-z]+ \{$/m;
  if (!address.test(shipped)) throw new Error("hosting/Caddyfile has no site address line");
  return shipped.replace(address, `http://localhost:${port} {`).replace(/^(\s*)root \* .*$/m, `$1root * ${root}`);
}

function run(command, args, options) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
  let errors = "";
  child.stderr.on("data", (chunk) => (errors += chunk));
  child.on("exit", (code) => {
    if (code && !child.stopping) console.error(`${command} exited with ${code}:\n${errors}`);
  });
  return child;
}

/** Fails if something already answers at `url`: the test must talk to its own server. */
async function expectFree(url) {
  const answered = await fetch(url).then(() => true, () => false);
  if (answered) throw new Error(`${url} is already in use (a server left from an earlier run?)`);
}

async function waitFor(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

/** Copies dist/ to a temp folder and starts both servers on it; `stop()` ends them. */
export async function startServers(dist = join(repo, "dist")) {
  await Promise.all(Object.values(servers).map(expectFree));
  const dir = mkdtempSync(join(tmpdir(), "wwd-hosting-"));
  chmodSync(dir, 0o755); // nginx workers may run as another user
  const root = join(dir, "site");
  cpSync(dist, root, { recursive: true });
  for (const kind of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi", "caddy"]) mkdirSync(join(dir, kind));

  writeFileSync(join(dir, "site.conf"), nginxSite(readFileSync(join(repo, "hosting/nginx.conf"), "utf8"), { port: 4300, root }));
  writeFileSync(join(dir, "nginx.conf"), nginxMain(dir, join(dir, "site.conf")));
  const nginx = run("/usr/sbin/nginx", ["-e", join(dir, "nginx-error.log"), "-c", join(dir, "nginx.conf"), "-g", "daemon off;"]);

  writeFileSync(join(dir, "site.Caddyfile"), caddySite(readFileSync(join(repo, "hosting/Caddyfile"), "utf8"), { port: 4301, root }));
  // Global options a test needs (no admin port, state in the temp folder), then the shipped site.
  writeFileSync(join(dir, "Caddyfile"), `{\n\tadmin off\n\tstorage file_system ${dir}/caddy\n}\nimport ${dir}/site.Caddyfile\n`);
  const caddyEnv = { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, "caddy"), XDG_CONFIG_HOME: join(dir, "caddy") };
  const caddy = run("caddy", ["run", "--adapter", "caddyfile", "--config", join(dir, "Caddyfile")], { env: caddyEnv });

  const stop = () => {
    if (nginx.stopping) return;
    for (const child of [nginx, caddy]) {
      child.stopping = true;
      child.kill("SIGTERM");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  try {
    await Promise.all([waitFor(NGINX, nginx), waitFor(CADDY, caddy)]);
  } catch (error) {
    stop();
    throw error;
  }
  return { root, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { stop } = await startServers();
  console.log(`nginx at ${NGINX}/, Caddy at ${CADDY}/`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(0)));
}
