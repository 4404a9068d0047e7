import { appReady, expect, expectNoAxeViolations, test } from "../support";

test("embed mode shows compact chrome without the site header and footer", async ({ page }) => {
  await page.goto("/?embed=1");
  await appReady(page);
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.locator(".site-footer")).toHaveCount(0);
  await expect(page.locator(".embed-header")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("embed mode is remembered while navigating and on reload", async ({ page }) => {
  await page.goto("/?embed=1");
  await appReady(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toHaveText("Dossier");
  await expect(page.locator(".site-header")).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.locator(".embed-header")).toBeVisible();
  await expect(page.locator(".site-header")).toHaveCount(0);
});

test("embed mode does not assume a full viewport height", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 2000 });
  await page.goto("/zoeken?embed=1");
  await appReady(page);
  const height = await page.evaluate(() => document.querySelector(".app")!.getBoundingClientRect().height);
  expect(height).toBeLessThan(1500);
});

test("without the flag the app shows its full chrome", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.locator(".site-header")).toBeVisible();
  await expect(page.locator(".embed-header")).toHaveCount(0);
});
