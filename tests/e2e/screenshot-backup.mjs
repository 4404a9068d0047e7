// Screenshots of "Mijn plannen" with drafts in each backup state (a reminder,
// changes after an export, everything in a file), at 360 and 1280 px, for
// people to look at (not a test).
// Usage (from tests/): node e2e/screenshot-backup.mjs [port]   (default 4193)
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const port = Number(process.argv[2] ?? 4193);
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync("e2e/screenshots", { recursive: true });
const DAY = 86_400_000;
const now = Date.now();
const draft = (id, municipality, changedDaysAgo, exportedDaysAgo, unexportedDaysAgo) => ({
  format: "wat-werkt-drugs/concept", format_version: 1, id, name: "", revision: 4,
  created: now - 20 * DAY, updated: now - changedDaysAgo * DAY, changed: now - changedDaysAgo * DAY,
  exported: exportedDaysAgo === null ? null : now - exportedDaysAgo * DAY,
  unexported_since: unexportedDaysAgo === null ? null : now - unexportedDaysAgo * DAY,
  data: { answers: { municipality }, step: "aanleiding", visited: ["gemeente"] },
});
const drafts = [draft("a", "Oudstad", 5, null, 6), draft("b", "Wisselstad", 1, 2, 1), draft("c", "Veiligstad", 3, 3, null)];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate((drafts) => drafts.forEach((d) => localStorage.setItem(`wwd.concept.${d.id}`, JSON.stringify(d))), drafts);
    await page.goto(`http://127.0.0.1:${port}/plannen`);
    await page.waitForSelector(".backup-reminder");
    await page.waitForTimeout(300);
    const out = `e2e/screenshots/plannen-backup-${width}.png`;
    await page.screenshot({ path: out, fullPage: true });
    console.log(out);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
