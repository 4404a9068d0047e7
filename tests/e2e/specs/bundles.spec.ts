import type { Page } from "@playwright/test";
import { startPlan } from "../advisor";
import { appReady, expect, installOffline, test } from "../support";

/** Each bundle's wasm file, by the name the post-build hook gives it. */
const WASM = {
  reader: /^\/reader-[0-9a-f]{16}_bg\.wasm$/,
  advisor: /^\/wat-werkt-drugs-[0-9a-f]{16}_bg\.wasm$/,
  drafts: /^\/drafts-[0-9a-f]{16}_bg\.wasm$/,
  advice: /^\/advice-[0-9a-f]{16}_bg\.wasm$/,
  plan: /^\/plan-[0-9a-f]{16}_bg\.wasm$/,
};

/** Resolves when this page asks for `bundle`'s wasm file. */
const wasmRequest = (page: Page, bundle: keyof typeof WASM) =>
  page.waitForRequest((request) => WASM[bundle].test(new URL(request.url()).pathname));

/** The wasm files this page has asked for, by bundle. */
function wasmRequests(page: Page) {
  const seen = { reader: 0, advisor: 0, drafts: 0, advice: 0, plan: 0 };
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname;
    for (const bundle of Object.keys(WASM) as (keyof typeof WASM)[]) if (WASM[bundle].test(name)) seen[bundle] += 1;
  });
  return seen;
}

/** Starts a draft for `municipality` and returns its address (/plannen/<id>). */
async function newDraft(page: Page, municipality = "") {
  await startPlan(page);
  await page.getByRole("textbox").first().fill(municipality);
  await page.getByRole("button", { name: "Volgende stap" }).click();
  await expect(page).toHaveURL(/\/stap\//);
  return page.url().replace(/\/stap\/.*$/, "");
}

test("a reading page with nothing to operate loads no bundle, the catalogue the reader's only; the advisor loads the advisor's and Back returns", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/dossier");
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Dossier");
  expect(seen).toEqual({ reader: 0, advisor: 0, drafts: 0, advice: 0, plan: 0 });

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interventies" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-app", "hydrated");
  expect(seen).toEqual({ reader: 1, advisor: 0, drafts: 0, advice: 0, plan: 0 });

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).click();
  await expect(page).toHaveURL(/\/adviseur$/);
  await expect(page.locator("main h1")).toHaveText("Adviseur");
  await expect(page.getByRole("button", { name: "Begin een nieuw plan" })).toBeVisible();
  expect(seen.advisor).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/interventies$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Interventies");
});

test("Mijn plannen loads its own bundle only, a draft from there the advisor's; the catalogue loads the reader's and Back returns", async ({ page }) => {
  const seen = wasmRequests(page);
  const base = await newDraft(page, "Lijststad");
  const advisor = seen.advisor;
  await page.goto("/plannen");
  await appReady(page);
  // (The reader's, and Mijn plannen's own, may also have been fetched ahead
  // from the advisor's page: the pointer rests where its button was, and its
  // menu links to Mijn plannen. Counted once or twice, never not at all.)
  expect(seen).toMatchObject({ advisor, advice: 0, plan: 0 });
  expect(seen.drafts).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Verder werken" }).click();
  await expect(page).toHaveURL(new RegExp(`^${base}/`));
  await appReady(page);
  await expect(page.getByRole("button", { name: "Volgende stap" })).toBeVisible();
  expect(seen.advisor).toBe(advisor + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/plannen$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Mijn plannen");
  expect(seen).toMatchObject({ advice: 0, plan: 0 });
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interventies" }).click();
  await expect(page).toHaveURL(/\/interventies$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Interventies");
  expect(seen.reader).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/plannen$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Mijn plannen");
});

test("the check page loads the advice's bundle, the advice the plan's for the plan's text, and Back returns each time", async ({ page }) => {
  const seen = wasmRequests(page);
  const base = await newDraft(page, "Bundelstad");
  await page.goto(`${base}/stap/aanleiding`);
  await appReady(page);
  await page.getByRole("checkbox", { name: "Een motie van de gemeenteraad", exact: true }).check();
  await expect(page.locator(".save-status")).toContainText("Opgeslagen");
  await page.goto(`${base}/controle`);
  await appReady(page);
  expect(seen.advice + seen.plan).toBe(0);
  await page.getByRole("link", { name: "Bekijk het advies" }).click();
  await expect(page).toHaveURL(/\/advies$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Advies voor uw gemeente");
  expect(seen).toMatchObject({ advice: 1, plan: 0 });
  await page.getByRole("link", { name: "Maak hiermee een beleidsplan" }).click();
  await expect(page).toHaveURL(/\/beleidsplan$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Beleidsplan");
  await expect(page.locator("#deel-inleiding")).toContainText("Bundelstad maakt dit drugsbeleid naar aanleiding van: een motie van de gemeenteraad.");
  expect(seen).toMatchObject({ advice: 1, plan: 1 });

  await page.goBack();
  await expect(page).toHaveURL(/\/advies$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Advies voor uw gemeente");
  await page.goBack();
  await expect(page).toHaveURL(/\/controle$/);
  await appReady(page);
  await expect(page.locator("main h1")).toHaveText("Controleer uw antwoorden");
});

test("an unknown address of a draft is not found in the advisor's, the advice's or the plan's bundle, without loading again", async ({ page }) => {
  const base = await newDraft(page);
  for (const [address, bundle] of [[`${base}/onbekend`, "advisor"], [`${base}/advies/onbekend`, "advice"], [`${base}/beleidsplan/onbekend`, "plan"]] as const) {
    const seen = wasmRequests(page);
    await page.goto(address);
    await appReady(page);
    await expect(page.locator("main h1")).toHaveText("Pagina niet gevonden");
    await page.waitForTimeout(300);
    expect(seen, address).toEqual({ reader: 0, advisor: 0, drafts: 0, advice: 0, plan: 0, [bundle]: 1 });
  }
});

test.describe("without a service worker (which keeps every file itself)", () => {
  test.use({ serviceWorkers: "block" });

  test("pointing at the advisor's link fetches the advisor's bundle ahead", async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto("/");
    await appReady(page);
    expect(seen.advisor).toBe(0);
    const ahead = wasmRequest(page, "advisor");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
    await ahead;
  });

  test("focusing a link to the plans fetches Mijn plannen's bundle ahead", async ({ page }) => {
    await page.goto("/interventies");
    await appReady(page);
    const ahead = page.waitForRequest((request) => /\/drafts-[0-9a-f]{16}\.js$/.test(request.url()));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn plannen" }).focus();
    await ahead;
  });

  test("pointing at the dossier's link on an advisor's page fetches the reader's bundle ahead", async ({ page }) => {
    const seen = wasmRequests(page);
    await page.goto("/adviseur");
    await appReady(page);
    expect(seen.reader).toBe(0);
    const ahead = wasmRequest(page, "reader");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).hover();
    await ahead;
  });

  test("focusing the link to the advice fetches the advice's bundle ahead", async ({ page }) => {
    await page.goto(`${await newDraft(page)}/controle`);
    await appReady(page);
    const ahead = wasmRequest(page, "advice");
    await page.getByRole("link", { name: "Bekijk het advies" }).focus();
    await ahead;
  });
});

test("with the service worker in charge nothing is fetched ahead: it keeps every file", async ({ page }) => {
  await installOffline(page);
  const seen = wasmRequests(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Adviseur" }).hover();
  await page.waitForTimeout(500);
  expect(seen.advisor).toBe(0);
});
