import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { startPlan } from "../advisor";
import { appReady, expect, expectNoAxeViolations, test } from "../support";

/** Reads the entries of a ZIP archive (stored or deflated) by its central directory. */
function unzip(buffer: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, "end of central directory").toBeGreaterThan(0);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(data, data + size);
    entries.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString("utf8"));
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

/** Answers the period question of the draft at `base`. */
async function setPeriod(page: Page, base: string, from: string, to: string) {
  await page.goto(`${base}/stap/gemeente`);
  await appReady(page);
  await page.getByLabel("Van (jaar)").fill(from);
  await page.getByLabel("Tot en met (jaar)").fill(to);
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
}

/** A nightlife draft with a few answers; returns its overview URL. */
async function nightlifeDraft(page: Page) {
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Nachtstad");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  const base = page.url().replace(/\/stap\/.*$/, "");
  for (const [step, labels] of [
    ["aanleiding", ["Een motie van de gemeenteraad"]],
    ["leeftijden", ["18 tot en met 25 jaar (jongvolwassenen)"]],
    ["plekken", ["Uitgaansleven"]],
    ["pijlers", ["Minder schade voor mensen die toch drugs gebruiken, bijvoorbeeld door drugs te laten testen (harm reduction)"]],
  ] as const) {
    await page.goto(`${base}/stap/${step}`);
    await appReady(page);
    for (const label of labels) await page.getByRole("checkbox", { name: label, exact: true }).check();
  }
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  return base;
}

test("the plan has the Modelplan's parts, with the dossier's guidance and suggestions", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Beleidsplan");
  await expect(page.locator(".plan-part h2")).toHaveText([
    "Bestuurlijke samenvatting", "1 Inleiding", "2 Beleidsfocus", "3 Beschrijving lokale situatie", "4 Doelen en prioriteiten", "5 Acties", "6 Evaluatie en bijsturing",
  ]);
  await expect(page.locator("#deel-inleiding")).toContainText("Nachtstad maakt dit drugsbeleid naar aanleiding van: een motie van de gemeenteraad.");
  await expect(page.locator("#deel-acties")).toContainText("RedAlertApp");
  await expect(page.locator("#deel-inleiding .tag")).toHaveText("Suggestie");
  await page.locator("#deel-beleidsfocus summary").click();
  await expect(page.locator("#deel-beleidsfocus .guidance")).toContainText("Wanneer zijn drugs een probleem? Voor wie?");
  await expectNoAxeViolations(page);
});

test("an edited part is kept after a reload, and new answers never overwrite it", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-inleiding");
  await part.getByRole("button", { name: "Bewerk dit deel: Inleiding" }).click();
  const field = part.getByLabel("Tekst van Inleiding");
  await field.fill("## Aanleiding\n\nDe raad vroeg om een plan.\n\n- Eerste punt\n- Tweede punt <b>geen html</b>");
  await part.getByRole("button", { name: "Klaar met bewerken: Inleiding" }).click();
  await expect(part.locator(".plan-text--current ul li")).toHaveText(["Eerste punt", "Tweede punt <b>geen html</b>"]);
  await expect(part.locator(".tag")).toHaveText("Eigen tekst");
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.reload();
  await appReady(page);
  await expect(page.locator("#deel-inleiding .plan-text--current")).toContainText("De raad vroeg om een plan.");
  // Change an answer the suggestion uses: the text stays, a notice offers the new suggestion.
  await page.goto(`${base}/stap/aanleiding`);
  await appReady(page);
  await page.getByRole("checkbox", { name: "Een landelijke wetswijziging" }).check();
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const again = page.locator("#deel-inleiding");
  await expect(again.locator(".plan-text--current")).toContainText("De raad vroeg om een plan.");
  await expect(again.getByText("Uw antwoorden zijn veranderd sinds u deze tekst schreef.")).toBeVisible();
  await again.getByRole("button", { name: "Bekijk de nieuwe suggestie" }).click();
  await expect(again.locator(".plan-text--new")).toContainText("landelijke wetswijziging");
  await again.getByRole("button", { name: "Vervang mijn tekst door de suggestie" }).click();
  await again.getByRole("button", { name: "Nee, houd mijn tekst" }).click();
  await expect(again.locator(".plan-text--current")).toContainText("De raad vroeg om een plan.");
});

test("the user chooses the interventions in Acties and adds their own", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const acties = page.locator("#deel-acties");
  const dims = acties.getByRole("checkbox", { name: "Drugs Informatie en Monitoring Systeem" });
  await expect(dims).toBeChecked();
  await dims.uncheck();
  await expect(acties.locator(".plan-text--current")).not.toContainText("Drugs Informatie en Monitoring Systeem");
  await acties.getByLabel("Eigen acties (optioneel)").fill("Wijkgesprekken met horeca");
  await expect(acties.locator(".plan-text--current")).toContainText("Wijkgesprekken met horeca");
});

test("the Word file is a valid document with the user's text", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-doelen");
  await part.getByRole("button", { name: "Bewerk dit deel: Doelen en prioriteiten" }).click();
  await part.getByLabel("Tekst van Doelen en prioriteiten").fill("## Gewenste situatie\n\nMinder drugsincidenten in het uitgaansleven & meer veiligheid.\n\n- Subdoel één\n- Subdoel twee");
  await part.getByRole("button", { name: /Klaar met bewerken/ }).click();
  // A figure makes a real table in the Word file.
  const local = page.locator("#deel-lokale-situatie");
  await local.getByRole("button", { name: "Cijfer toevoegen" }).click();
  await local.getByLabel("Wat meet het cijfer?").fill("Uitgaanders die xtc gebruikten");
  await local.getByLabel("Cijfer in uw gemeente").fill("18,5");
  await local.getByLabel("Cijfer in Nederland (optioneel)").fill("9");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download als Word (.docx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^beleidsplan-drugsbeleid-nachtstad-.*\.docx$/);
  const file = (await download.path())!;
  const dir = mkdtempSync(join(tmpdir(), "docx-"));
  const parts = unzip(readFileSync(file));
  expect([...parts.keys()]).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml"]));
  const xml = parts.get("word/document.xml")!;
  expect(xml).toContain('<w:pStyle w:val="Title"/>');
  expect(xml).toContain("Lokaal drugsbeleid Nachtstad");
  expect(xml).toContain("Minder drugsincidenten in het uitgaansleven &amp; meer veiligheid.");
  expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(8);
  expect(xml).toContain('<w:numId w:val="1"/>');
  expect([...parts.keys()]).toEqual(expect.arrayContaining(["word/header1.xml", "word/footer1.xml"]));
  expect(xml).toContain("<w:titlePg/>");
  expect(xml).toContain(" TOC ");
  expect(xml).toContain('<w:highlight w:val="yellow"/>');
  // LibreOffice (installed by scripts/setup.sh) opens it: as text, and as a PDF of several A4 pages.
  // Its own profile per run: two soffice processes on one profile fail (the phone and desktop runs overlap).
  const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), "lo-profile-"))}`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "txt:Text", "--outdir", dir, file], { timeout: 120_000 });
  const text = readFileSync(join(dir, file.split("/").pop()!.replace(/(\.docx)?$/, ".txt")), "utf8");
  expect(text).toContain("Minder drugsincidenten in het uitgaansleven & meer veiligheid.");
  expect(text).toContain("5 Acties");
  expect(text).toContain("Inhoud");
  expect(xml).toContain("<w:tbl>");
  expect(text).toContain("Uitgaanders die xtc gebruikten");
  expect(text).toContain("18,5%");
  execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 120_000 });
  const pdf = readFileSync(join(dir, file.split("/").pop()!.replace(/(\.docx)?$/, ".pdf"))).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(4);
  expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595/);
});

test("the Markdown download holds the plan", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download als Markdown" }).click();
  const text = readFileSync((await (await downloading).path())!, "utf8");
  expect(text).toMatch(/^# Lokaal drugsbeleid Nachtstad\n/);
  expect(text).toContain("## 5 Acties");
});

test("the print view is a clean document with a title page, contents and sources", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan/afdrukken`);
  await appReady(page);
  await expect(page.locator(".title-page h1")).toHaveText("Lokaal drugsbeleid Nachtstad");
  await expect(page.locator(".print-contents li")).toHaveCount(8);
  await expect(page.locator(".print-part--own-page h2")).toHaveText("Bestuurlijke samenvatting");
  await expect(page.locator(".print-part h2").last()).toHaveText("Bronnen");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test("copying puts the plan on the clipboard", async ({ page, context, isMobile }) => {
  test.skip(isMobile, "clipboard permissions are set for the desktop run");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  await page.getByRole("button", { name: "Kopieer de tekst" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De tekst is gekopieerd." })).toBeVisible();
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return await (await items[0].getType("text/html")).text();
  });
  expect(html).toContain("<h1>Lokaal drugsbeleid Nachtstad</h1>");
  expect(html).toContain("<h2>5 Acties</h2>");
});

test("the editor counts the open places and links to each part that has them", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const open = page.locator(".open-places");
  await expect(open.locator("strong")).toHaveText(/^Nog \d+ open plekken$/);
  const before = Number((await open.locator("strong").textContent())!.match(/\d+/)![0]);
  await open.getByRole("link", { name: "1 Inleiding" }).click();
  await expect(page).toHaveURL(/#deel-inleiding$/);
  // Writing the part without brackets lowers the count.
  const part = page.locator("#deel-inleiding");
  await part.getByRole("button", { name: "Bewerk dit deel: Inleiding" }).click();
  await part.getByLabel("Tekst van Inleiding").fill("De raad vroeg om een plan.");
  await expect(open.locator("strong")).not.toHaveText(`Nog ${before} open plekken`);
  await expect(open.getByRole("link", { name: "1 Inleiding" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("local figures: a message next to a wrong field, then a sentence, a table and a chart; removal can be undone", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-lokale-situatie");
  await part.getByRole("button", { name: "Cijfer toevoegen" }).click();
  const indicator = part.getByLabel("Wat meet het cijfer?");
  await expect(indicator).toBeFocused();
  await page.keyboard.type("Uitgaanders die xtc gebruikten");
  await part.getByLabel("Cijfer in uw gemeente").fill("acht");
  const value = part.getByLabel("Cijfer in uw gemeente");
  await expect(part.locator(".error-message")).toContainText("Dit is geen getal. Schrijf bijvoorbeeld 8,5.");
  await expect(value).toHaveAttribute("aria-describedby", /cijfer-0-waarde-fout/);
  await expect(value).toHaveValue("acht");
  await value.fill("18,5");
  await part.getByLabel("Jaar").fill("2024");
  await part.getByLabel("Cijfer in Nederland (optioneel)").fill("9");
  await part.getByLabel("Bron", { exact: true }).fill("Grote Uitgaansonderzoek");
  await expect(part.locator(".error-message")).toHaveCount(0);
  const text = part.locator(".plan-text--current");
  await expect(text).toContainText("Uitgaanders die xtc gebruikten: 18,5% in 2024. In Nederland: 9%. Bron: Grote Uitgaansonderzoek.");
  await expect(part.locator(".chart")).toContainText("18,5%");
  await expectNoAxeViolations(page);
  // The print view has the table.
  await page.goto(`${base}/beleidsplan/afdrukken`);
  await appReady(page);
  await expect(page.locator("table.plan-table", { hasText: "De cijfers op een rij" })).toContainText("Uitgaanders die xtc gebruikten");
  await page.goBack();
  await appReady(page);
  await part.getByRole("button", { name: "Verwijder cijfer 1" }).click();
  await expect(part.getByLabel("Wat meet het cijfer?")).toHaveCount(0);
  await part.getByRole("button", { name: "Zet het cijfer terug" }).click();
  await expect(part.getByLabel("Wat meet het cijfer?")).toHaveValue("Uitgaanders die xtc gebruikten");
});

test("a measurable goal: checked against the plan's period, then a SMART subgoal and a line in the evaluation", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await setPeriod(page, base, "2026", "2029");
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-doelen");
  await part.getByRole("button", { name: "Meetbaar doel toevoegen" }).click();
  await expect(part.getByLabel("Wat meet u?")).toBeFocused();
  await page.keyboard.type("Bezoekers met een drugsincident");
  await part.getByLabel("Nu (nulmeting)").fill("12");
  await part.getByLabel("Doel", { exact: true }).fill("8");
  await part.getByLabel("Eenheid").fill("per festival");
  await part.getByLabel("In het jaar").fill("2031");
  await expect(part.locator(".error-message")).toContainText("Kies een jaar in de periode van het plan: 2026 tot en met 2029.");
  await part.getByLabel("In het jaar").fill("2029");
  await part.getByLabel("Meetmoment (optioneel)").fill("Na elk festivalseizoen");
  await expect(part.locator(".error-message")).toHaveCount(0);
  await expect(part.locator(".plan-text--current")).toContainText("Bezoekers met een drugsincident: van 12 per festival naar 8 per festival in 2029.");
  await expectNoAxeViolations(page);
  await page.goto(`${base}/beleidsplan/afdrukken`);
  await appReady(page);
  await expect(page.locator("table.plan-table", { hasText: "Meetmoment" })).toContainText("Na elk festivalseizoen");
});

test("who carries out an action, when and with what money: the text names the party, the print has the money and the timeline", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await setPeriod(page, base, "2026", "2029");
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-acties");
  await part.getByRole("button", { name: "Uitvoering van een actie toevoegen" }).click();
  await expect(part.getByLabel("Welke actie?")).toBeFocused();
  await page.keyboard.type("Drugs Informatie en Monitoring Systeem");
  await part.getByLabel("Trekker", { exact: true }).fill("Tactus");
  await part.getByLabel("Van (jaar)").fill("2026");
  await part.getByLabel("Tot en met (jaar)").fill("2025");
  await expect(part.locator(".error-message")).toContainText("Kies een jaar in de periode van het plan: 2026 tot en met 2029.");
  await part.getByLabel("Tot en met (jaar)").fill("2027");
  await part.getByLabel("Budget per jaar in euro (optioneel)").fill("12.500");
  await part.getByLabel("Hoe en wanneer rapporteert de trekker? (optioneel)").fill("Een jaarverslag in maart");
  // A goal that is not among the measurable goals gets a message next to the field.
  await part.getByLabel("Voor welk meetbaar doel? (optioneel)").fill("Minder incidenten");
  await expect(part.locator(".error-message")).toContainText("Dit doel staat niet bij de meetbare doelen.");
  await part.getByLabel("Voor welk meetbaar doel? (optioneel)").fill("");
  await expect(part.locator(".rows .error-message")).toHaveCount(0);
  await expect(part.locator(".plan-text--current")).toContainText("Uitvoering: Tactus, van 2026 tot en met 2027. Verantwoording: Een jaarverslag in maart.");
  // The tables the plan gets, drawn under the editor: money per pillar and the timeline.
  await expect(part.locator(".plan-preview table", { hasText: "Harm-reduction" })).toContainText("€ 25.000");
  await expect(part.locator(".plan-preview .plan-table__on")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.goto(`${base}/beleidsplan/afdrukken`);
  await appReady(page);
  await expect(page.locator("table.plan-table", { hasText: "Totaal" })).toContainText("€ 25.000");
  await expect(page.locator("table.plan-table", { hasText: "Tijdpad" })).toContainText("●");
});

test("the plan's context fills the Kaders and the summary asks the college for a decision", async ({ page }) => {
  const base = await nightlifeDraft(page);
  await page.goto(`${base}/beleidsplan`);
  await appReady(page);
  const part = page.locator("#deel-inleiding");
  await part.getByLabel("Lokaal preventieakkoord").check();
  await part.getByLabel("Regionale samenwerking").fill("GGD Gelderland-Zuid");
  await part.getByLabel("Budget per jaar voor dit plan, in euro").fill("veel");
  await expect(part.locator(".error-message")).toContainText("Vul een bedrag in euro's in");
  await part.getByLabel("Budget per jaar voor dit plan, in euro").fill("40.000");
  await expect(part.locator(".error-message")).toHaveCount(0);
  await part.getByLabel("Het college van B&W").check();
  await part.getByLabel("Wanneer moet het plan klaar zijn?").fill("1 maart 2027");
  await expect(part.locator(".plan-text--current")).toContainText("Afspraken en plannen die er al zijn: Lokaal preventieakkoord.");
  await expect(part.locator(".plan-text--current")).toContainText("Regionale samenwerking: GGD Gelderland-Zuid.");
  const summary = page.locator("#deel-samenvatting");
  await expect(summary.locator("h2")).toHaveText("Bestuurlijke samenvatting");
  await expect(summary).toContainText("Het college van B&W: stel dit plan vast en stel de middelen beschikbaar.");
  await expect(summary).toContainText("Graag een besluit vóór 1 maart 2027.");
  await expect(summary).toContainText("Beschikbaar is € 40.000 per jaar.");
  await expectNoAxeViolations(page);
  // Kept after a reload.
  await page.reload();
  await appReady(page);
  await expect(page.locator("#deel-inleiding").getByLabel("Lokaal preventieakkoord")).toBeChecked();
  await expect(page.locator("#deel-inleiding").getByLabel("Budget per jaar voor dit plan, in euro")).toHaveValue("40.000");
});

test("an example plan imports; its evaluation copy is compared with it: what is new, gone or changed", async ({ page }) => {
  await page.goto("/plannen");
  await appReady(page);
  await page.getByLabel("Importeer een plan uit een bestand").setInputFiles("../examples/plannen/school-scholenstad.json");
  await expect(page.getByRole("status").filter({ hasText: "1 plan geïmporteerd." })).toBeVisible();
  await page.getByRole("link", { name: "Voorbeeld: drugsbeleid Scholenstad (school)" }).click();
  await appReady(page);
  await page.goto(page.url().replace(/\/plannen\/([^/]+).*$/, "/plannen/$1/beleidsplan"));
  await appReady(page);
  await expect(page.locator("#deel-samenvatting")).toContainText("Wat we vragen");
  // Its Word file opens in LibreOffice with the summary, the matrix, the money and the timeline.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download als Word (.docx)" }).click();
  const file = (await (await downloading).path())!;
  const dir = mkdtempSync(join(tmpdir(), "docx-"));
  const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), "lo-profile-"))}`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "txt:Text", "--outdir", dir, file], { timeout: 120_000 });
  const text = readFileSync(join(dir, file.split("/").pop()!.replace(/(\.docx)?$/, ".txt")), "utf8");
  for (const expected of ["Bestuurlijke samenvatting", "Graag een besluit vóór 1 december 2024.", "Preventiematrix", "Wat het plan per jaar kost", "€ 133.000", "Tijdpad", "De doelen en hoe we ze meten"]) {
    expect(text).toContain(expected);
  }
  await page.getByRole("button", { name: "Kopie maken voor de evaluatie" }).click();
  await expect(page.locator(".evaluation")).toContainText("Dit is de kopie voor de evaluatie van “Voorbeeld: drugsbeleid Scholenstad (school)”.");
  await expect(page.locator("main h1")).toHaveText("Beleidsplan");
  // The copy's figures change: a new measurement, a goal dropped, an action added.
  await page.locator("#cijfer-0-waarde").fill("8,9");
  await page.getByRole("button", { name: "Verwijder doel 2" }).click();
  await page.getByRole("button", { name: "Uitvoering van een actie toevoegen" }).click();
  // The new row's first field takes the focus in the next frame.
  await expect(page.locator("input[id^='uitvoering-'][id$='-actie']:focus")).toHaveCount(1);
  await page.keyboard.type("Ouderavond over lachgas");
  await expect(page.locator("input[id^='uitvoering-'][id$='-actie']:focus")).toHaveValue("Ouderavond over lachgas");
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.getByRole("link", { name: "Versies vergelijken" }).click();
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Versies vergelijken");
  await expect(page.getByLabel("Vergelijk met")).toHaveValue(/.+/);
  const figures = page.locator("table", { hasText: "Scholieren in klas 2 en 4 die ooit blowden" }).first();
  await expect(figures.locator("tr", { hasText: "ooit blowden" }).first()).toContainText("Gewijzigd");
  await expect(figures).toContainText("Cijfer in uw gemeente: 9,5 → 8,9");
  await expect(page.locator("tr", { hasText: "Scholen voor voortgezet onderwijs die werken met Helder op School" }).first()).toContainText("Vervallen");
  await expect(page.locator("tr", { hasText: "Ouderavond over lachgas" })).toContainText("Nieuw");
  await expect(page.locator("tr", { hasText: "Helder op School" }).last()).toContainText("Ongewijzigd");
  await expectNoAxeViolations(page);
  // The comparison has its own address: it opens again as it was.
  await page.reload();
  await appReady(page);
  await expect(page.locator("tr", { hasText: "Ouderavond over lachgas" })).toContainText("Nieuw");
});
