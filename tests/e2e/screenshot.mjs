// Takes screenshots of the release build for people to look at (not a test).
// Usage (from tests/): node e2e/screenshot.mjs [--print] path[,width] ...
//   e.g. node e2e/screenshot.mjs / /?embed=1,360 /dossier --print   (--fold: viewport only)
// Writes PNGs (or PDFs with --print) to tests/e2e/screenshots/.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const print = args.includes("--print");
const fold = args.includes("--fold"); // only the viewport (after any deep-link scroll), not the full page
const host = args.includes("--host"); // inside the test host page (tests/e2e/host), as an embedded frame
const targets = args.filter((a) => !a.startsWith("--"));
const port = 4199;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist", "--embed-hosts", "http://127.0.0.1:4197"], { stdio: "ignore" });
const hostServer = host ? spawn("node", ["e2e/server.mjs", "--port", "4197", "--dir", "e2e/host"], { stdio: "ignore" }) : null;
await new Promise((r) => setTimeout(r, 500));
mkdirSync("e2e/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const target of targets) {
    const [path, widthText] = target.split(",");
    const widths = widthText ? [Number(widthText)] : [360, 1280];
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      if (host) {
        await page.goto(`http://127.0.0.1:4197/?app=${encodeURIComponent(`http://localhost:${port}`)}&pad=${encodeURIComponent(path)}`);
        await page.frameLocator("#tool iframe").locator("main h1").waitFor();
        await page.waitForTimeout(500);
      } else {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        await page.waitForSelector("main h1");
      }
      await page.waitForTimeout(300);
      const name = `e2e/screenshots/${host ? "host" : ""}${(path.replace(/[^a-z0-9]+/gi, "_") || "home")}-${width}`;
      if (print) {
        await page.emulateMedia({ media: "print" });
        await page.pdf({ path: `${name}.pdf`, format: "A4", printBackground: false });
        console.log(`${name}.pdf`);
      } else {
        await page.screenshot({ path: `${name}.png`, fullPage: !fold });
        console.log(`${name}.png`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
  hostServer?.kill();
}
