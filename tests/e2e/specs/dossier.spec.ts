import { appReady, expect, expectNoAxeViolations, test } from "../support";

const chapters = [
  "/dossier/1-inleiding",
  "/dossier/2-drugs-en-drugsgebruik",
  "/dossier/3-epidemiologie",
  "/dossier/4-drugspreventie",
  "/dossier/5-effectieve-drugspreventie",
  "/dossier/6-aan-de-slag",
];

test("the contents lead to a deep section, which survives a reload", async ({ page }) => {
  await page.goto("/dossier");
  await appReady(page);
  const toc = page.getByRole("navigation", { name: "Inhoudsopgave" });
  await expect(toc.getByRole("heading", { name: "Deel 2: Wat werkt?" })).toBeVisible();
  await toc.getByRole("link", { name: "5.3 Setting: Voortgezet onderwijs" }).click();
  await expect(page).toHaveURL(/\/dossier\/5-3-voortgezet-onderwijs$/);
  await expect(page.locator("main h1")).toHaveText("5 Effectieve Drugspreventie");
  const section = page.getByRole("heading", { name: "5.3 Setting: Voortgezet onderwijs", level: 2 });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  await expect(page).toHaveTitle("5.3 Setting: Voortgezet onderwijs - 5 Effectieve Drugspreventie - Dossier - Wat werkt bij drugspreventie");
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { name: "5.3 Setting: Voortgezet onderwijs", level: 2 })).toBeInViewport();
});

test("a subsection and a list item have their own URL", async ({ page }) => {
  await page.goto("/dossier/4-4-2-selectieve-preventie");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "4.4.2 Selectieve preventie" })).toBeInViewport();
  await page.goto("/dossier/hbsc");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("3 Epidemiologie: cijfers en monitoring");
  await expect(page.locator("li#hbsc")).toBeInViewport();
  await expect(page.locator("li#hbsc")).toContainText("Een nationaal en vierjaarlijks onderzoek onder jongeren tussen de 12 en 16 jaar");
});

test("every heading links to its own URL", async ({ page }) => {
  await page.goto("/dossier/2-drugs-en-drugsgebruik");
  await appReady(page);
  const anchor = page.getByRole("link", { name: "Link naar dit onderdeel: 2.3 Fasen van gebruik" });
  await expect(anchor).toHaveAttribute("href", "/dossier/2-3-fasen-van-gebruik");
  await anchor.click();
  await expect(page).toHaveURL(/\/dossier\/2-3-fasen-van-gebruik$/);
  await expect(page.getByRole("heading", { name: "2.3 Fasen van gebruik" })).toBeFocused();
});

test("chapters have breadcrumbs, an in-chapter list and previous/next", async ({ page }) => {
  await page.goto("/dossier/3-epidemiologie");
  await appReady(page);
  const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "Dossier", "Deel 1: Drugsgebruik en drugspreventie"]);
  const inChapter = page.getByRole("navigation", { name: "In dit hoofdstuk" });
  await expect(inChapter.getByRole("link")).toHaveText([
    "3.1 Het belang van epidemiologie voor drugsbeleid",
    "3.2 Landelijke monitors en onderzoek",
    "3.3 Lokale monitors en onderzoek",
  ]);
  const pager = page.getByRole("navigation", { name: "Vorig en volgend hoofdstuk" });
  await pager.getByRole("link", { name: /Volgend hoofdstuk/ }).click();
  await expect(page.locator("main h1")).toHaveText("4 Drugspreventie");
  await pager.getByRole("link", { name: /Vorig hoofdstuk/ }).click();
  await expect(page.locator("main h1")).toHaveText("3 Epidemiologie: cijfers en monitoring");
});

test("tables are real tables with a caption, header cells and the level legend", async ({ page }) => {
  await page.goto("/dossier/tabel-6");
  await appReady(page);
  const table = page.getByRole("table", { name: /Tabel 6: Erkende en niet-erkende interventies voor de Uitgaanssetting/ });
  await expect(table).toBeInViewport();
  await expect(table.getByRole("columnheader")).toHaveText(["Naam", "Korte beschrijving", "Doelgroep en setting", "Erkend als", "Niveau"]);
  await expect(table.getByRole("rowheader")).toHaveCount(7);
  await expect(table.getByRole("rowheader").first()).toContainText("Website Drugs en Uitgaan");
  await expect(page.getByRole("list", { name: "Niveaus van preventie" }).first()).toContainText("HR = harm-reduction");
});

test("external links open safely in a new window and say so", async ({ page }) => {
  await page.goto("/dossier/2-1-de-wetgeving");
  await appReady(page);
  const link = page.getByRole("link", { name: /^Opiumwet \(externe website, opent in een nieuw venster\)$/ });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
});

test("footnotes link to their note and back", async ({ page }) => {
  await page.goto("/dossier/6-2-1-opdrachtgever");
  await appReady(page);
  await page.getByRole("link", { name: "voetnoot 2", exact: true }).click();
  await expect(page.locator("#voetnoot-2")).toBeFocused();
  await expect(page.locator("#voetnoot-2")).toContainText("Preventie in de Wet publieke gezondheid");
  await page.locator("#voetnoot-2").getByRole("link", { name: /Terug naar de tekst/ }).click();
  await expect(page.locator("#voetnoot-verwijzing-2")).toBeFocused();
});

test("figures 3 and 4 are drawn from the text", async ({ page }) => {
  await page.goto("/dossier/figuur-3");
  await appReady(page);
  const pillars = page.getByRole("list", { name: "Pijlers" });
  await expect(pillars.getByRole("link")).toHaveText(["Vraagbeperking", "Aanbodbeperking", "Harm-reduction"]);
  await page.goto("/dossier/figuur-4");
  await appReady(page);
  await expect(page.locator("#figuur-4 .cycle__step")).toHaveText([
    "Stap 1 Agendasetting",
    "Stap 2 Mobilisatie",
    "Stap 3 Maak een plan en voer uit",
    "Stap 4 Evaluatie en stel bij",
  ]);
});

test("an unknown section shows the not-found page", async ({ page }) => {
  await page.goto("/dossier/9-9-bestaat-niet");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Pagina niet gevonden");
});

test("printing a chapter shows the text without navigation, links spelled out", async ({ page }) => {
  await page.goto("/dossier/2-drugs-en-drugsgebruik");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Kruimelpad" })).toBeHidden();
  await expect(page.locator("main h1")).toBeVisible();
  const after = await page
    .locator("a.external")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

for (const chapter of chapters) {
  test(`${chapter} passes axe`, async ({ page }) => {
    await page.goto(chapter);
    await appReady(page);
    await expectNoAxeViolations(page);
  });
}

test("the contents page passes axe", async ({ page }) => {
  await page.goto("/dossier");
  await appReady(page);
  await expectNoAxeViolations(page);
});
