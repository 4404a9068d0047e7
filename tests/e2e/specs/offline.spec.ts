import { readFileSync } from "node:fs";
import { APP } from "../playwright.config";
import { startPlan } from "../advisor";
import { appReady, expect, installOffline, test } from "../support";

test("after one visit the whole app works offline: read, search, fill in, export", async ({ page, context }) => {
  await installOffline(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Wat werkt bij drugspreventie");
  await page.goto("/dossier/5-7-uitgaansleven");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "5.7 Setting: Uitgaansleven" })).toBeVisible();
  await page.goto("/zoeken?q=cannabis");
  await appReady(page);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Offlinestad");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator(".save-status")).toContainText(/Opgeslagen|Opslaan/);
  await page.getByRole("link", { name: "Mijn plannen" }).click();
  const downloading = page.waitForEvent("download");
  await page.locator(".draft").getByRole("button", { name: "Exporteren" }).click();
  const file = await (await downloading).path();
  expect(JSON.parse(readFileSync(file!, "utf8")).drafts[0].data.answers.municipality).toBe("Offlinestad");
});

test("a new version is offered and taken without losing the open draft", async ({ page, context }) => {
  await installOffline(page);
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Updatestad");
  // A new release appears on the server.
  await context.addCookies([{ name: "wwd-test-sw-bump", value: "2", url: APP }]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const banner = page.getByRole("status").filter({ hasText: "Er is een nieuwe versie van deze tool." });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("textbox").first()).toHaveValue("Updatestad");
  await Promise.all([page.waitForEvent("load", { timeout: 20_000 }), banner.getByRole("button", { name: "Nu bijwerken" }).click()]);
  await appReady(page);
  await expect(page.getByRole("textbox").first()).toHaveValue("Updatestad");
  await expect(banner).toHaveCount(0);
});
