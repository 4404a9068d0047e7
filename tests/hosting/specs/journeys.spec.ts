import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { appReady, expect, installOffline, test } from "../../e2e/support";

const HOST_PAGE = readFileSync(new URL("../../e2e/host/index.html", import.meta.url), "utf8");
const PRODUCTION_HOST = "https://www.loketgezondleven.nl";
const OTHER_HOST = "https://www.andere-gemeente.example";

/** Answers every request to `origin` with the test host page, which embeds the app with embed.js. */
async function serveHostPage(page: Page, origin: string) {
  await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: HOST_PAGE }));
}

test("the app renders with no console error or CSP violation", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Wat werkt bij drugspreventie");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(page.locator("main h1")).toHaveText("Dossier");
});

test("a deep link loads and reloads", async ({ page }) => {
  await page.goto("/dossier/5-7-uitgaansleven");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "5.7 Setting: Uitgaansleven" })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { name: "5.7 Setting: Uitgaansleven" })).toBeVisible();
});

test("after one visit the app works offline, deep links included", async ({ page, context }) => {
  await installOffline(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.goto("/zoeken?q=cannabis");
  await appReady(page);
  await expect(page.locator(".search-result").first()).toBeVisible();
});

test("embedded in the production host's page, the frame follows the content's height", async ({ page, baseURL }) => {
  await serveHostPage(page, PRODUCTION_HOST);
  await page.goto(`${PRODUCTION_HOST}/gezondheidsthema/drugs?app=${encodeURIComponent(baseURL!)}&pad=/dossier`);
  const frame = page.frameLocator("#tool iframe");
  await expect(frame.locator("main h1")).toHaveText("Dossier");
  // Only an allowed host gets height messages: the frame grows past its initial height.
  await expect.poll(() => page.locator("#tool iframe").evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1500);
});

test("a host page that frame-ancestors does not list cannot frame the app", async ({ page, baseURL, problems }) => {
  await serveHostPage(page, OTHER_HOST);
  await page.goto(`${OTHER_HOST}/?app=${encodeURIComponent(baseURL!)}&pad=/`);
  await expect(page.locator("#tool iframe")).toBeAttached();
  await expect.poll(() => problems.some((p) => p.includes('Content Security Policy directive: "frame-ancestors'))).toBe(true);
  // The refusal is the expected outcome, not a problem.
  problems.splice(0, problems.length);
});
