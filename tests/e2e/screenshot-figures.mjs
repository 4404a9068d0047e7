// Screenshots of the plan editor's figures, goals and actions at 360 and 1280 px, and
// the print view as PDF, into /tmp/shots, for people to look at (not a test).
// Usage (from tests/, after a release build): node e2e/screenshot-figures.mjs
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
const draft = { format: "wat-werkt-drugs/concept", format_version: 1, id: "f", name: "", revision: 1, created: now, updated: now, changed: now, exported: now, unexported_since: null, data: { answers, step: "plannen", visited: [], plan: { parts: {}, chosen: null, own_actions: "", figures, goals: [{ indicator: "Scholieren van 12 tot 16 jaar die ooit blowden", baseline: "8,5", target: "7", unit: "%", year: "2028", measured_by: "GGD", moment: "Najaar 2027" }, { indicator: "Te laat", baseline: "1", target: "0", unit: "%", year: "2031", measured_by: "", moment: "" }], actions: [{ action: "Frisse Start (onderdeel van Helder op school)", lead: "Tactus", partners: "Scholen", start: "2025", end: "2027", budget: "12.500", funding: "GALA / SPUK" }, { action: "Opvoedondersteuning voor ouders", lead: "", partners: "", start: "2026", end: "2028", budget: "", funding: "" }] } } };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((d) => localStorage.setItem(`wwd.concept.${d.id}`, JSON.stringify(d)), draft);
    await page.goto(`http://127.0.0.1:${port}/plannen/f/beleidsplan#deel-lokale-situatie`);
    await page.waitForSelector(".rows");
    await page.waitForTimeout(400);
    await page.locator("#deel-lokale-situatie").screenshot({ path: `/tmp/shots/figures-${width}.png` });
    await page.locator("#deel-doelen").screenshot({ path: `/tmp/shots/goals-${width}.png` });
    await page.locator("#deel-acties").screenshot({ path: `/tmp/shots/actions-${width}.png` });
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
