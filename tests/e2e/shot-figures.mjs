import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
const port = 4198;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const now = Date.now();
const answers = JSON.parse(readFileSync("../examples/antwoorden/school-brugklas.json", "utf8"));
const figures = [
  { indicator: "Scholieren van 12 tot 16 jaar die ooit blowden", value: "8,5", unit: "%", year: "2023", region: "7", national: "6,1", source: "HBSC", link: "" },
  { indicator: "Scholieren die de afgelopen maand blowden", value: "4", unit: "%", year: "2023", region: "", national: "3,2", source: "Peilstationsonderzoek", link: "" },
  { indicator: "Half ingevuld", value: "acht", unit: "%", year: "23", region: "", national: "", source: "", link: "" },
];
const draft = { format: "wat-werkt-drugs/concept", format_version: 1, id: "f", name: "", revision: 1, created: now, updated: now, changed: now, exported: now, unexported_since: null, data: { answers, step: "plannen", visited: [], plan: { parts: {}, chosen: null, own_actions: "", figures } } };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((d) => localStorage.setItem(`wwd.concept.${d.id}`, JSON.stringify(d)), draft);
    await page.goto(`http://127.0.0.1:${port}/plannen/f/beleidsplan#deel-lokale-situatie`);
    await page.waitForSelector(".figures");
    await page.waitForTimeout(400);
    await page.locator("#deel-lokale-situatie").screenshot({ path: `/tmp/shots/figures-${width}.png` });
    if (width === 1280) {
      await page.screenshot({ path: `/tmp/shots/plan-top-1280.png` });
      await page.goto(`http://127.0.0.1:${port}/plannen/f/beleidsplan/afdrukken`);
      await page.waitForTimeout(600);
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: "/tmp/shots/plan-print.pdf", format: "A4" });
    }
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
