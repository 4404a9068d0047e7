// WebDriver helpers that find things the way a user does: by the visible
// (Dutch) text of buttons, links, labels and headings.
import { By } from "selenium-webdriver";

const TIMEOUT = 15_000;

/** An XPath string literal for `text` (which must not hold both quote kinds). */
function literal(text) {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

export class Page {
  constructor(driver) {
    this.driver = driver;
  }

  /**
   * Waits until `condition` returns something truthy; exceptions count as "not yet".
   * `message` (or a function giving it, read on failure) says what was awaited.
   */
  async waitFor(condition, message, timeout = TIMEOUT) {
    let last;
    try {
      return await this.driver.wait(async () => {
        try {
          return await condition();
        } catch (error) {
          last = error;
          return false;
        }
      }, timeout);
    } catch {
      throw new Error(`timed out: ${typeof message === "function" ? message() : message}${last ? ` (last error: ${last.message})` : ""}`);
    }
  }

  /** Opens `url` and waits until the page is ready (as appReady in support.ts). */
  async open(url) {
    await this.driver.get(url);
    await this.ready();
  }

  async ready() {
    await this.waitFor(async () => (await this.driver.findElements(By.id("laden"))).length === 0, "the app mounts");
    // A reader's page shows its pre-rendered HTML first: wait for the app,
    // or for start.js to find the page complete without it ("static").
    await this.waitFor(async () => this.driver.executeScript("return /^(hydrated|rendered|static)$/.test(document.documentElement.dataset.app) && document.querySelectorAll('.app').length === 1"), "the page is ready");
    await this.waitFor(async () => (await this.driver.findElement(By.css("main h1"))).isDisplayed(), "a main heading shows");
  }

  async heading() {
    return (await this.driver.findElement(By.css("main h1"))).getText();
  }

  async headingIs(text) {
    await this.waitFor(async () => (await this.heading()) === text, `main heading "${text}"`);
  }

  async headingContains(text) {
    await this.waitFor(async () => (await this.heading()).includes(text), `main heading containing "${text}"`);
  }

  /** The displayed element matching `xpath` inside `root` (the page if omitted). */
  async find(xpath, what, root) {
    return this.waitFor(async () => {
      for (const element of await (root ?? this.driver).findElements(By.xpath(xpath))) {
        if (await element.isDisplayed()) return element;
      }
      return false;
    }, what);
  }

  button(text, root) {
    return this.find(`.//button[normalize-space(.)=${literal(text)}]`, `button "${text}"`, root);
  }

  link(text, root) {
    return this.find(`.//a[normalize-space(.)=${literal(text)}]`, `link "${text}"`, root);
  }

  /** A heading of any level whose text matches `pattern`. */
  async headingMatching(pattern) {
    return this.waitFor(async () => {
      for (const element of await this.driver.findElements(By.css("h1, h2, h3, h4"))) {
        if (pattern.test(await element.getText())) return element;
      }
      return false;
    }, `a heading matching ${pattern}`);
  }

  /** The form control a <label> with this text belongs to. */
  field(label) {
    return this.waitFor(
      () =>
        this.driver.executeScript(
          "return [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === arguments[0])?.control ?? null",
          label,
        ),
      `a field labelled "${label}"`,
    );
  }

  /** Ticks the checkbox with this label, by clicking the label as a user would. */
  async check(label) {
    const box = await this.field(label);
    if (await box.isSelected()) return;
    const labelElement = await this.find(`//label[normalize-space(.)=${literal(label)}]`, `label "${label}"`);
    await labelElement.click();
    await this.waitFor(() => box.isSelected(), `"${label}" is ticked`);
  }

  async textOf(css) {
    return (await this.driver.findElement(By.css(css))).getText();
  }

  async waitForText(css, pattern, what = `${css} matching ${pattern}`) {
    await this.waitFor(async () => {
      for (const element of await this.driver.findElements(By.css(css))) {
        if (pattern.test(await element.getText())) return true;
      }
      return false;
    }, what);
  }

  /** Whether `text` shows on the page: the innermost element holding it has a size. */
  shows(text) {
    return this.driver.executeScript(
      `const text = arguments[0];
       return [...document.querySelectorAll("body *")]
         .filter((el) => el.textContent.includes(text) && ![...el.children].some((child) => child.textContent.includes(text)))
         .some((el) => el.getBoundingClientRect().height > 0);`,
      text,
    );
  }
}
