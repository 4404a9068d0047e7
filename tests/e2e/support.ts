import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export { expect };

/**
 * Every test page records console errors and failed requests; a test fails if
 * any occurred. A page for an address that does not exist comes with status
 * 404 (the host's 404.html): that is its answer, not a problem.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems = watchProblems(page);
      await use(problems);
      expect(problems, "console errors or failed requests").toEqual([]);
    },
    { auto: true },
  ],
});

/** Records the page's console errors, page errors and failed requests from now on. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  const notFoundPages = new Set<string>();
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (notFoundPages.has(msg.location().url) && msg.text().includes("status of 404")) return;
    problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() === 404 && res.request().resourceType() === "document") notFoundPages.add(res.url());
    else if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** Waits until the page is ready: the app has mounted (the static loading
 * note is gone and a heading shows), or the page rendered at build time is
 * complete without it (start.js marks it "static"). */
export async function appReady(page: Page) {
  await expect(page.locator("#laden")).toHaveCount(0);
  // A reader's page shows its pre-rendered HTML first: wait for the app
  // (ui/takeover.rs: it keeps the page's elements or renders its own).
  await expect(page.locator("html")).toHaveAttribute("data-app", /^(hydrated|rendered|static)$/);
  await expect(page.locator(".app")).toHaveCount(1);
  await expect(page.locator("main h1")).toBeVisible();
}

/** Visits once and waits until the service worker controls the page. */
export async function installOffline(page: Page) {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** Asserts axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}
