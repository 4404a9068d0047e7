import type { Page } from "@playwright/test";
import { appReady, expect, installOffline, test } from "../support";

/** The wasm files this page has asked for, by bundle. */
function wasmRequests(page: Page) {
  const seen = { reader: 0, advisor: 0 };
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname;
    if (/^\/reader-[0-9a-f]{16}_bg\.wasm$/.test(name)) seen.reader += 1;
    if (/^\/wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/.test(name)) seen.advisor += 1;
  });
  return seen;
}

test("a reader's page loads the reader's bundle only; the advisor loads the advisor's and Back returns", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/dossier");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
  expect(seen).toEqual({ reader: 1, advisor: 0 });

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).click();
  await expect(page).toHaveURL(/\/adviseur$/);
  await expect(page.locator("main h1")).toHaveText("Adviseur");
  await expect(page.getByRole("button", { name: "Begin een nieuw plan" })).toBeVisible();
  expect(seen.advisor).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/dossier$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
});

test("an advisor's page loads the advisor's bundle only; the dossier loads the reader's and Back returns", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/plannen");
  await appReady(page);
  expect(seen).toEqual({ reader: 0, advisor: 1 });
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page).toHaveURL(/\/dossier$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
  expect(seen.reader).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/plannen$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Mijn plannen");
});

test.describe("without a service worker (which keeps every file itself)", () => {
  test.use({ serviceWorkers: "block" });

  test("pointing at the advisor's link fetches the advisor's bundle ahead", async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto("/");
    await appReady(page);
    expect(seen.advisor).toBe(0);
    const ahead = page.waitForRequest((request) => /\/wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
    await ahead;
  });

  test("focusing a link to the plans fetches the advisor's bundle ahead", async ({ page }) => {
    await page.goto("/interventies");
    await appReady(page);
    const ahead = page.waitForRequest((request) => /\/wat-werkt-drugs-[0-9a-f]{16}\.js$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn plannen" }).focus();
    await ahead;
  });

  test("pointing at the dossier's link on an advisor's page fetches the reader's bundle ahead", async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto("/adviseur");
    await appReady(page);
    expect(seen.reader).toBe(0);
    const ahead = page.waitForRequest((request) => /\/reader-[0-9a-f]{16}_bg\.wasm$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).hover();
    await ahead;
  });
});

test("with the service worker in charge nothing is fetched ahead: it keeps every file", async ({ page }) => {
  await installOffline(page);
  const seen = wasmRequests(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
  await page.waitForTimeout(500);
  expect(seen.advisor).toBe(0);
});
