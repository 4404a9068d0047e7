import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { startPlan } from "../advisor";
import { appReady, expect, expectNoAxeViolations, test } from "../support";

/** Starts a plan and answers the municipality; returns the draft's overview URL. */
async function planFor(page: Page, municipality: string) {
  await startPlan(page);
  await page.getByRole("textbox").first().fill(municipality);
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  return page.url().replace(/\/stap\/.*$/, "");
}

const keys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("wwd.concept.")).sort());

test("create, rename, duplicate, delete with undo; opening resumes at the last step", async ({ page }) => {
  await planFor(page, "Eerststad");
  await page.goto("/plannen");
  await appReady(page);
  const first = page.locator(".draft").filter({ hasText: "Drugsbeleid Eerststad" });
  await expect(first).toContainText("1 van 17 vragen beantwoord");
  await expect(first).toContainText("Nog niet opgeslagen als bestand.");
  await first.getByRole("button", { name: "Naam wijzigen" }).click();
  await first.getByLabel("Nieuwe naam").fill("Plan voor de raad");
  await first.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { name: "Plan voor de raad" })).toBeVisible();
  await page.locator(".draft").filter({ hasText: "Plan voor de raad" }).getByRole("button", { name: "Kopie maken" }).click();
  await expect(page.getByRole("heading", { name: "Plan voor de raad (kopie)" })).toBeVisible();
  expect(await keys(page)).toHaveLength(2);

  const copy = page.locator(".draft").filter({ hasText: "Plan voor de raad (kopie)" });
  await copy.getByRole("button", { name: "Verwijderen" }).click();
  await expect(copy.getByText("Weet u zeker dat u “Plan voor de raad (kopie)” wilt verwijderen?")).toBeVisible();
  await copy.getByRole("button", { name: "Ja, verwijder “Plan voor de raad (kopie)”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is verwijderd" })).toBeVisible();
  expect(await keys(page)).toHaveLength(1);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByRole("heading", { name: "Plan voor de raad (kopie)" })).toBeVisible();
  expect(await keys(page)).toHaveLength(2);

  const original = page.locator(".draft", { has: page.getByRole("heading", { name: "Plan voor de raad", exact: true }) });
  await original.getByRole("link", { name: "Verder werken" }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await expectNoAxeViolations(page);
});

test("export a draft and import it again as a copy", async ({ page }) => {
  await planFor(page, "Exportstad");
  await page.goto("/plannen");
  await appReady(page);
  const row = page.locator(".draft").filter({ hasText: "Drugsbeleid Exportstad" });
  const downloading = page.waitForEvent("download");
  await row.getByRole("button", { name: "Exporteren" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wat-werkt-drugs-drugsbeleid-exportstad-.*\.json$/);
  const file = await download.path();
  const json = JSON.parse(readFileSync(file!, "utf8"));
  expect(json.format).toBe("wat-werkt-drugs/export");
  expect(json.drafts[0].data.answers.municipality).toBe("Exportstad");
  await expect(row).toContainText("Laatst opgeslagen als bestand op");
  await page.getByLabel("Importeer een plan uit een bestand").setInputFiles(file!);
  await expect(page.getByRole("status").filter({ hasText: "1 plan geïmporteerd." })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Drugsbeleid Exportstad.*\(kopie\)/ })).toBeVisible();
});

test.describe("bad import files", () => {
  const files: [string, string | Buffer, RegExp][] = [
    ["afgekapt.json", '{"format":"wat-werkt-drugs/export","format_version":1,"drafts":[{"format":"wat-werkt-drugs/con', /beschadigd/],
    ["verkeerd-type.json", '{"format":"wat-werkt-drugs/export","format_version":1,"drafts":[{"format":"wat-werkt-drugs/concept","format_version":1,"id":1,"name":["x"],"revision":"nee","created":"gisteren","updated":0,"exported":null,"data":{}}]}', /beschadigd/],
    ["foto.json", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), /geen export/],
    ["groot.json", "x".repeat(2_100_000), /te groot/],
    ["script.json", '<script>alert("xss")</script><img src=x onerror=alert(1)>', /geen export/],
  ];
  for (const [name, content, message] of files) {
    test(`${name} is refused with a clear message and changes nothing`, async ({ page }) => {
      page.on("dialog", () => {
        throw new Error("a dialog opened");
      });
      await planFor(page, "Blijfstad");
      await page.goto("/plannen");
      await appReady(page);
      const before = await page.evaluate(() => JSON.stringify(localStorage));
      await page.getByLabel("Importeer een plan uit een bestand").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
      const alert = page.getByRole("alert").filter({ hasText: message });
      await expect(alert).toBeVisible();
      await expect(alert).toBeFocused();
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
      await expect(page.locator(".draft")).toHaveCount(1);
    });
  }

  test("a draft with markup in its name stays text after import", async ({ page }) => {
    page.on("dialog", () => {
      throw new Error("a dialog opened");
    });
    await page.goto("/plannen");
    await appReady(page);
    const envelope = {
      format: "wat-werkt-drugs/concept", format_version: 1, id: "x1", name: "<img src=x onerror=alert(1)>", revision: 1,
      created: 1764410700000, updated: 1764410700000, exported: null, data: { answers: { municipality: "<b>Vet</b>" }, named: true },
    };
    await page.getByLabel("Importeer een plan uit een bestand").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(envelope)) });
    await expect(page.getByRole("heading", { name: "<img src=x onerror=alert(1)>" })).toBeVisible();
    await expect(page.locator(".draft img")).toHaveCount(0);
  });
});

test("when storage throws, the app works in memory with a permanent notice and export", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("Blocked", "SecurityError"); } });
  });
  await planFor(page, "Geheugenstad");
  await expect(page.getByText("Uw werk wordt niet bewaard.")).toBeVisible();
  await expect(page.locator(".save-status")).toContainText("Alleen in dit venster");
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await page.getByRole("link", { name: "Mijn plannen" }).click();
  await expect(page.getByText("Uw werk wordt niet bewaard.")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.locator(".draft").getByRole("button", { name: "Exporteren" }).click();
  expect((await downloading).suggestedFilename()).toContain("geheugenstad");
});

test("without storage, a draft lasts as long as the window: the advice's and the plan's pages, other bundles, find it", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("Blocked", "SecurityError"); } });
  });
  const base = await planFor(page, "Vensterstad");
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect(page.locator(".save-status")).toContainText("Alleen in dit venster");
  await page.goto(`${base}/advies`);
  await expect(page.locator("main h1")).toHaveText("Advies voor uw gemeente");
  await expect(page.getByText("Uw werk wordt niet bewaard.")).toBeVisible();
  await page.getByRole("link", { name: "Maak hiermee een beleidsplan" }).click();
  await expect(page.locator("#deel-inleiding")).toContainText("Vensterstad maakt dit drugsbeleid naar aanleiding van: een motie van de gemeenteraad.");
});

test("a full storage keeps the last good copy and says so", async ({ page }) => {
  const overview = await planFor(page, "Volstad");
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  // Fill the rest of the storage, then type more.
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    for (let i = 0; i < 400; i++) {
      try { localStorage.setItem(`vulling-${i}`, chunk); } catch { break; }
    }
    for (let i = 0; i < 2000; i++) {
      try { localStorage.setItem(`vulling-klein-${i}`, "x".repeat(1024)); } catch { break; }
    }
  });
  await page.getByRole("checkbox", { name: "Iets anders" }).check();
  await page.getByRole("textbox").first().fill("x".repeat(5000));
  await expect(page.locator(".save-status")).toContainText("Opslaan mislukt");
  await expect(page.locator(".save-status")).toContainText("De opslag van uw browser is vol.");
  // The stored copy is the last good one; this window still has the new text.
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("wwd.concept."))!;
    return JSON.parse(localStorage.getItem(key)!);
  });
  expect(stored.data.answers.occasion).toEqual(["aanleiding-motie"]);
  await expect(page.getByRole("textbox")).toHaveValue("x".repeat(5000));
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("vulling")).forEach((k) => localStorage.removeItem(k)));
  expect(overview).toContain("/plannen/");
});

test("unreadable and newer data are kept, offered as a download, and other drafts still load", async ({ page }) => {
  await planFor(page, "Goedstad");
  await page.evaluate(() => {
    localStorage.setItem("wwd.concept.kapot", '{"format":"wat-werkt-drugs/concept","format_version":1,"id":"kapot","na');
    localStorage.setItem("wwd.concept.later", JSON.stringify({ format: "wat-werkt-drugs/concept", format_version: 9, id: "later", name: "Uit de toekomst", revision: 3, created: 1, updated: 2, data: { answers: { municipality: "Toekomst" } } }));
  });
  await page.goto("/plannen");
  await appReady(page);
  await expect(page.getByRole("heading", { name: /Drugsbeleid Goedstad/ })).toBeVisible();
  await expect(page.getByText(/Dit plan kan niet worden gelezen/)).toBeVisible();
  await expect(page.getByText(/nieuwere versie van deze tool \(formaatversie 9\)/)).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.locator(".draft--problem").first().getByRole("button", { name: "Download de tekst" }).click();
  const download = await downloading;
  expect(readFileSync((await download.path())!, "utf8")).toContain('"format_version":1,"id":"kapot","na');
  // Opening the newer draft is read-only and never writes.
  await page.goto("/plannen/later/controle");
  await appReady(page);
  await expect(page.locator(".save-status")).toContainText("Alleen lezen");
  await expect(page.getByRole("link", { name: /^Wijzig/ })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("wwd.concept.kapot"))).toBe('{"format":"wat-werkt-drugs/concept","format_version":1,"id":"kapot","na');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem("wwd.concept.later")))!).format_version).toBe(9);
  await expectNoAxeViolations(page);
});

test("two tabs on one draft: changes arrive, and a clash is never overwritten silently", async ({ page, context }) => {
  const overview = await planFor(page, "Tweetabstad");
  const step = `${overview}/stap/aanleiding`;
  const other = await context.newPage();
  await other.goto(step);
  await appReady(other);
  // A change in the first tab shows up in the second (which changed nothing).
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await expect(other.getByRole("checkbox", { name: "Een motie van de gemeenteraad" })).toBeChecked();
  // Both change at nearly the same time. When both changes are made before
  // either tab has saved (within the 300 ms autosave delay), whichever tab
  // saves second must ask, and the first one's save stays in storage. On a
  // loaded machine the second change may come after the first was saved and
  // taken over: then nothing clashes and storage holds both. Either way no
  // change is lost silently.
  await other.getByRole("checkbox", { name: "Iets anders" }).click();
  await page.getByRole("checkbox", { name: "Een landelijke wetswijziging" }).click();
  const clash = (tab: Page) => tab.getByRole("alert").filter({ hasText: "in een ander tabblad of venster gewijzigd" });
  const stored = () =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("wwd.concept."))!;
      return JSON.parse(localStorage.getItem(key)!).data.answers.occasion as string[];
    });
  const both = ["aanleiding-motie", "aanleiding-wetswijziging", "anders"];
  const settled = async () => (await clash(page).count()) + (await clash(other).count()) === 1 || [...(await stored())].sort().join() === [...both].sort().join();
  const state = async () =>
    `stored ${JSON.stringify(await stored())}; this tab: ${await page.locator(".save-status").textContent()}; ` +
    `the other: ${await other.locator(".save-status").textContent()}, "Iets anders" ${await other.getByRole("checkbox", { name: "Iets anders" }).isChecked()}`;
  await expect.poll(settled, { timeout: 15_000 }).toBe(true).catch(async (error) => {
    throw new Error(`${error.message}\n${await state()}`);
  });
  if ((await clash(page).count()) + (await clash(other).count()) === 0) {
    await expect(page.getByRole("checkbox", { name: "Iets anders" })).toBeChecked();
    await expect(other.getByRole("checkbox", { name: "Een landelijke wetswijziging" })).toBeChecked();
    return;
  }
  const [asker, saver] = (await clash(other).count()) === 1 ? [other, page] : [page, other];
  const saved = saver === page ? ["aanleiding-motie", "aanleiding-wetswijziging"] : ["aanleiding-motie", "anders"];
  const asked = saver === page ? "Iets anders" : "Een landelijke wetswijziging";
  await expect(asker.locator(".save-status")).toContainText("kies een versie");
  expect(await stored()).toEqual(saved);
  await asker.getByRole("button", { name: "Bewaar de versie van dit venster" }).click();
  await expect(asker.locator(".save-status")).toContainText("Opgeslagen");
  await expect(saver.getByRole("checkbox", { name: asked })).toBeChecked();
});

test("two tabs at different steps take each other's changes without saving them back and forth", async ({ page, context }) => {
  const overview = await planFor(page, "Rustigstad");
  const other = await context.newPage();
  await other.goto(`${overview}/stap/gemeente`);
  await appReady(other);
  const revision = () =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("wwd.concept."))!;
      return JSON.parse(localStorage.getItem(key)!).revision as number;
    });
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.waitForTimeout(1000);
  const settled = await revision();
  await page.waitForTimeout(2000);
  expect(await revision(), "storage stays as it is while nobody changes anything").toBe(settled);
  // The other tab took the change and kept its own step.
  await expect(other.locator("main h1")).toContainText("Voor welke gemeente");
  await other.getByRole("button", { name: "Volgende stap" }).click();
  await expect(other.getByRole("checkbox", { name: "Een motie van de gemeenteraad" })).toBeChecked();
});

test("the advice page follows changes made in another tab, and never writes", async ({ page, context }) => {
  const overview = await planFor(page, "Volgstad");
  const stored = () => page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith("wwd.concept."))!));
  // The step's own save of where the user is lands first.
  await expect.poll(async () => JSON.parse((await stored())!).data.step).toBe("aanleiding");
  const before = await stored();
  const advice = await context.newPage();
  await advice.goto(`${overview}/advies`);
  await appReady(advice);
  await expect(advice.locator("main h1")).toHaveText("Advies voor uw gemeente");
  await expect(advice.locator(".breadcrumbs")).toContainText("Drugsbeleid Volgstad");
  await advice.waitForTimeout(1000);
  expect(await stored(), "showing the advice changes nothing stored").toBe(before);
  await page.goto(`${overview}/stap/gemeente`);
  await appReady(page);
  await page.getByRole("textbox").first().fill("Nieuwstad");
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await expect(advice.locator(".breadcrumbs")).toContainText("Drugsbeleid Nieuwstad");
  await expect(advice).toHaveTitle(/Advies - Drugsbeleid Nieuwstad/);
});

test("two tabs saving at the same moment: the tab whose save was overwritten asks", async ({ page, context }) => {
  await planFor(page, "Tegelijkstad");
  const stored = () =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("wwd.concept."))!;
      return { key, raw: localStorage.getItem(key)! };
    });
  const occasion = async () => JSON.parse((await stored()).raw).data.answers.occasion as string[] | undefined;
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await expect.poll(occasion).toEqual(["aanleiding-motie"]);
  const base = await stored();
  await page.getByRole("checkbox", { name: "Een landelijke wetswijziging" }).check();
  await expect.poll(occasion).toEqual(["aanleiding-motie", "aanleiding-wetswijziging"]);
  // Another tab saved the same version at the same moment, and its write
  // landed last: the next revision too, but without this tab's change.
  const other = await context.newPage();
  await other.goto("/toegankelijkheid");
  await other.evaluate(({ key, raw }) => {
    const rival = JSON.parse(raw);
    rival.revision += 1;
    rival.lineage = [...(rival.lineage ?? []), "rivaal00"];
    rival.data.answers.occasion.push("anders");
    localStorage.setItem(key, JSON.stringify(rival));
  }, base);
  await expect(page.getByRole("alert").filter({ hasText: "in een ander tabblad of venster gewijzigd" })).toBeVisible();
  await expect(page.locator(".save-status")).toContainText("kies een versie");
  expect(await occasion()).toEqual(["aanleiding-motie", "anders"]);
  await page.getByRole("button", { name: "Bewaar de versie van dit venster" }).click();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  expect(await occasion()).toEqual(["aanleiding-motie", "aanleiding-wetswijziging"]);
});

test("closing the tab right after typing loses nothing", async ({ page, context }) => {
  const overview = await planFor(page, "Snelstad");
  await page.goto(`${overview}/stap/gemeente`);
  await appReady(page);
  const field = page.getByRole("textbox").first();
  await field.fill("Snelstad aan Zee");
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(`${overview}/stap/gemeente`);
  await appReady(again);
  await expect(again.getByRole("textbox").first()).toHaveValue("Snelstad aan Zee");
});

test("the undo of a later delete lasts its own 15 seconds, not what is left of an earlier one", async ({ page }) => {
  await page.clock.install();
  await planFor(page, "Eenstad");
  await planFor(page, "Tweestad");
  await page.goto("/plannen");
  await appReady(page);
  const remove = async (town: string) => {
    const row = page.locator(".draft").filter({ hasText: `Drugsbeleid ${town}` });
    await row.getByRole("button", { name: "Verwijderen" }).click();
    await row.getByRole("button", { name: /^Ja, verwijder/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "is verwijderd" })).toBeVisible();
  };
  await remove("Eenstad");
  await page.clock.runFor(10_000);
  await remove("Tweestad");
  // The first delete's timer ends now; the second's undo stays.
  await page.clock.runFor(8_000);
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(page.getByRole("heading", { name: /^Drugsbeleid Tweestad/ })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByRole("button", { name: "Ongedaan maken" })).toHaveCount(0);
});
