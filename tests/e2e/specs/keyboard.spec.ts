import { startPlan, tabTo } from "../advisor";
import { appReady, expect, test } from "../support";

test.skip(({ isMobile }) => isMobile, "keyboard journeys run at desktop width");

test("catalogue filters by keyboard", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  const setting = page.getByRole("checkbox", { name: "Hoger onderwijs" });
  await tabTo(page, setting);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/setting=hoger-onderwijs/);
  const age = page.getByLabel("Leeftijd van de doelgroep");
  await tabTo(page, age);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/leeftijd=11/);
  await expect(page.getByRole("status")).toContainText("van de 31 interventies");
  const first = page.locator(".result-list").first().getByRole("link").first();
  await tabTo(page, first);
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toBeFocused();
});

test("reading the dossier by keyboard: contents to section and back", async ({ page }) => {
  await page.goto("/dossier");
  await appReady(page);
  const link = page.getByRole("link", { name: "4.2.1 Kwetsbare groepen" });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "4.2.1 Kwetsbare groepen" })).toBeFocused();
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Dossier");
});

test("drafts by keyboard: rename and delete with undo", async ({ page }) => {
  await startPlan(page);
  await page.goto("/plannen");
  await appReady(page);
  await tabTo(page, page.getByRole("button", { name: "Naam wijzigen" }));
  await page.keyboard.press("Enter");
  const name = page.getByLabel("Nieuwe naam");
  await tabTo(page, name);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Toetsenbordplan");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Toetsenbordplan" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Verwijderen" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Ja, verwijder “Toetsenbordplan”" }));
  await page.keyboard.press("Enter");
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  await tabTo(page, undo);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Toetsenbordplan" })).toBeVisible();
});

test("editing and exporting the plan by keyboard", async ({ page }) => {
  await startPlan(page);
  const draft = page.url().replace(/\/stap\/.*$/, "");
  await page.goto(`${draft}/beleidsplan`);
  await appReady(page);
  await tabTo(page, page.getByRole("button", { name: "Bewerk dit deel: Doelen en prioriteiten" }));
  await page.keyboard.press("Enter");
  const field = page.getByLabel("Tekst van Doelen en prioriteiten");
  await tabTo(page, field);
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\n\nMet het toetsenbord toegevoegd.");
  await tabTo(page, page.getByRole("button", { name: "Klaar met bewerken: Doelen en prioriteiten" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("#deel-doelen .plan-text--current")).toContainText("Met het toetsenbord toegevoegd.");
  const downloading = page.waitForEvent("download");
  await tabTo(page, page.getByRole("button", { name: "Download als Word (.docx)" }));
  await page.keyboard.press("Enter");
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
});

test("the plan's context, figures, goals and actions by keyboard", async ({ page }) => {
  await startPlan(page);
  const draft = page.url().replace(/\/stap\/.*$/, "");
  await page.goto(`${draft}/beleidsplan`);
  await appReady(page);
  const agreement = page.getByLabel("Lokaal preventieakkoord");
  await tabTo(page, agreement);
  await page.keyboard.press("Space");
  await expect(agreement).toBeChecked();
  // Each "add" button puts the focus in the new row's first field; Tab goes on to the next.
  await tabTo(page, page.getByRole("button", { name: "Cijfer toevoegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Wat meet het cijfer?")).toBeFocused();
  await page.keyboard.type("Scholieren die ooit blowden");
  await page.keyboard.press("Tab");
  await page.keyboard.type("8,5");
  await tabTo(page, page.getByRole("button", { name: "Meetbaar doel toevoegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Wat meet u?")).toBeFocused();
  await page.keyboard.type("Scholieren die ooit blowden");
  for (const value of ["8,5", "7"]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(value);
  }
  await tabTo(page, page.getByLabel("In het jaar"));
  await page.keyboard.type("2028");
  await tabTo(page, page.getByRole("button", { name: "Uitvoering van een actie toevoegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Welke actie?")).toBeFocused();
  await page.keyboard.type("Ouderavond over blowen");
  await page.keyboard.press("Tab");
  await page.keyboard.type("GGD");
  await tabTo(page, page.getByLabel("Voor welk meetbaar doel? (optioneel)"));
  await page.keyboard.type("Scholieren die ooit blowden");
  await expect(page.locator(".rows .error-message")).toHaveCount(0);
  await expect(page.locator("#deel-doelen .plan-text--current")).toContainText("Scholieren die ooit blowden: van 8,5% naar 7% in 2028.");
  const summary = page.locator("#deel-samenvatting .plan-text--current");
  await expect(summary).toContainText("Scholieren die ooit blowden: 8,5%.");
  await expect(summary).toContainText("Ouderavond over blowen: GGD");
  await expect(page.locator("#deel-inleiding .plan-text--current")).toContainText("Afspraken en plannen die er al zijn: Lokaal preventieakkoord.");
});
