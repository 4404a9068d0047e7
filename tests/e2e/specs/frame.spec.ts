import type { Frame, Page } from "@playwright/test";
import { APP, HOST, OTHER_HOST } from "../playwright.config";
import { appReady, expect, expectNoAxeViolations, test } from "../support";

/** Opens the test host page embedding the app at `path`; returns the app's frame. */
async function openHost(page: Page, path: string, extra = ""): Promise<Frame> {
  await page.goto(`${HOST}/?app=${encodeURIComponent(APP)}&pad=${encodeURIComponent(path)}${extra}`);
  const frameElement = page.locator("#tool iframe");
  await expect(frameElement).toHaveAttribute("src", new RegExp(`embed=1`));
  const frame = (await frameElement.elementHandle())!.contentFrame();
  const app = (await frame)!;
  await expect(app.locator("main h1")).toBeVisible();
  return app;
}

async function frameHeight(page: Page) {
  return page.locator("#tool iframe").evaluate((f) => f.getBoundingClientRect().height);
}

async function hasInnerScrollbar(app: Frame) {
  return app.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
}

test("the frame grows and shrinks with the content, without an inner scrollbar", async ({ page }) => {
  const app = await openHost(page, "/zoeken");
  await expect.poll(() => hasInnerScrollbar(app)).toBe(false);
  const short = await frameHeight(page);
  expect(short).toBeLessThan(1500);

  await app.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dossier" }).click();
  await expect(app.locator("main h1")).toHaveText("Dossier");
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(short + 500);
  await expect.poll(() => hasInnerScrollbar(app)).toBe(false);

  await app.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" }).click();
  await expect(app.locator("main h1")).toHaveText("Zoeken");
  await expect.poll(() => frameHeight(page)).toBeLessThan(short + 50);
  await expect.poll(() => hasInnerScrollbar(app)).toBe(false);
});

test("navigating inside the frame brings its top into view", async ({ page }) => {
  const app = await openHost(page, "/dossier");
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(1500);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const top = () => page.locator("#tool iframe").evaluate((f) => f.getBoundingClientRect().top);
  expect(await top()).toBeLessThan(0);
  await app.getByRole("link", { name: "6.4 Stappenplan voor gemeenten" }).click();
  await expect(app.locator("main h1")).toHaveText("6 Aan de slag: ingrediënten voor lokaal drugsbeleid");
  await expect.poll(top).toBeGreaterThanOrEqual(-1);
});

test("deep links work as the frame's address", async ({ page }) => {
  const app = await openHost(page, "/interventies?setting=uitgaansleven&niveau=hr");
  await expect(app.locator(".result-list").first().locator(".result-card__title")).toHaveCount(5);
  await expect(app.locator(".site-header")).toHaveCount(0);
  await expect(app.getByRole("link", { name: /Open in een nieuw venster/ })).toHaveAttribute("target", "_blank");
});

test("messages from another origin change nothing; the host's own are obeyed", async ({ page }) => {
  const app = await openHost(page, "/toegankelijkheid", `&evil=${encodeURIComponent(`${OTHER_HOST}/evil.html`)}`);
  const evil = page.frameLocator("#evil");
  await expect(evil.locator("p")).toBeVisible();
  const evilFrame = page.frames().find((f) => f.url().startsWith(OTHER_HOST))!;
  await evilFrame.evaluate(() => (window as any).sendToTool({ type: "wwd:navigate", path: "/zoeken" }));
  await page.waitForTimeout(500);
  await expect(app.locator("main h1")).toHaveText("Toegankelijkheidsverklaring");
  // The host page itself may send a deep link.
  await page.evaluate((origin) => {
    const frame = document.querySelector("#tool iframe") as HTMLIFrameElement;
    frame.contentWindow!.postMessage({ type: "wwd:navigate", path: "/zoeken" }, origin);
  }, APP);
  await expect(app.locator("main h1")).toHaveText("Zoeken");
});

test("the app runs under the strict CSP without violations, directly and framed", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const direct = await page.goto("/dossier/5-3-voortgezet-onderwijs");
  expect(direct!.headers()["content-security-policy"]).toContain("frame-ancestors");
  await appReady(page);
  await page.goto("/zoeken?q=cannabis");
  await appReady(page);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  const app = await openHost(page, "/interventies/moti-4");
  await expect(app.locator("main h1")).toHaveText("Moti-4");
  expect(await app.evaluate(() => (window as any).__violations)).toEqual([]);
});

test("a host that frame-ancestors does not allow cannot frame the app", async ({ page, problems }) => {
  await page.goto(`${OTHER_HOST}/?app=${encodeURIComponent(APP)}&pad=/`);
  const frameElement = page.locator("#tool iframe");
  await expect(frameElement).toBeAttached();
  await expect.poll(() => problems.some((p) => p.includes("violates the following Content Security Policy directive: \"frame-ancestors"))).toBe(true);
  const frame = await (await frameElement.elementHandle())!.contentFrame();
  const hasApp = await frame!.locator("main h1").count().catch(() => 0);
  expect(hasApp).toBe(0);
  // The refusal is the expected outcome, not a problem.
  problems.splice(0, problems.length);
});

test("with storage partitioned, a draft made in the frame survives a host reload", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "partitioned", "needs real storage partitioning");
  const app = await openHost(page, "/adviseur");
  await expect(app.getByText("Uw werk wordt niet bewaard.")).toHaveCount(0);
  await app.getByRole("button", { name: "Begin een nieuw plan" }).click();
  await app.getByRole("textbox").first().fill("Framestad");
  await app.getByRole("button", { name: "Volgende stap" }).click();
  await expect(app.locator("main h1")).toContainText("Waarom gaat uw gemeente");
  await page.reload();
  const again = await openHost(page, "/plannen");
  await expect(again.getByRole("heading", { name: /Drugsbeleid Framestad/ })).toBeVisible();
  await expect(again.getByText("bewaart de browser apart van de tool die u direct opent")).toBeVisible();
  // The directly opened app does not see it: storage is partitioned per top-level site.
  await page.goto(`${APP}/plannen`);
  await expect(page.locator("main h1")).toHaveText("Mijn plannen");
  await expect(page.getByRole("heading", { name: /Drugsbeleid Framestad/ })).toHaveCount(0);
});

test("with storage blocked in the frame, the app works in memory with the notice", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "partitioned", "Playwright's default blocks storage in cross-site frames");
  const app = await openHost(page, "/adviseur");
  await app.getByRole("button", { name: "Begin een nieuw plan" }).click();
  await expect(app.getByText("Uw werk wordt niet bewaard.")).toBeVisible();
  await app.getByRole("textbox").first().fill("Blokstad");
  await app.getByRole("button", { name: "Volgende stap" }).click();
  await expect(app.locator(".save-status")).toContainText("Alleen in dit venster");
  await app.getByRole("link", { name: "Mijn plannen" }).click();
  await expect(app.getByRole("heading", { name: /Drugsbeleid Blokstad/ })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await app.locator(".draft").getByRole("button", { name: "Exporteren" }).click();
  expect((await downloading).suggestedFilename()).toContain("blokstad");
});

test("embed mode inside a host page passes axe", async ({ page }) => {
  const app = await openHost(page, "/");
  await expect(app.locator(".embed-header")).toBeVisible();
  await expectNoAxeViolations(page);
});
