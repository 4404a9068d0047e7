// Page helpers for the advisor journeys: everything by keyboard only.
import type { Locator, Page } from "@playwright/test";
import { expect } from "./support";

/** Presses Tab until `target` has focus (fails after `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

export interface StepAnswer {
  /** The question (a heading on the page), to check we are on the right step. */
  question: RegExp | string;
  /** Checkbox labels to tick. */
  check?: string[];
  /** The radio label to choose. */
  choose?: string;
  /** Text for the step's text field. */
  text?: string;
  /** From and to years. */
  years?: [string, string];
  /** Free text for "Iets anders". */
  other?: string;
}

/** The heading of a question on the current page (the h1, or an h2 for a question sharing the page). */
export function questionHeading(page: Page, question: RegExp | string): Locator {
  return page.locator("main .question__heading", { hasText: question });
}

/** Answers the current step by keyboard and submits it. */
export async function answerStep(page: Page, answer: StepAnswer) {
  await answerQuestion(page, answer);
  await submitStep(page);
}

/** Answers one question on the current page by keyboard, without submitting. */
export async function answerQuestion(page: Page, answer: StepAnswer) {
  await expect(questionHeading(page, answer.question)).toBeVisible();
  for (const label of answer.check ?? []) {
    const box = page.getByRole("checkbox", { name: label, exact: true });
    await tabTo(page, box);
    if (!(await box.isChecked())) await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  if (answer.other !== undefined) {
    const field = page.getByRole("textbox").last();
    await tabTo(page, field);
    await page.keyboard.type(answer.other);
  }
  if (answer.choose) {
    const radios = page.getByRole("radio");
    await tabTo(page, radios.first());
    const labels = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ""));
    const index = labels.indexOf(answer.choose);
    if (index < 0) throw new Error(`no radio "${answer.choose}" in ${labels}`);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: answer.choose, exact: true })).toBeChecked();
  }
  if (answer.text !== undefined) {
    await tabTo(page, page.getByRole("textbox").first());
    await page.keyboard.type(answer.text);
  }
  if (answer.years) {
    await tabTo(page, page.getByLabel("Van (jaar)"));
    await page.keyboard.type(answer.years[0]);
    await tabTo(page, page.getByLabel("Tot en met (jaar)"));
    await page.keyboard.type(answer.years[1]);
  }
}

/** Submits the current page by keyboard and waits for the next. */
export async function submitStep(page: Page) {
  const submit = page.getByRole("button", { name: /^(Volgende stap|Naar overzicht)$/ });
  await tabTo(page, submit);
  const before = page.url();
  await page.keyboard.press("Enter");
  // The check page after the last step can take a while on two loaded cores.
  await expect(page).not.toHaveURL(before, { timeout: 15_000 });
}

/** Starts a new plan from the advisor page, by keyboard. */
export async function startPlan(page: Page) {
  await page.goto("/adviseur");
  await expect(page.locator("main h1")).toHaveText("Adviseur");
  const start = page.getByRole("button", { name: "Begin een nieuw plan" });
  await tabTo(page, start);
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Voor welke gemeente maakt u het drugsbeleid? (optioneel)");
}
