// Browser benchmarks (figures, not tests): runs the engines inside Chromium
// on the release build and prints median and p95 times.
// Usage (from tests/, after a release build): node e2e/bench.mjs [--cpu 4]
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

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
  // The benchmarks are in the whole app's bundle (src/bench.rs).
  await page.goto(`http://127.0.0.1:${port}/adviseur`);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_search);
  const ms = (x) => `${x.toFixed(3)} ms`;
  const slowdown = cpu > 1 ? ` (CPU ${cpu}x slower)` : "";
  const [queries, rounds, build, median, p95] = await page.evaluate(() => Array.from(window.wasmBindings.bench_search(20)));
  console.log(`search in Chromium${slowdown}: ${queries} queries x ${rounds} rounds, index built in ${ms(build)}, ` +
    `median ${ms(median)}, p95 ${ms(p95)} per query (budget p95 < 5 ms)`);
  if (await page.evaluate(() => Boolean(window.wasmBindings.bench_advice))) {
    const [sets, adviceRounds, adviceMedian, adviceP95] = await page.evaluate(() => Array.from(window.wasmBindings.bench_advice(50)));
    console.log(`advice in Chromium${slowdown}: ${sets} answer sets x ${adviceRounds} rounds, median ${ms(adviceMedian)}, p95 ${ms(adviceP95)} per recompute`);
  }
} finally {
  await browser.close();
  server.kill();
}
