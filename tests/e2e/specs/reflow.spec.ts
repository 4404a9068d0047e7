import { startPlan } from "../advisor";
import { appReady, expect, test } from "../support";

/** Every kind of page, including an advisor draft's pages. */
async function pages(page) {
  await startPlan(page);
  const draft = new URL(page.url()).pathname.replace(/\/stap\/.*$/, "");
  return [
    "/",
    "/dossier",
    "/dossier/5-effectieve-drugspreventie",
    "/dossier/2-3-fasen-van-gebruik",
    "/interventies",
    "/interventies?setting=uitgaansleven",
    "/interventies/samen-fris",
    "/zoeken?q=preventie",
    "/adviseur",
    "/plannen",
    `${draft}`,
    `${draft}/stap/lopende-aanpak`,
    `${draft}/controle`,
    `${draft}/advies`,
    `${draft}/beleidsplan`,
    `${draft}/beleidsplan/afdrukken`,
    "/toegankelijkheid",
  ];
}

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width} px wide (${width === 320 ? "reflow" : "200% zoom of 1280 px"})`, async ({ page, isMobile }) => {
    test.skip(isMobile, "the viewport is set by the test");
    test.setTimeout(90_000);
    const paths = await pages(page);
    await page.setViewportSize({ width, height: 720 });
    for (const path of paths) {
      await page.goto(path);
      await appReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test("reduced motion is honoured", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  await appReady(page);
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll("*")].map((el) => getComputedStyle(el)).filter((s) => s.transitionDuration !== "0s" || s.animationName !== "none").length,
  );
  expect(durations).toBe(0);
});
