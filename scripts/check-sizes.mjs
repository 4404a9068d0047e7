// Fails when a function in src/ is longer than 100 lines or a source file
// longer than 700 lines, tests left out (test files and `mod tests { .. }`).
//
//   node scripts/check-sizes.mjs [DIR]
//
// A function's length runs from its `fn` line to the line of the brace that
// closes its body; braces inside strings, characters and comments do not
// count, so `format!("{")`, `'{'` and `r#"{"#` cannot fool the count.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const MAX_FUNCTION = 100;
const MAX_FILE = 700;

const root = process.argv[2] ?? join(import.meta.dirname, "..", "src");

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "tests" ? [] : rustFiles(path);
    return name.endsWith(".rs") && name !== "tests.rs" && !name.endsWith("_tests.rs") ? [path] : [];
  });
}

// The source with string, character and comment contents blanked out (newlines
// kept), so that only code braces remain.
function codeOnly(text) {
  let out = "";
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  while (i < text.length) {
    const rest = text.slice(i);
    let m;
    if (rest.startsWith("//")) {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (rest.startsWith("/*")) {
      let depth = 0;
      let j = i;
      do {
        if (text.startsWith("/*", j)) { depth++; j += 2; }
        else if (text.startsWith("*/", j)) { depth--; j += 2; }
        else j++;
      } while (depth > 0 && j < text.length);
      out += blank(text.slice(i, j));
      i = j;
    } else if ((m = /^b?r(#*)"/.exec(rest)) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? "")) {
      const close = '"' + m[1];
      const end = text.indexOf(close, i + m[0].length);
      const stop = end === -1 ? text.length : end + close.length;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += blank(text.slice(i, j + 1));
      i = j + 1;
    } else if ((m = /^'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'/u.exec(rest))) {
      out += blank(m[0]);
      i += m[0].length;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

const problems = [];
for (const file of rustFiles(root)) {
  const name = relative(process.cwd(), file);
  const lines = codeOnly(readFileSync(file, "utf8")).replace(/\n$/, "").split("\n");
  // An inline test module at the end does not count.
  let end = lines.length;
  for (let at = 0; at + 1 < lines.length; at++) {
    if (lines[at].trim() === "#[cfg(test)]" && /^\s*mod \w+ \{/.test(lines[at + 1])) {
      end = at;
      break;
    }
  }
  if (end > MAX_FILE) problems.push(`${name}: ${end} lines (at most ${MAX_FILE} outside tests)`);
  for (let at = 0; at < end; at++) {
    const fn = /^\s*(pub(\([^)]*\))?\s+)?((const|async|unsafe|extern "C")\s+)*fn\s+(\w+)/.exec(lines[at]);
    if (!fn) continue;
    // The body opens at the first `{` at depth zero after the signature
    // (a `;` first means a declaration without a body).
    let depth = 0;
    let line = at;
    let opened = false;
    let closed = -1;
    scan: for (; line < lines.length; line++) {
      const from = line === at ? fn.index + fn[0].length : 0;
      for (const ch of lines[line].slice(from)) {
        if (!opened && depth === 0 && ch === ";") break scan;
        if (!opened && (ch === "(" || ch === "[")) { depth++; continue; }
        if (!opened && (ch === ")" || ch === "]")) { depth--; continue; }
        if (ch === "{") {
          if (!opened && depth === 0) { opened = true; depth = 1; continue; }
          if (opened) depth++;
        } else if (ch === "}" && opened) {
          depth--;
          if (depth === 0) { closed = line; break scan; }
        }
      }
    }
    if (closed === -1) continue;
    const length = closed - at + 1;
    if (length > MAX_FUNCTION) problems.push(`${name}:${at + 1}: fn ${fn[5]} is ${length} lines (at most ${MAX_FUNCTION})`);
  }
}

if (problems.length) {
  console.error("Units too large (split them where the pieces have names of their own):");
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log("sizes ok: no function over 100 lines, no source file over 700 lines (tests left out)");
