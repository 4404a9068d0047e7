import { answerQuestion, questionHeading, startPlan, submitStep, tabTo, type StepAnswer } from "../advisor";
import { appReady, expect, expectNoAxeViolations, test } from "../support";

/** The common steps a municipality answers the same way, by question. */
function journey(parts: Partial<Record<string, Omit<StepAnswer, "question">>>): StepAnswer[] {
  const steps: [string, Omit<StepAnswer, "question">][] = [
    ["Voor welke gemeente", { text: "Gemeente" }],
    ["Voor welke periode", { years: ["2026", "2029"] }],
    ["Waarom gaat uw gemeente", { check: ["Een motie van de gemeenteraad"] }],
    ["Over welke middelen", {}],
    ["Zijn er coffeeshops", {}],
    ["Op welke leeftijden", {}],
    ["Over welke fase", {}],
    ["Welke kwetsbare groepen", {}],
    ["Welke risicogroepen", {}],
    ["Waar wilt u de doelgroepen bereiken", {}],
    ["Om welke scholen", {}],
    ["Welke zorgen over overlast", {}],
    ["Welke cijfers en onderzoeken", {}],
    ["Welke interventies en programma", {}],
    ["Met wie werkt u al samen", {}],
    ["Waar wilt u met het beleid op inzetten", { check: ["Minder vraag naar drugs, vooral met preventie (vraagbeperking)"] }],
    ["Welke domeinen van de gemeente", {}],
    ["Welk domein heeft de regie", { choose: "Meerdere domeinen samen (gedeelde regie)" }],
    ["Wat bent u zelf al van plan", {}],
  ];
  return steps.map(([question, answer]) => ({ question, ...answer, ...(parts[question] ?? {}) }));
}

/** Answers the questions in order; a page is submitted when the next question is not on it. */
async function complete(page, steps: StepAnswer[]) {
  await startPlan(page);
  for (const [at, step] of steps.entries()) {
    if ((await questionHeading(page, step.question).count()) === 0) continue; // a conditional question that does not apply
    await answerQuestion(page, step);
    const next = steps[at + 1];
    if (!next || (await questionHeading(page, next.question).count()) === 0) await submitStep(page);
  }
  await expect(page.locator("main h1")).toHaveText("Controleer uw antwoorden");
  const advice = page.getByRole("link", { name: "Bekijk het advies" });
  await tabTo(page, advice);
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Advies voor uw gemeente");
}

test.describe("keyboard-only journeys", () => {
  // Fourteen pages by keyboard take 20 to 30 s on two loaded cores.
  test.describe.configure({ timeout: 90_000 });
  test.skip(({ isMobile }) => isMobile, "keyboard journeys run at desktop width");

  test("a nightlife municipality gets the nightlife interventions and harm-reduction advice", async ({ page }) => {
    await complete(page, journey({
      "Voor welke gemeente": { text: "Nachtstad" },
      "Over welke middelen": { check: ["Xtc (ecstasy)", "Cocaïne", "GHB"] },
      "Op welke leeftijden": { check: ["16 en 17 jaar", "18 tot en met 25 jaar (jongvolwassenen)"] },
      "Welke risicogroepen": { check: ["Jongeren die (vaak) uitgaan", "Bezoekers van festivals en dance-evenementen"] },
      "Waar wilt u de doelgroepen bereiken": { check: ["Uitgaansleven"] },
      "Waar wilt u met het beleid op inzetten": { check: ["Minder schade voor mensen die toch drugs gebruiken, bijvoorbeeld door drugs te laten testen (harm reduction)"] },
    }));
    const interventions = page.locator("#interventies").locator("xpath=..");
    for (const name of ["RedAlertApp", "Peer-to-peer educatie (Unity, LOS etc.)", "Drugs Informatie en Monitoring Systeem"]) {
      await expect(interventions.locator(".item__title").getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(page.locator(".advice")).toContainText("chill-out rooms");
    // The summary names offers for the setting; reasons and sources are one key press away.
    const offer = page.locator(".summary-item").filter({ hasText: "Uitgaansleven: bekijk" }).first();
    await expect(offer).toBeVisible();
    const source = offer.getByRole("link", { name: "5.7 Setting: Uitgaansleven", exact: true });
    await expect(source).toBeHidden();
    const fold = offer.locator("summary", { hasText: "Waarom en bron" });
    await tabTo(page, fold);
    await page.keyboard.press("Enter");
    await expect(source).toBeVisible();
    await expect(page).toHaveTitle(/^Advies - Drugsbeleid Nachtstad/);
  });

  test("a school-focused municipality gets school programmes and warnings on what not to do", async ({ page }) => {
    await complete(page, journey({
      "Voor welke gemeente": { text: "Schooldorp" },
      "Op welke leeftijden": { check: ["11 en 12 jaar (eind basisschool en brugklas)", "13 tot en met 15 jaar"] },
      "Waar wilt u de doelgroepen bereiken": { check: ["Voortgezet onderwijs", "Het gezin (ouders/opvoeders)"] },
      "Om welke scholen": { check: ["Regulier voortgezet onderwijs (vmbo, havo, vwo)"] },
      "Wat bent u zelf al van plan": {
        check: [
          "Een gastles over drugs van de politie of de wijkagent in de brugklas",
          "Een les over lachgas in de klas",
        ],
      },
    }));
    const advice = page.locator(".advice");
    await expect(advice.getByRole("link", { name: "Frisse Start (onderdeel van Helder op school)" }).first()).toBeVisible();
    await expect(advice.getByRole("link", { name: "Helder op School" }).first()).toBeVisible();
    const warnings = page.locator("#waarschuwingen").locator("xpath=..");
    await expect(warnings.locator(".item--warning")).toHaveCount(2);
    await expect(warnings).toContainText("Niet doen");
    await expect(warnings).toContainText("politie");
    await expect(warnings).toContainText("lachgas");
    await expect(advice).toContainText("Voorlichting aan leerlingen over blowen gericht op sociale norm");
  });

  test("a municipality with vulnerable youth gets selective and indicated offers", async ({ page }) => {
    await complete(page, journey({
      "Voor welke gemeente": { text: "Zorgstad" },
      "Op welke leeftijden": { check: ["13 tot en met 15 jaar", "16 en 17 jaar"] },
      "Over welke fase": { check: ["Problematisch gebruik"] },
      "Welke kwetsbare groepen": {
        check: ["Mensen met een lichte verstandelijke beperking (LVB)", "Kinderen van ouders met psychische problemen of een verslaving"],
      },
      "Waar wilt u de doelgroepen bereiken": { check: ["Zorg en Sociaal Domein", "Het gezin (ouders/opvoeders)"] },
    }));
    const advice = page.locator(".advice");
    await expect(advice.getByRole("link", { name: "Open & Alert" }).first()).toBeVisible();
    await expect(advice.getByRole("link", { name: "Goed om te weten over…" }).first()).toBeVisible();
    await expect(advice.getByRole("link", { name: "KopOpOuders" }).first()).toBeVisible();
    await expect(advice).toContainText("selectieve preventie");
    await expect(advice).toContainText("geïndiceerde preventie");
  });
});

test("an error shows the summary with focus, and typed input is kept", async ({ page }) => {
  await startPlan(page);
  // Period, on the first page: a wrong year shows an error and keeps what was typed.
  await page.getByLabel("Van (jaar)").fill("20x6");
  await page.getByLabel("Tot en met (jaar)").fill("2029");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is een probleem" })).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Stap 1 van/);
  await expect(page.getByLabel("Van (jaar)")).toHaveValue("20x6");
  await expect(page.getByLabel("Tot en met (jaar)")).toHaveValue("2029");
  await expect(page.getByLabel("Van (jaar)")).toHaveAttribute("aria-describedby", /veld-period_from-fout/);
  await page.getByLabel("Van (jaar)").fill("2026");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await page.getByRole("checkbox", { name: "Iets anders" }).check();
  await page.getByRole("button", { name: "Volgende stap" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Er is een probleem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Stap 2 van/);
  await expect(summary.getByRole("link")).toHaveText("U koos 'Iets anders'. Schrijf op wat u bedoelt.");
  await expect(page.locator(".error-message")).toContainText("U koos 'Iets anders'. Schrijf op wat u bedoelt.");
  await expectNoAxeViolations(page);
  await summary.getByRole("link").click();
  const other = page.getByRole("textbox");
  await expect(other).toBeFocused();
  await other.fill("Signalen van de wijkagent");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Over welke middelen");
});

test("change an answer from the check page and come back to it", async ({ page }) => {
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Wijzigstad");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await page.getByRole("checkbox", { name: "Een landelijke wetswijziging" }).check();
  await page.getByRole("button", { name: "Volgende stap" }).click();
  // Go to the check page via the overview.
  await page.getByRole("link", { name: "Naar het overzicht van alle vragen" }).click();
  await page.getByRole("link", { name: "Controleer uw antwoorden" }).click();
  await expect(page.locator("main h1")).toHaveText("Controleer uw antwoorden");
  await expect(page.locator("main")).toContainText("Een landelijke wetswijziging");
  await expect(page.locator("main")).toContainText("Niet ingevuld");
  await page.getByRole("link", { name: /^Wijzig aanleiding/i }).click();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await expect(page.getByRole("checkbox", { name: "Een landelijke wetswijziging" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await page.getByRole("button", { name: "Naar overzicht" }).click();
  await expect(page.locator("main h1")).toHaveText("Controleer uw antwoorden");
  await expect(page.locator("main")).toContainText("Een motie van de gemeenteraad");
});

test("a reload mid-flow keeps the step and the answers", async ({ page }) => {
  await startPlan(page);
  await page.getByRole("textbox").first().fill("Herlaadstad");
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" }).check();
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Over welke middelen");
  await page.getByRole("checkbox", { name: "Lachgas" }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.reload();
  await appReady(page);
  await expect(page.locator("main h1")).toContainText("Over welke middelen");
  await expect(page.getByRole("checkbox", { name: "Lachgas" })).toBeChecked();
  await page.goBack();
  await expect(page.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await expect(page.getByRole("checkbox", { name: "Een motie van de gemeenteraad" })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("textbox").first()).toHaveValue("Herlaadstad");
});

test("a question that applies appears on the page it shares, and the page count stays", async ({ page }) => {
  await startPlan(page);
  await expect(page.locator(".step-caption")).toContainText("Stap 1 van 14");
  await page.goto(page.url().replace("/stap/gemeente", "/stap/plekken"));
  await appReady(page);
  await expect(questionHeading(page, "Om welke scholen")).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Voortgezet onderwijs" }).check();
  await expect(page.locator("main h2", { hasText: "Om welke scholen" })).toBeVisible();
  await expect(page.locator(".step-caption")).toContainText("van 14");
  await page.getByRole("checkbox", { name: "Mbo", exact: true }).check();
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page.locator("main h1")).toContainText("Welke zorgen over overlast");
});

test("every step and the advice page pass axe", async ({ page }) => {
  test.setTimeout(120_000);
  await startPlan(page);
  const url = page.url();
  // Make the conditional school step apply, then visit every step.
  await page.goto(url.replace("/stap/gemeente", "/stap/plekken"));
  await appReady(page);
  await page.getByRole("checkbox", { name: "Voortgezet onderwijs" }).check();
  await page.goto(url);
  await appReady(page);
  for (let i = 0; i < 14; i++) {
    await expectNoAxeViolations(page);
    const details = page.locator("details.read-more");
    for (let at = 0; at < (await details.count()); at++) await details.nth(at).locator("summary").click();
    if (await details.count()) await expectNoAxeViolations(page);
    const next = page.getByRole("link", { name: "Naar het overzicht van alle vragen" });
    await expect(next).toBeVisible();
    const heading = await page.locator("main h1").textContent();
    await page.evaluate(() => (document.querySelector(".step-form button[type=submit]") as HTMLButtonElement).click());
    await page.waitForTimeout(100);
    if ((await page.locator("main h1").textContent()) === heading) {
      // A required question: answer its first option and go on.
      const open = page.locator(".question--error");
      for (let at = 0; at < (await open.count()); at++) await open.nth(at).locator(".choices input").first().check();
      await page.evaluate(() => (document.querySelector(".step-form button[type=submit]") as HTMLButtonElement).click());
    }
    if ((await page.locator("main h1").textContent()) === "Controleer uw antwoorden") break;
  }
  await expect(page.locator("main h1")).toHaveText("Controleer uw antwoorden");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Bekijk het advies" }).click();
  await expect(page.locator("main h1")).toHaveText("Advies voor uw gemeente");
  await expectNoAxeViolations(page);
  await page.goto(url.replace(/\/stap\/.*$/, ""));
  await appReady(page);
  await expectNoAxeViolations(page);
});

test("the printed advice shows every folded reason and source, and the page folds them again after", async ({ page }) => {
  await startPlan(page);
  const id = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/plannen/${id}/advies`);
  await appReady(page);
  const folds = page.locator(".advice details.more");
  expect(await folds.count()).toBeGreaterThan(10);
  await expect(folds.first().locator(".sources")).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.locator(".advice details.more:not([open])")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(folds.first().locator(".sources")).toBeVisible();
  await expect(folds.first().locator("summary")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.locator(".advice details.more[open]")).toHaveCount(0);
});
