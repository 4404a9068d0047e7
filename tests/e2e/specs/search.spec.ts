import { appReady, expect, expectNoAxeViolations, test } from "../support";

test("searching 'cocaine' finds cocaïne and opens the right section", async ({ page }) => {
  await page.goto("/zoeken");
  await appReady(page);
  await page.getByLabel("Zoek in het dossier en de interventies").fill("cocaine");
  await expect(page.getByRole("status")).toHaveText("3 resultaten voor “cocaine”.");
  await expect(page).toHaveURL(/\/zoeken\?q=cocaine$/);
  const first = page.locator(".search-result").first();
  await expect(first.locator("mark").first()).toHaveText(/cocaïne/i);
  await page.getByRole("link", { name: "Drugs - Indeling naar werking" }).click();
  await expect(page).toHaveURL(/\/dossier\/drugs-indeling-naar-werking$/);
  await expect(page.locator("#drugs-indeling-naar-werking")).toBeInViewport();
  await expect(page.locator("#drugs-indeling-naar-werking")).toContainText("Cocaïne en amfetamine");
});

test("keyboard only: the / shortcut, arrow keys through results, Enter opens", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard test");
  await page.goto("/dossier");
  await appReady(page);
  await page.keyboard.press("/");
  const input = page.getByLabel("Zoek in het dossier en de interventies");
  await expect(input).toBeFocused();
  await page.keyboard.type("selectieve preventie");
  await expect(page.getByRole("status")).toContainText("resultaten voor “selectieve preventie”");
  await page.keyboard.press("ArrowDown");
  const links = page.locator(".search-result__link");
  await expect(links.first()).toBeFocused();
  await expect(links.first()).toHaveText("4.4.2 Selectieve preventie");
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(input).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dossier\/4-4-2-selectieve-preventie$/);
  await expect(page.getByRole("heading", { name: "4.4.2 Selectieve preventie" })).toBeFocused();
});

test("a misspelt word is corrected: 'Bedoelde u' and the results of the word meant", async ({ page }) => {
  await page.goto("/zoeken?q=cocaiene");
  await appReady(page);
  await expect(page.getByRole("status")).toHaveText("3 resultaten voor “cocaiene”.");
  await expect(page.locator(".search-note").first()).toContainText("Bedoelde u: cocaïne?");
  await expect(page.locator(".search-result mark").first()).toHaveText(/cocaïne/i);
  await page.getByRole("link", { name: "cocaïne", exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=coca%C3%AFne$/);
  await expect(page.getByRole("status")).toHaveText("3 resultaten voor “cocaïne”.");
  await expect(page.locator(".search-note")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("questions and phrases find pages by their meaningful words, and the synonyms searched are said", async ({ page }) => {
  await page.goto("/zoeken?q=kinderen%20van%20verslaafde%20ouders");
  await appReady(page);
  await expect(page.locator(".search-result__link").first()).toHaveAttribute("href", "/interventies/kopp");
  await expect(page.locator(".search-note")).toContainText("Ook gezocht op: kopp, kvo, kov, ouders met verslavingsproblemen");
  await page.getByLabel("Zoek in het dossier en de interventies").fill("nachtleven");
  await expect(page.getByRole("status")).toContainText("resultaten voor “nachtleven”");
  await expect(page.locator(".search-note")).toHaveText("Ook gezocht op: nightlife, uitgaansleven.");
  await expect(page.locator('.search-results a[href^="/dossier/5-7-"]').first()).toBeVisible();
  await page.getByLabel("Zoek in het dossier en de interventies").fill("drugstest");
  await expect(page.locator('.search-results a[href="/dossier/6-3-3-harm-reduction"]')).toBeVisible();
});

test("results per kind: each filter has its count and keeps the query in the address", async ({ page }) => {
  await page.goto("/zoeken?q=festival");
  await appReady(page);
  const kinds = page.getByRole("navigation", { name: "Soort resultaat" });
  await expect(kinds.getByRole("link", { name: /^Alles \(\d+\)$/ })).toHaveAttribute("aria-current", "true");
  const interventions = kinds.getByRole("link", { name: /^Interventies \(\d+\)$/ });
  const count = Number((await interventions.innerText()).match(/\((\d+)\)/)![1]);
  expect(count).toBeGreaterThan(1);
  await interventions.click();
  await expect(page).toHaveURL(/\/zoeken\?q=festival&soort=interventies$/);
  await expect(kinds.getByRole("link", { name: /^Interventies/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("status")).toHaveText(`${count} resultaten bij interventies voor “festival”.`);
  const links = page.locator(".search-result__link");
  await expect(links).toHaveCount(count);
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/interventies\//);
  }
  await expectNoAxeViolations(page);
  await page.getByLabel("Zoek in het dossier en de interventies").fill("festivals");
  await expect(page).toHaveURL(/\/zoeken\?q=festivals&soort=interventies$/);
});

test("a section's other matching places are listed under its result", async ({ page }) => {
  await page.goto("/zoeken?q=wat%20werkt%20niet");
  await appReady(page);
  const also = page.locator(".search-result__also").first();
  await expect(also).toContainText("Ook hier:");
  await expect(also.getByRole("link").first()).toHaveAttribute("href", /^\/dossier\//);
});

test("no results lead to the contents and the catalogue", async ({ page }) => {
  await page.goto("/zoeken?q=xyzzyq");
  await appReady(page);
  await expect(page.getByRole("status")).toHaveText("Geen resultaten voor “xyzzyq”.");
  await expect(page.getByRole("navigation", { name: "Soort resultaat" })).toHaveCount(0);
  await page.getByRole("link", { name: "lachgas", exact: true }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=lachgas$/);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.goBack();
  await page.getByRole("link", { name: "inhoudsopgave van het dossier" }).click();
  await expect(page).toHaveURL(/\/dossier$/);
});

test("word forms, prefixes and several words", async ({ page }) => {
  await page.goto("/zoeken?q=preven");
  await appReady(page);
  await expect(page.locator(".search-result mark").first()).toHaveText(/^[Pp]revent/);
  await page.goto("/zoeken?q=geindiceerd%20jongvolwassenen");
  await appReady(page);
  await expect(page.locator(".search-result__link").first()).toHaveText(/Tabel|5\.4|Geïndiceerd|Moti|Wat werkt/);
  await expect(page.locator(".search-result mark").filter({ hasText: /geïndiceerd/i }).first()).toBeVisible();
});

test("interventions are found by name", async ({ page }) => {
  await page.goto("/zoeken?q=moti-4");
  await appReady(page);
  const first = page.locator(".search-result").first();
  await expect(first.locator(".search-result__link")).toHaveText("Moti-4");
  await expect(first).toContainText("Interventie");
  await first.locator(".search-result__link").click();
  await expect(page.locator("main h1")).toHaveText("Moti-4");
});

test("the search page with results passes axe", async ({ page }) => {
  await page.goto("/zoeken?q=ouders");
  await appReady(page);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("leaving the search page right after a keystroke keeps the app working", async ({ page }) => {
  await page.goto("/zoeken");
  await appReady(page);
  // Type, let the typing effect run (it starts the results' settle timer),
  // then leave before that timer fires.
  await page.evaluate(async () => {
    const input = document.getElementById("zoekterm") as HTMLInputElement;
    input.value = "preventie";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    (document.querySelector('nav[aria-label="Hoofdmenu"] a[href="/dossier"]') as HTMLElement).click();
  });
  await expect(page.locator("main h1")).toHaveText("Dossier");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interventies" }).click();
  await expect(page.locator("main h1")).toHaveText("Interventies");
  await page.goBack();
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Zoeken");
  await expect(page.getByLabel("Zoek in het dossier en de interventies")).toHaveValue("preventie");
});
