import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { startPlan } from "../advisor";
import { appReady, expect, expectNoAxeViolations, test } from "../support";

// Safari deletes a site's storage after seven days without a visit: "Mijn
// plannen" shows what is in a file, reminds to back up old changes, and asks
// the browser to keep the drafts.

const DAY = 86_400_000;

/** Stores a draft as the app writes it: content last changed `daysAgo`, never saved to a file. */
async function seedDraft(page: Page, id: string, municipality: string, daysAgo: number) {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(
    ({ id, municipality, changed }) => {
      const envelope = {
        format: "wat-werkt-drugs/concept", format_version: 1, id, name: "", revision: 3,
        created: changed - 86_400_000, updated: changed, exported: null, changed, unexported_since: changed,
        data: { answers: { municipality }, step: "aanleiding", visited: ["gemeente"] },
      };
      localStorage.setItem(`wwd.concept.${id}`, JSON.stringify(envelope));
    },
    { id, municipality, changed: Date.now() - daysAgo * DAY },
  );
}

const row = (page: Page, municipality: string) => page.locator(".draft").filter({ hasText: `Drugsbeleid ${municipality}` });

test("an old change in no file: a calm reminder that stays closed, then the export shows", async ({ page }) => {
  await seedDraft(page, "oud", "Oudstad", 5);
  await seedDraft(page, "vers", "Versstad", 1);
  await page.goto("/plannen");
  await appReady(page);
  const old = row(page, "Oudstad");
  await expect(old).toContainText("Nog niet opgeslagen als bestand.");
  const reminder = old.locator(".backup-reminder");
  await expect(reminder).toContainText("Tijd voor een reservekopie");
  await expect(reminder).toContainText("U hebt dit plan sinds");
  await expect(row(page, "Versstad").locator(".backup-reminder")).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await reminder.getByRole("button", { name: "Sluiten" }).click();
  await expect(reminder).toHaveCount(0);
  await expect(old.getByRole("link", { name: "Drugsbeleid Oudstad" })).toBeFocused();
  await page.reload();
  await appReady(page);
  await expect(old).toBeVisible();
  await expect(old.locator(".backup-reminder")).toHaveCount(0);

  const downloading = page.waitForEvent("download");
  await old.getByRole("button", { name: "Exporteren" }).click();
  const json = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
  expect(json.drafts[0].exported).toBe(json.exported);
  expect(json.drafts[0].unexported_since).toBeNull();
  await expect(old).toContainText(/Laatst opgeslagen als bestand op \d+ \w+ \d{4} om \d\d:\d\d\. Alle wijzigingen staan in dat bestand\./);
});

test("the reminder's download button saves the backup in one step", async ({ page }) => {
  await seedDraft(page, "knop", "Knopstad", 4);
  await page.goto("/plannen");
  await appReady(page);
  const draft = row(page, "Knopstad");
  const downloading = page.waitForEvent("download");
  await draft.getByRole("button", { name: "Download een reservekopie" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^wat-werkt-drugs-drugsbeleid-knopstad-.*\.json$/);
  await expect(draft.locator(".backup-reminder")).toHaveCount(0);
  await expect(draft).toContainText("Alle wijzigingen staan in dat bestand.");
});

test("a change after the export is shown as in no file; restoring the file is one step", async ({ page }) => {
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Wisselstad");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  const step = page.url();
  await page.goto("/plannen");
  await appReady(page);
  const downloading = page.waitForEvent("download");
  await row(page, "Wisselstad").getByRole("button", { name: "Exporteren" }).click();
  const file = (await (await downloading).path())!;
  await expect(row(page, "Wisselstad")).toContainText("Alle wijzigingen staan in dat bestand.");

  // Only moving through the questions is no change; ticking an answer is.
  await page.goto(step.replace(/aanleiding$/, "gemeente"));
  await appReady(page);
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await page.goto("/plannen");
  await appReady(page);
  await expect(row(page, "Wisselstad")).toContainText("Alle wijzigingen staan in dat bestand.");
  await page.goto(step);
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.getByRole("link", { name: "Mijn plannen" }).click();
  await expect(row(page, "Wisselstad").first()).toContainText("Wat u daarna hebt gewijzigd, staat nog niet in een bestand.");

  await page.getByLabel("Importeer een plan uit een bestand").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "1 plan geïmporteerd." })).toBeVisible();
  const restored = page.locator(".draft").filter({ hasText: "(kopie)" });
  await expect(restored).toContainText("Laatst opgeslagen als bestand op");
  await expect(restored).toContainText("Alle wijzigingen staan in dat bestand.");
});

test.describe("the browser's answer to keeping the drafts", () => {
  const cases: [string, string, RegExp][] = [
    ["granted", "StorageManager.prototype.persisted = () => Promise.resolve(true);", /heeft beloofd uw plannen te bewaren/],
    ["refused", "StorageManager.prototype.persisted = () => Promise.resolve(false); StorageManager.prototype.persist = () => Promise.resolve(false);", /Deze browser kan uw plannen zelf wissen/],
    ["failed", "StorageManager.prototype.persisted = () => Promise.reject(new Error('nee')); StorageManager.prototype.persist = () => Promise.reject(new Error('nee'));", /Deze browser kan uw plannen zelf wissen/],
    ["not offered", "delete StorageManager.prototype.persist;", /Browsers kunnen opgeslagen plannen zelf wissen/],
  ];
  for (const [name, script, text] of cases) {
    test(`${name}: said calmly on Mijn plannen`, async ({ page }) => {
      await page.addInitScript(script);
      await seedDraft(page, "vraag", "Vraagstad", 0);
      await page.goto("/plannen");
      await appReady(page);
      await expect(page.locator(".storage-note")).toHaveText(text);
      await expect(page.locator(".storage-note")).toHaveCount(1);
    });
  }
});
