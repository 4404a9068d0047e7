// The app's main journeys in Firefox ESR and WebKitGTK through WebDriver,
// against the release build under the strict CSP (scripts/test.sh layer 5).
// Chromium runs the full Playwright suite; this checks what differs per
// engine: rendering without console errors, search, drafts in storage,
// file download and upload, and the cross-site embed.
// Run: node --test tests/e2e/engines/   (after trunk build --release)
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, beforeEach, describe, test } from "node:test";
import { By } from "selenium-webdriver";
import { firefox, webkit } from "./engines.mjs";
import { Page } from "./page.mjs";
import { APP, HOST, startServers } from "./servers.mjs";

const problems = [];
let servers;

before(async () => {
  servers = await startServers(problems);
});
after(() => servers?.stop());

/** The main routes and their headings, as in specs/shell.spec.ts. */
const ROUTES = [
  ["/", "Wat werkt bij drugspreventie"],
  ["/dossier", "Dossier"],
  ["/interventies", "Interventies"],
  ["/zoeken", "Zoeken"],
  ["/adviseur", "Adviseur"],
  ["/plannen", "Mijn plannen"],
  ["/toegankelijkheid", "Toegankelijkheidsverklaring"],
  ["/dossier/5-3-voortgezet-onderwijs", null],
  ["/interventies/moti-4", "Moti-4"],
];

/** Under Xvfb on a busy machine WebKitGTK's animation frames can lag seconds; the height follows them. */
const FRAME_TIMEOUT = 30_000;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (const engine of [firefox, webkit]) {
  describe(engine.label, { skip: !engine.available() && `${engine.label} is not installed (scripts/setup.sh test)` }, () => {
    let browser;
    let page;
    const town = `${engine.name[0].toUpperCase()}${engine.name.slice(1)}stad`;
    const named = (title) => `${engine.name}: ${title}`;

    before(async () => {
      browser = await engine.launch(problems);
      page = new Page(browser.driver);
      // WebKitGTK's MiniBrowser has died loading its first page on a loaded
      // machine (the session then disappears): start the browser once more.
      // A page that really does not mount still fails the first test.
      try {
        await page.open(`${APP}/`);
      } catch {
        await browser.quit().catch(() => {});
        browser = await engine.launch(problems);
        page = new Page(browser.driver);
      }
      problems.length = 0;
    });
    after(async () => browser?.quit());
    beforeEach(() => {
      problems.length = 0;
    });
    afterEach(async () => {
      // Late reports (beacons) arrive after the last step; leave the page first.
      await browser.driver.switchTo().defaultContent().catch(() => {});
      await browser.driver.get("about:blank").catch(() => {});
      await pause(300);
      assert.deepEqual(problems, [], "console errors, uncaught exceptions, CSP violations or failed requests");
    });

    test(named("the main pages render with their headings and no console errors"), async () => {
      for (const [path, heading] of ROUTES) {
        await page.open(`${APP}${path}`);
        if (heading) await page.headingIs(heading);
        assert.match(await browser.driver.getTitle(), /Wat werkt bij drugspreventie$/);
      }
      // Through the main menu. Each of these is a page load (from the pages
      // complete without the app, and into the advisor's bundle): wait until
      // the page is ready before the next click, as a click while its app is
      // still arriving aborts that download (Firefox reports the aborted
      // fetch through the service worker as an error).
      await page.open(`${APP}/`);
      for (const [label, heading] of [["Dossier", "Dossier"], ["Interventies", "Interventies"], ["Mijn plannen", "Mijn plannen"]]) {
        await (await page.find(`//nav[@aria-label='Hoofdmenu']//a[normalize-space(.)='${label}']`, `menu link ${label}`)).click();
        await page.headingIs(heading);
        await page.ready();
      }
    });

    test(named("a search shows results"), async () => {
      await page.open(`${APP}/zoeken`);
      const input = await page.field("Zoek in het dossier en de interventies");
      await input.sendKeys("cocaine");
      await page.waitForText("[role=status]", /^3 resultaten voor “cocaine”\.$/, "three results for cocaine");
      const first = await browser.driver.findElement(By.css(".search-result mark"));
      assert.match(await first.getText(), /cocaïne/i);
      assert.match(await browser.driver.getCurrentUrl(), /\/zoeken\?q=cocaine$/);
      await (await page.link("Drugs - Indeling naar werking")).click();
      await page.waitFor(async () => (await browser.driver.getCurrentUrl()).endsWith("/dossier/drugs-indeling-naar-werking"), "the section opens");
    });

    test(named("a draft is started, typed in, and survives a reload"), async () => {
      await page.open(`${APP}/adviseur`);
      await (await page.button("Begin een nieuw plan")).click();
      await page.headingContains("Voor welke gemeente");
      const municipality = await page.find("//main//input[@type='text']", "the municipality field");
      await municipality.sendKeys(town);
      await (await page.button("Volgende stap")).click();
      await page.headingContains("Waarom gaat uw gemeente");
      await page.check("Een motie van de gemeenteraad");
      await page.waitForText(".save-status", /Opgeslagen/, "the save status says saved");
      assert.equal(await page.shows("Uw werk wordt niet bewaard."), false, "storage works when opened directly");

      await browser.driver.navigate().refresh();
      await page.ready();
      await page.headingContains("Waarom gaat uw gemeente");
      assert.equal(await (await page.field("Een motie van de gemeenteraad")).isSelected(), true, "the ticked box survives the reload");
      await page.open(`${APP}/plannen`);
      await page.headingMatching(new RegExp(`^Drugsbeleid ${town}, `));
    });

    test(named("a draft is exported to a file and imported again"), async () => {
      for (const file of readdirSync(browser.downloads)) rmSync(join(browser.downloads, file));
      await page.open(`${APP}/plannen`);
      const row = await page.find(`//li[@class='draft'][h2[starts-with(normalize-space(.), 'Drugsbeleid ${town},')]]`, `the draft of ${town}`);
      await (await page.button("Exporteren", row)).click();
      const name = await page.waitFor(
        () => readdirSync(browser.downloads).find((file) => /^wat-werkt-drugs-drugsbeleid-.*\.json$/.test(file)),
        "the export file is downloaded",
      );
      const file = join(browser.downloads, name);
      const json = await page.waitFor(() => JSON.parse(readFileSync(file, "utf8")), "the export file is complete");
      assert.equal(json.format, "wat-werkt-drugs/export");
      assert.equal(json.drafts[0].data.answers.municipality, town);
      await page.waitForText(".draft", /Laatst opgeslagen als bestand op/, "the draft says when it was exported");

      const picker = await page.field("Importeer een plan uit een bestand");
      await picker.sendKeys(file);
      await page.waitForText("[role=status]", /^1 plan geïmporteerd\.$/, "the import is confirmed");
      await page.headingMatching(new RegExp(`^Drugsbeleid ${town}.*\\(kopie\\)$`));
      assert.ok(existsSync(file));
    });

    describe(named("embedded in a page of another site"), () => {
      /** Opens the host page with the app at `path`; leaves the driver inside the app's frame. */
      async function openHost(path) {
        await browser.driver.switchTo().defaultContent();
        await browser.driver.get(`${HOST}/?app=${encodeURIComponent(APP)}&pad=${encodeURIComponent(path)}`);
        const frame = await page.waitFor(async () => browser.driver.findElement(By.css("#tool iframe")), "the host's iframe");
        await browser.driver.switchTo().frame(frame);
        await page.ready();
        return frame;
      }

      /** The iframe's height on the host page, and whether the app inside has an inner scrollbar. */
      async function measure() {
        await browser.driver.switchTo().defaultContent();
        const frame = await browser.driver.findElement(By.css("#tool iframe"));
        const height = await browser.driver.executeScript("return arguments[0].getBoundingClientRect().height", frame);
        await browser.driver.switchTo().frame(frame);
        const [scrollbar, content] = await browser.driver.executeScript(
          "return [document.documentElement.scrollHeight > window.innerHeight + 1, document.querySelector('.app').getBoundingClientRect().height]",
        );
        return { height, scrollbar, content };
      }

      test(named("the frame's height follows the content"), async (t) => {
        let last;
        /** Waits until the frame is as tall as the app's content (no inner scrollbar) and `extra` holds. */
        const follows = (what, extra) =>
          page.waitFor(async () => {
            last = await measure();
            return !last.scrollbar && Math.abs(last.height - Math.ceil(last.content)) <= 1 && extra(last) && last;
          }, () => `${what} (last ${JSON.stringify(last)})`, FRAME_TIMEOUT);
        await openHost("/zoeken");
        const short = await follows("the frame fits a short page", (now) => now.height < 1500);
        await (await page.find("//nav[@aria-label='Hoofdmenu']//a[normalize-space(.)='Dossier']", "menu link Dossier")).click();
        await page.headingIs("Dossier");
        const long = await follows("the frame grows with a long page", (now) => now.height > short.height + 500);
        await (await page.find("//nav[@aria-label='Hoofdmenu']//a[normalize-space(.)='Zoeken']", "menu link Zoeken")).click();
        await page.headingIs("Zoeken");
        const again = await follows("the frame shrinks again", (now) => now.height < long.height - 500);
        t.diagnostic(`frame heights: ${short.height} px, ${long.height} px, ${again.height} px`);
      });

      test(named("storage works in the frame, or the app says it keeps nothing"), async (t) => {
        await openHost("/adviseur");
        await (await page.button("Begin een nieuw plan")).click();
        await page.headingContains("Voor welke gemeente");
        const memoryOnly = await page.shows("Uw werk wordt niet bewaard.");
        await (await page.find("//main//input[@type='text']", "the municipality field")).sendKeys(`Frame${town}`);
        await (await page.button("Volgende stap")).click();
        await page.headingContains("Waarom gaat uw gemeente");
        if (memoryOnly) {
          t.diagnostic(`${engine.label}: storage is blocked in a cross-site frame; the app works in memory with the notice`);
          await page.waitForText(".save-status", /Alleen in dit venster/, "the save status says this window only");
          return;
        }
        t.diagnostic(`${engine.label}: storage works in a cross-site frame (partitioned per top-level site)`);
        await page.waitForText(".save-status", /Opgeslagen/, "the save status says saved");
        await openHost("/plannen");
        await page.headingMatching(new RegExp(`^Drugsbeleid Frame${town}, `));
        assert.ok(await page.shows("bewaart de browser apart van de tool die u direct opent"), "the frame explains its separate storage");
      });
    });
  });
}
