import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { appReady, expect, test, watchProblems } from "../support";

const dist = new URL("../../../dist/", import.meta.url).pathname;

/** The addresses of the reader's pages rendered at build time, from dist/'s
 * HTML files (not the app shell, nor the page for unknown addresses). */
function prerenderedAddresses(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return prerenderedAddresses(path);
    if (!name.endsWith(".html") || name === "app.html" || name === "404.html") return [];
    const address = `/${relative(dist, path).replace(/\.html$/, "")}`;
    return [address === "/index" ? "/" : address];
  });
}

/** Holds back the reader's wasm until the returned function is called. */
async function holdReaderBundle(page: Page) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/reader-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function withoutJavaScript(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: false });
}

test("every reader's page is there without JavaScript: text, title and links to the others", async ({ browser, baseURL }) => {
  const context = await withoutJavaScript(browser);
  const page = await context.newPage();
  await page.goto(`${baseURL}/dossier/5-7-uitgaansleven`);
  await expect(page).toHaveTitle("5.7 Setting: Uitgaansleven - 5 Effectieve Drugspreventie - Dossier - Wat werkt bij drugspreventie");
  await expect(page.getByRole("heading", { name: "5.7 Setting: Uitgaansleven" })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interventies" }).click();
  await expect(page.locator("main h1")).toHaveText("Interventies");
  await page.locator("main a[href^='/interventies/']").first().click();
  await expect(page).toHaveURL(/\/interventies\/[a-z0-9-]+$/);
  await expect(page.locator("main h1")).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toHaveText("Dossier");
  await context.close();
});

test("the app hydrates a pre-rendered page: the same elements, no layout shift, links then stay in the app", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e: any) => ((window as any).__shift += e.value))).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdReaderBundle(page);
  // The catalogue's filters need the app.
  await page.goto("/interventies");
  const before = await page.locator(".app").innerText();
  await page.evaluate(() => ((window as any).__heading = document.querySelector("main h1")));
  release();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "hydrated");
  expect(await page.evaluate(() => (window as any).__heading === document.querySelector("main h1")), "the pre-rendered heading is kept").toBe(true);
  expect(await page.locator(".app").innerText()).toBe(before);
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
  // The app is in charge: a link navigates in the browser, without a load.
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toHaveText("Dossier");
  await expect(page.locator("main h1")).toBeFocused();
  expect(loads).toBe(0);
});

test("a page with nothing to operate is complete without the app: no wasm, links load pages, / brings the app", async ({ page, isMobile }) => {
  const wasm: string[] = [];
  page.on("request", (request) => request.url().endsWith("_bg.wasm") && wasm.push(request.url()));
  await page.goto("/dossier/3-epidemiologie");
  await expect(page.locator("html")).toHaveAttribute("data-app", "static");
  await page.getByRole("navigation", { name: "Vorig en volgend hoofdstuk" }).getByRole("link", { name: /Volgend hoofdstuk/ }).click();
  await expect(page.locator("main h1")).toHaveText("4 Drugspreventie");
  await expect(page.locator("html")).toHaveAttribute("data-app", "static");
  // Offline after one visit: the page registers the service worker itself.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);
  expect(wasm).toEqual([]);
  if (isMobile) return;
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/zoeken$/);
  await expect(page.getByLabel("Zoek in het dossier en de interventies")).toBeFocused();
  expect(wasm).toHaveLength(1);
});

test("a page rendered for other circumstances (a query, another address) is replaced by the app's own render", async ({ page }) => {
  const release = await holdReaderBundle(page);
  await page.goto("/interventies?setting=voortgezet-onderwijs");
  await page.evaluate(() => ((window as any).__heading = document.querySelector("main h1")));
  release();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "rendered");
  expect(await page.evaluate(() => (window as any).__heading === document.querySelector("main h1")), "the app rendered its own page").toBe(false);
  await expect(page.locator(".app")).toHaveCount(1);
  await expect(page.locator("main h1")).toHaveText("Interventies");
});

test("an address that does not exist gets status 404 and a page that says so, with JavaScript or without", async ({ browser, page, baseURL }) => {
  const context = await withoutJavaScript(browser);
  const still = await context.newPage();
  const response = await still.goto(`${baseURL}/dossier/bestaat-niet`);
  expect(response?.status()).toBe(404);
  await expect(still).toHaveTitle("Pagina niet gevonden - Wat werkt bij drugspreventie");
  await expect(still.locator("main")).toContainText("Deze pagina bestaat niet (meer).");
  await still.getByRole("link", { name: "Bekijk de inhoudsopgave van het dossier" }).click();
  await expect(still.locator("main h1")).toHaveText("Dossier");
  await context.close();

  expect((await page.goto("/dossier/bestaat-niet"))?.status()).toBe(404);
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "rendered");
  await expect(page.locator("main")).toContainText("Het adres /dossier/bestaat-niet bestaat niet (meer).");
});

test("a pre-rendered page is painted before the app is fetched, so the app does not delay its text", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  const { paint, wasm } = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    wasm: performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("_bg.wasm"))?.startTime,
  }));
  expect(paint).toBeGreaterThan(0);
  expect(wasm).toBeGreaterThan(paint!);
});

test("a dossier address shows its place at once, and focus starts there", async ({ page }) => {
  await page.goto("/dossier/hbsc");
  await expect(page.locator("li#hbsc")).toBeInViewport();
  await expect(page.locator("li#hbsc")).toBeFocused();
});

test("in embed mode a pre-rendered page stays out of sight until the app shows it with the compact header", async ({ page }) => {
  const release = await holdReaderBundle(page);
  await page.goto("/dossier/5-3-voortgezet-onderwijs?embed=1");
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("heading", { name: "5.3 Setting: Voortgezet onderwijs" })).toBeHidden();
  release();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "rendered");
  await expect(page.locator(".embed-header")).toBeVisible();
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "5.3 Setting: Voortgezet onderwijs" })).toBeVisible();
});

test("what is typed before the app takes over stays, and the app searches it", async ({ page }) => {
  // Hold the reader's wasm until the user has typed.
  const release = await holdReaderBundle(page);
  await page.goto("/zoeken");
  await page.locator("#zoekterm").fill("cannabis");
  release();
  await appReady(page);
  await expect(page.locator("#zoekterm")).toHaveValue("cannabis");
  await expect(page.locator("#zoekterm")).toBeFocused();
  await expect(page).toHaveURL(/\/zoeken\?q=cannabis$/);
  await expect(page.locator(".search-result").first()).toBeVisible();
});

test("every pre-rendered page is complete without the app, or the app hydrates it", async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one viewport is enough: the elements do not depend on it");
  test.setTimeout(300_000);
  // A page that does not match the app's render stops the app (Leptos ends
  // hydration on the first mismatch): the page error fails the test.
  // Each batch of pages gets a browser context (and renderer) of its own:
  // Chromium reserves about 10 GB of address space per wasm instance and
  // frees it only when garbage is collected, so a hundred page loads in one
  // renderer can exhaust its 1 TB without a page doing anything wrong.
  const addresses = prerenderedAddresses();
  const starts: Record<string, string | null> = {};
  for (let start = 0; start < addresses.length; start += HYDRATION_BATCH) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const problems = watchProblems(page);
    let wasm = 0;
    page.on("request", (request) => request.url().endsWith("_bg.wasm") && (wasm += 1));
    for (const address of addresses.slice(start, start + HYDRATION_BATCH)) {
      wasm = 0;
      await page.goto(address);
      // A wait, not a speed check: the loader fetches the bundle after the
      // first paint, while the service worker may still be keeping every file
      // of the first visit and other tests run beside this one.
      await expect(page.locator("html"), address).toHaveAttribute("data-app", /^(hydrated|static)$/, { timeout: 20_000 });
      starts[address] = await page.locator("html").getAttribute("data-app");
      const controls = await page.locator(".app").locator("form, button, input, select, textarea, details").count();
      expect(starts[address], `${address}: the app runs where there is something to operate`).toBe(controls ? "hydrated" : "static");
      if (starts[address] === "static") expect(wasm, `${address} fetches no wasm`).toBe(0);
    }
    await context.close();
    expect(problems, "console errors or failed requests").toEqual([]);
  }
  expect([starts["/"], starts["/dossier/5-effectieve-drugspreventie"], starts["/interventies"], starts["/zoeken"]]).toEqual(["static", "static", "hydrated", "hydrated"]);
});

/** Pages hydrated in one browser context by the test above. */
const HYDRATION_BATCH = 25;

test("each pre-rendered page says what the app says there", async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one viewport is enough: the text does not depend on it");
  test.setTimeout(300_000);
  const addresses = prerenderedAddresses();
  expect(addresses.length).toBeGreaterThan(100);
  const still = await withoutJavaScript(browser);
  const stillPage = await still.newPage();
  // The app renders each page itself: it goes there in the browser (as the
  // Back button does), not by loading the pre-rendered page, which it keeps.
  const live = await browser.newContext();
  const livePage = await live.newPage();
  await livePage.goto(`${baseURL}/interventies`);
  await expect(livePage.locator("html")).toHaveAttribute("data-app", "hydrated");
  for (const address of addresses) {
    await stillPage.goto(`${baseURL}${address}`);
    const rendered = { title: await stillPage.title(), text: await stillPage.locator(".app").innerText() };
    await livePage.evaluate((to) => {
      history.pushState(null, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, address);
    await expect(livePage, address).toHaveTitle(rendered.title);
    await expect.poll(() => livePage.locator(".app").innerText(), { message: address }).toBe(rendered.text);
  }
  await still.close();
  await live.close();
});
