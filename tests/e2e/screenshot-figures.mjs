// Screenshots of the plan editor's summary, context, figures, goals and actions at 360
// and 1280 px, and the print view as PDF, into /tmp/shots, for people to look at (not a
// test). Usage (from tests/, after a release build): node e2e/screenshot-figures.mjs [example plan]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
const port = 4198;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
// One of the example plans (examples/plannen), as saved in the browser.
const name = process.argv[2] ?? "uitgaansleven-nachtstad";
const draft = { ...JSON.parse(readFileSync(`../examples/plannen/${name}.json`, "utf8")), id: "f" };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((d) => localStorage.setItem(`wwd.concept.${d.id}`, JSON.stringify(d)), draft);
    await page.goto(`http://127.0.0.1:${port}/plannen/f/beleidsplan#deel-lokale-situatie`);
    await page.waitForSelector(".rows");
    await page.waitForTimeout(400);
    await page.locator("#deel-samenvatting").screenshot({ path: `/tmp/shots/summary-${width}.png` });
    await page.locator("#deel-inleiding").screenshot({ path: `/tmp/shots/context-${width}.png` });
    await page.locator("#deel-lokale-situatie").screenshot({ path: `/tmp/shots/figures-${width}.png` });
    await page.locator("#deel-doelen").screenshot({ path: `/tmp/shots/goals-${width}.png` });
    await page.locator("#deel-acties").screenshot({ path: `/tmp/shots/actions-${width}.png` });
    if (width === 1280) {
      await page.screenshot({ path: `/tmp/shots/plan-top-1280.png` });
      await page.goto(`http://127.0.0.1:${port}/plannen/f/beleidsplan/afdrukken`);
      await page.waitForTimeout(600);
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: `/tmp/shots/plan-print-${name}.pdf`, format: "A4" });
    }
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
