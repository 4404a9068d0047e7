// The hosting rules' one home is the README's header table ("Release build
// for a static host"). This reads it, so the tests hold every server to the
// table and not to a copy of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PHRASES = {
  "every response (also 404s)": () => true,
  "every file": (probe) => probe.kind !== "missing",
  "app routes": (probe) => probe.kind === "route",
  "unknown addresses": (probe) => probe.kind === "unknown",
};

/** Whether a table pattern (`/sw.js`, `*.wasm`, `*-<hash>.*`) matches a path. */
function pathPattern(pattern) {
  const regex = pattern
    .split(/(\*|<hash>)/)
    .map((part) => (part === "*" ? "[^/]*" : part === "<hash>" ? "[0-9a-f]{12,16}" : part.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")))
    .join("");
  const matcher = new RegExp(`^${pattern.startsWith("/") ? "" : "/"}${regex}$`);
  return (probe) => probe.kind !== "missing" && matcher.test(probe.path);
}

function selector(cell) {
  const parts = cell.split(/,\s*/).map((part) => part.trim());
  const tests = parts.map((part) => {
    const code = /^`([^`]+)`$/.exec(part);
    if (code) return pathPattern(code[1]);
    if (PHRASES[part]) return PHRASES[part];
    throw new Error(`README header table: unknown "for" entry: ${part}`);
  });
  return (probe) => tests.some((t) => t(probe));
}

/** One header per row; `A` or `B` gives alternatives. */
function expectation(cell) {
  const values = [...cell.matchAll(/`([^`:]+): ([^`]+)`/g)].map((m) => ({ name: m[1], value: m[2] }));
  if (!values.length || new Set(values.map((v) => v.name)).size !== 1) throw new Error(`README header table: cannot read ${cell}`);
  return { name: values[0].name, values: values.map((v) => v.value) };
}

/** The table's rows: `{ applies(probe), name, values }`. A probe is `{ kind, path }`. */
export function readmeRules(repo) {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const table = /\n\| for \| header \|\n\|---\|---\|\n((?:\|.*\|\n)+)/.exec(readme);
  if (!table) throw new Error('README.md has no "| for | header |" table');
  return table[1]
    .trim()
    .split("\n")
    .map((row) => {
      const [, what, header] = row.split(/\s*\|\s*/);
      return { what, applies: selector(what), ...expectation(header) };
    });
}
