// Prints the policy plan of example answer files to PDF through the app's
// print view, for people to look at (not a test).
// Usage (from tests/): node e2e/screenshot-plan.mjs ../examples/antwoorden/uitgaansleven-stad.json ...
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { chromium } from "@playwright/test";

const port = 4192;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync("e2e/screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  for (const file of process.argv.slice(2)) {
    const answers = JSON.parse(readFileSync(file, "utf8"));
    const id = basename(file, ".json").replace(/[^a-z0-9]/g, "");
    const envelope = { format: "wat-werkt-drugs/concept", format_version: 1, id, name: "", revision: 1, created: Date.now(), updated: Date.now(), exported: null, data: { answers } };
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`wwd.concept.${id}`, JSON.stringify(envelope)]);
    await page.goto(`http://127.0.0.1:${port}/plannen/${id}/beleidsplan/afdrukken`);
    await page.waitForSelector(".title-page");
    await page.emulateMedia({ media: "print" });
    const out = `e2e/screenshots/plan-${basename(file, ".json")}.pdf`;
    await page.pdf({ path: out, format: "A4", printBackground: false });
    console.log(out);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
