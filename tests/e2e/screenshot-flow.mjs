// Screenshots of the advisor flow for people to look at (not a test):
// the overview, a step with an error and with "Wat zegt het dossier
// hierover?" open, the check page, the advice page and Mijn plannen,
// at phone and desktop widths. Usage (from tests/): node e2e/screenshot-flow.mjs
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const port = 4196;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync("e2e/screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const shot = (name, fullPage = true) => page.screenshot({ path: `e2e/screenshots/flow-${name}-${width}.png`, fullPage });
    await page.goto(`http://127.0.0.1:${port}/adviseur`);
    await page.getByRole("button", { name: "Begin een nieuw plan" }).click();
    await page.getByRole("textbox").first().fill("Nachtstad");
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await page.getByRole("button", { name: "Volgende stap" }).click();
    await page.waitForSelector(".error-summary");
    await shot("step-error");
    await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad", exact: true }).check();
    await page.getByRole("button", { name: "Volgende stap" }).click();
    const base = page.url().replace(/\/stap\/.*$/, "");
    for (const [step, labels] of [
      ["leeftijden", ["16 en 17 jaar", "18 tot en met 25 jaar (jongvolwassenen)"]],
      ["risicogroepen", ["Jongeren die (vaak) uitgaan"]],
      ["plekken", ["Uitgaansleven", "Voortgezet onderwijs"]],
      ["pijlers", ["Minder schade voor mensen die toch drugs gebruiken, bijvoorbeeld door drugs te laten testen (harm reduction)"]],
      ["plannen", ["Voorlichting op school over de gevaren van drugs"]],
    ]) {
      await page.goto(`${base}/stap/${step}`);
      for (const label of labels) await page.getByRole("checkbox", { name: label, exact: true }).check();
    }
    await page.goto(`${base}/stap/plekken`);
    await page.waitForSelector("main h1");
    await shot("step");
    await page.locator("details.read-more summary").first().click();
    await shot("step-read-more");
    await page.goto(`${base}/stap/regie`);
    await page.getByRole("radio", { name: "Veiligheid" }).check();
    await page.goto(base);
    await page.waitForSelector(".task-list");
    await shot("overview");
    await page.goto(`${base}/controle`);
    await page.waitForSelector(".summary-list");
    await shot("check");
    await page.goto(`${base}/advies`);
    await page.waitForSelector(".advice");
    await shot("advice");
    await shot("advice-top", false);
    await page.goto(`http://127.0.0.1:${port}/plannen`);
    await page.waitForSelector(".draft-list");
    await shot("plans");
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
