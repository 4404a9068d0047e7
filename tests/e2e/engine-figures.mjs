// The engines' benchmarks in Chromium (src/ui/bench.rs), summarised: each
// bundle exports the one of its engine, so each runs on a page of its own.
// Used by bench.mjs and benchmarks.mjs (figures, not tests).

const percentile = (sorted, share) => sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Search in the reader's bundle, on the catalogue (where the app runs, see
 *  start.js, and builds no index):
 *  { queries, rounds, build, median, p95 } in ms, per query's median time. */
export async function searchFigures(page, base, rounds) {
  await page.goto(`${base}/interventies`);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_search);
  const [build, ...times] = await page.evaluate((r) => Array.from(window.wasmBindings.bench_search(r)), rounds);
  const queries = times.length / rounds;
  const perQuery = Array.from({ length: queries }, (_, q) => median(times.slice(q * rounds, (q + 1) * rounds))).sort((a, b) => a - b);
  return { queries, rounds, build, median: median(perQuery), p95: percentile(perQuery, 0.95) };
}

/** The advice recomputed in the advice's bundle (whose page shows the advice;
 *  a draft's address that holds no draft will do): { recomputes, median, p95 } in ms. */
export async function adviceFigures(page, base, rounds) {
  await page.goto(`${base}/plannen/benchmark/advies`);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_advice);
  const times = (await page.evaluate((r) => Array.from(window.wasmBindings.bench_advice(r)), rounds)).sort((a, b) => a - b);
  return { recomputes: times.length, median: median(times), p95: percentile(times, 0.95) };
}
