import { appReady, expect, expectNoAxeViolations, test } from "../support";

const routes = [
  { path: "/", heading: "Wat werkt bij drugspreventie", title: "Wat werkt bij drugspreventie" },
  { path: "/dossier", heading: "Dossier", title: "Dossier - Wat werkt bij drugspreventie" },
  { path: "/interventies", heading: "Interventies", title: "Interventies - Wat werkt bij drugspreventie" },
  { path: "/zoeken", heading: "Zoeken", title: "Zoeken - Wat werkt bij drugspreventie" },
  { path: "/adviseur", heading: "Adviseur", title: "Adviseur - Wat werkt bij drugspreventie" },
  { path: "/plannen", heading: "Mijn plannen", title: "Mijn plannen - Wat werkt bij drugspreventie" },
  { path: "/toegankelijkheid", heading: "Toegankelijkheidsverklaring", title: "Toegankelijkheid - Wat werkt bij drugspreventie" },
];

for (const route of routes) {
  test(`${route.path} renders with its own heading and title, and passes axe`, async ({ page }) => {
    await page.goto(route.path);
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.locator("main h1")).toHaveText(route.heading);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(route.title);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Trimbos-instituut");
    await expectNoAxeViolations(page);
  });
}

test("the main navigation leads to every main route and marks the current one", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  // [link, heading, whether focus moves to the heading]: it does after a
  // navigation in the browser. A page complete without the app (home, the
  // dossier) loads the next page, and so do the hand-overs between
  // bundles (the reader's, the advisor's, Mijn plannen's); there focus
  // starts at the top as on any load.
  for (const [label, heading, focusMoves] of [
    ["Dossier", "Dossier", false],
    ["Interventies", "Interventies", false],
    ["Zoeken", "Zoeken", true],
    ["Adviseur", "Adviseur", false],
    ["Mijn plannen", "Mijn plannen", false],
  ] as const) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page.locator("main h1")).toHaveText(heading);
    // Before the app has taken over the catalogue its links load pages too.
    await appReady(page);
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
    if (focusMoves) await expect(page.locator("main h1")).toBeFocused();
    else await expect(page.locator("main h1")).not.toBeFocused();
  }
});

test("a deep link survives a reload", async ({ page }) => {
  await page.goto("/interventies");
  await appReady(page);
  await page.reload();
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Interventies");
});

test("an unknown path shows the not-found page", async ({ page }) => {
  await page.goto("/bestaat/niet");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Pagina niet gevonden");
  await expect(page).toHaveTitle("Pagina niet gevonden - Wat werkt bij drugspreventie");
  await expect(page.locator("main")).toContainText("/bestaat/niet");
  await page.getByRole("link", { name: "Ga naar de startpagina" }).click();
  await expect(page.locator("main h1")).toHaveText("Wat werkt bij drugspreventie");
  await expectNoAxeViolations(page);
});

test("the skip link is the first tab stop and moves focus to the main content", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard test");
  await page.goto("/");
  await appReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the home page leads to the three uses", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const main = page.getByRole("main");
  await main.getByRole("link", { name: "Lees het dossier" }).click();
  await expect(page).toHaveURL(/\/dossier$/);
  await page.goBack();
  await main.getByRole("link", { name: "Zoek interventies" }).click();
  await expect(page).toHaveURL(/\/interventies$/);
  await page.goBack();
  await main.getByRole("link", { name: "Maak een plan" }).click();
  await expect(page).toHaveURL(/\/adviseur$/);
});
