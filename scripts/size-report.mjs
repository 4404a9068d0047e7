// Prints the transfer size of a first visit to the release build (the HTML
// and everything it makes the browser fetch before the app runs): raw, gzip
// and brotli, and fails if brotli exceeds the budget in tests/size-budget.json.
// Usage: node scripts/size-report.mjs [dist]    (run scripts/size-report.sh to build first)
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const budgetFile = "tests/size-budget.json";
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));

/** Files a first visit fetches: index.html, then what it references, then what those import. */
function firstVisitFiles() {
  const files = new Set(["index.html"]);
  const queue = ["index.html"];
  while (queue.length) {
    const text = readFileSync(join(dist, queue.shift()), "utf8");
    const refs = [
      ...text.matchAll(/(?:src|href)=["']?\/([^"' >]+)/g),
      ...text.matchAll(/(?:from|module_or_path:)\s*['"]\/([^'"]+)['"]/g),
    ].map((m) => m[1]);
    for (const ref of refs) {
      if (!files.has(ref) && existsSync(join(dist, ref))) {
        files.add(ref);
        if (/\.(js|css|html)$/.test(ref)) queue.push(ref);
      }
    }
  }
  return [...files];
}

const size = (path) => (existsSync(path) ? statSync(path).size : NaN);
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const rows = firstVisitFiles().map((file) => {
  const path = join(dist, file);
  return { file, raw: size(path), gz: size(`${path}.gz`), br: size(`${path}.br`) };
});
const missing = rows.filter((r) => Number.isNaN(r.br) || Number.isNaN(r.gz));
if (missing.length) {
  console.error(`No precompressed sibling for: ${missing.map((r) => r.file).join(", ")} (is this a release build?)`);
  process.exit(2);
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });

console.log("First-visit transfer (KB = 1000 bytes)");
console.log(`${"file".padEnd(46)}${"raw".padStart(8)}${"gzip".padStart(8)}${"brotli".padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(46)}${kb(r.raw)}${kb(r.gz)}${kb(r.br)}`);
console.log(`${"total".padEnd(46)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);

const limit = budget.first_visit_brotli_kb * 1000;
const ratio = ((total.br / limit) * 100).toFixed(0);
console.log(`brotli ${(total.br / 1000).toFixed(1)} KB of budget ${budget.first_visit_brotli_kb} KB (${ratio}%, ${budgetFile})`);
if (total.br > limit) {
  console.error("FAIL: first-visit transfer exceeds the size budget");
  process.exit(1);
}
