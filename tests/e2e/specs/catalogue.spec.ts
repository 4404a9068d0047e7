import { appReady, expect, expectNoAxeViolations, test } from "../support";

const cardTitles = (page) => page.locator(".result-list").first().locator(".result-card__title");

test("all 31 interventions are listed without filters", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  await expect(page.getByRole("status")).toContainText("Alle 31 interventies");
  await expect(cardTitles(page)).toHaveCount(31);
  await expectNoAxeViolations(page);
});

test("filtering by setting and level shows the expected interventions, and the URL keeps it", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  await page.getByRole("group", { name: "Setting" }).getByLabel("Uitgaansleven").check();
  await page.getByRole("group", { name: "Niveau van preventie" }).getByLabel("selectieve preventie (S)").check();
  await expect(cardTitles(page)).toHaveText(["Leidraad evenementen voor gemeenten", "Festival Onliners"]);
  await expect(page).toHaveURL(/\/interventies\?setting=uitgaansleven&niveau=s$/);
  await expect(page.getByRole("status")).toHaveText("2 van de 31 interventies.");
  // Share the URL: a fresh page shows the same view.
  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  await appReady(page);
  await expect(cardTitles(page)).toHaveText(["Leidraad evenementen voor gemeenten", "Festival Onliners"]);
  await expect(page.getByRole("group", { name: "Setting" }).getByLabel("Uitgaansleven")).toBeChecked();
  await page.reload();
  await appReady(page);
  await expect(cardTitles(page)).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test("the age filter works without dragging and keeps rows without an age", async ({ page }) => {
  await page.goto("/interventies?setting=voortgezet-onderwijs");
  await appReady(page);
  await page.getByLabel("Leeftijd van de doelgroep").selectOption("16");
  await expect(page).toHaveURL(/leeftijd=16/);
  // Samen Fris is for 13-15; Frisse Start states no age; Samen slagen is 12-18.
  const titles = cardTitles(page);
  await expect(titles).not.toContainText(["Samen Fris"]);
  await expect(titles.filter({ hasText: "Frisse Start" })).toHaveCount(1);
  await expect(titles.filter({ hasText: "Samen slagen" })).toHaveCount(1);
});

test("recognition and text filters narrow the list; clear-all resets", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  await page.getByRole("group", { name: "Erkenning" }).getByLabel("Effectief: goede aanwijzingen").check();
  await expect(cardTitles(page)).toHaveText(["Voorzorg", "Moti-4", "Jellinek online zelfhulp"]);
  await page.getByLabel("Zoek in naam en beschrijving").fill("zelfhulp");
  await expect(cardTitles(page)).toHaveText(["Jellinek online zelfhulp"]);
  await page.getByRole("link", { name: "Wis alle filters" }).first().click();
  await expect(cardTitles(page)).toHaveCount(31);
  await expect(page).toHaveURL(/\/interventies$/);
});

test("a filter combination without results says what to do", async ({ page }) => {
  await page.goto("/interventies?setting=gezin&niveau=hr&erkenning=goed-onderbouwd");
  await appReady(page);
  await expect(page.getByRole("status")).toHaveText("Geen resultaten met deze filters.");
  await expect(page.locator(".empty-state")).toContainText("Zet een filter uit");
  await expectNoAxeViolations(page);
});

test("an intervention page shows its row, its place in the dossier and what works", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  await page.getByRole("link", { name: "RedAlertApp" }).click();
  await expect(page.locator("main h1")).toHaveText("RedAlertApp");
  await expect(page).toHaveTitle("RedAlertApp - Interventies - Wat werkt bij drugspreventie");
  const facts = page.locator(".facts--page");
  await expect(facts).toContainText("App die waarschuwt als er gevaarlijke drugs in omloop zijn.");
  await expect(facts).toContainText("Goed beschreven");
  await expect(facts).toContainText("16-25 jaar");
  await facts.getByRole("link", { name: /Tabel 6/ }).click();
  await expect(page).toHaveURL(/\/dossier\/tabel-6$/);
  await expect(page.getByRole("table", { name: /Tabel 6/ })).toBeInViewport();
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Wat werkt in deze setting" })).toBeVisible();
  await expect(page.locator(".what-works")).toContainText("chill-out rooms");
  await expect(page.getByRole("heading", { name: "Verwante interventies" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a programme has its own page", async ({ page }) => {
  await page.goto("/interventies/oko");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Opgroeien in een Kansrijke Omgeving (OKO)");
  await expect(page.locator(".facts--page")).toContainText("integraal preventiemodel");
  await expectNoAxeViolations(page);
});

test("an unknown intervention shows the not-found page", async ({ page }) => {
  await page.goto("/interventies/bestaat-niet");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Pagina niet gevonden");
});
