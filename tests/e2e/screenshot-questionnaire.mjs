// Screenshots of questionnaire pages, the overview and three advices at 360
// and 1280 px into /tmp/shots, for people to look at (not a test).
// Usage (from tests/, after a release build): node e2e/screenshot-questionnaire.mjs
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
const port = 4197;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const now = Date.now();
const draftOf = (id, file) => {
  const answers = JSON.parse(readFileSync(`../examples/antwoorden/${file}.json`, "utf8"));
  return { format: "wat-werkt-drugs/concept", format_version: 1, id, name: "", revision: 1, created: now, updated: now, changed: now, exported: now, unexported_since: null, data: { answers, step: "gemeente", visited: [] } };
};
const drafts = [draftOf("s", "school-brugklas"), draftOf("u", "uitgaansleven-stad"), draftOf("z", "zorg-sociaal-kwetsbare-jongeren")];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((ds) => ds.forEach((d) => localStorage.setItem(`wwd.concept.${d.id}`, JSON.stringify(d))), drafts);
    for (const step of ["gemeente", "soorten-middelen", "leeftijden", "fasen-van-gebruik", "kwetsbare-groepen", "plekken", "partners", "domeinen", "plannen"]) {
      await page.goto(`http://127.0.0.1:${port}/plannen/s/stap/${step}`);
      await page.waitForSelector(".step-form");
      await page.waitForTimeout(200);
      await page.screenshot({ path: `/tmp/shots/step-${step}-${width}.png`, fullPage: step !== "plannen" });
    }
    await page.goto(`http://127.0.0.1:${port}/plannen/s`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots/overview-${width}.png`, fullPage: true });
    for (const id of ["s", "u", "z"]) {
      await page.goto(`http://127.0.0.1:${port}/plannen/${id}/advies`);
      await page.waitForSelector(".advice .summary-item");
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/shots/advice-${id}-${width}.png`, fullPage: false });
    }
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
