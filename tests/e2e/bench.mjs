// Browser benchmarks (figures, not tests): runs the engines inside Chromium
// on the release build and prints median and p95 times.
// Usage (from tests/, after a release build): node e2e/bench.mjs [--cpu 4]
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { adviceFigures, searchFigures } from "./engine-figures.mjs";

const cpuIndex = process.argv.indexOf("--cpu");
const cpu = cpuIndex > 0 ? Number(process.argv[cpuIndex + 1]) : 1;
const port = 4198;
const server = spawn("node", ["e2e/server.mjs", "--port", String(port), "--dir", "../dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  if (cpu > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  }
  const base = `http://127.0.0.1:${port}`;
  const ms = (x) => `${x.toFixed(3)} ms`;
  const slowdown = cpu > 1 ? ` (CPU ${cpu}x slower)` : "";
  const search = await searchFigures(page, base, 20);
  console.log(`search in Chromium${slowdown}: ${search.queries} queries x ${search.rounds} rounds, index built in ${ms(search.build)}, ` +
    `median ${ms(search.median)}, p95 ${ms(search.p95)} per query (budget p95 < 5 ms)`);
  const advice = await adviceFigures(page, base, 50);
  console.log(`advice in Chromium${slowdown}: ${advice.recomputes} recomputes, median ${ms(advice.median)}, p95 ${ms(advice.p95)} per recompute`);
} finally {
  await browser.close();
  server.kill();
}
