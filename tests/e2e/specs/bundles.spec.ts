import type { Page } from "@playwright/test";
import { appReady, expect, installOffline, test } from "../support";

/** The wasm files this page has asked for, by bundle. */
function wasmRequests(page: Page) {
  const seen = { reader: 0, whole: 0 };
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname;
    if (/^\/reader-[0-9a-f]{16}_bg\.wasm$/.test(name)) seen.reader += 1;
    if (/^\/wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/.test(name)) seen.whole += 1;
  });
  return seen;
}

test("a reader's page loads the reader's bundle only; the advisor loads the whole app and Back returns", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/dossier");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
  expect(seen).toEqual({ reader: 1, whole: 0 });

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).click();
  await expect(page).toHaveURL(/\/adviseur$/);
  await expect(page.locator("main h1")).toHaveText("Adviseur");
  await expect(page.getByRole("button", { name: "Begin een nieuw plan" })).toBeVisible();
  expect(seen.whole).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/dossier$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
});

test("the whole app reads too: from a plan's page to the dossier without loading again", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/plannen");
  await appReady(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toHaveText("Dossier");
  expect(seen).toEqual({ reader: 0, whole: 1 });
});

test.describe("without a service worker (which keeps every file itself)", () => {
  test.use({ serviceWorkers: "block" });

  test("pointing at the advisor's link fetches the whole app ahead", async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto("/");
    await appReady(page);
    expect(seen.whole).toBe(0);
    const ahead = page.waitForRequest((request) => /\/wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
    await ahead;
  });

  test("focusing a link to the plans fetches the whole app ahead", async ({ page }) => {
    await page.goto("/interventies");
    await appReady(page);
    const ahead = page.waitForRequest((request) => /\/wat-werkt-drugs-[0-9a-f]{16}\.js$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn plannen" }).focus();
    await ahead;
  });
});

test("with the service worker in charge nothing is fetched ahead: it keeps every file", async ({ page }) => {
  await installOffline(page);
  const seen = wasmRequests(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
  await page.waitForTimeout(500);
  expect(seen.whole).toBe(0);
});
