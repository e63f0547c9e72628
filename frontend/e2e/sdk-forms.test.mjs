// The client SDK on a Gen 2 app (src/app.ts): a dialog with a form (validation errors, then a
// successful submit), stacked dialogs with breadcrumbs, the HTML-element rule, a widget, a bulk
// action over three checked rows, and a call-recording text action.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {mkdirSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

let studio;
let browser;

before(async () => {
  studio = await startAppStudio("gen2-call-logger");
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a form shows its validation errors, then submits and closes its dialog", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await page.getByTestId("action-log-call").click();
  const dialog = page.getByTestId("dialog");
  await expect(dialog).toContainText("Log the call you just had.");

  const footer = page.getByTestId("dialog-footer");
  await footer.getByRole("button", {name: "Log call"}).click();
  await expect(dialog).toContainText("Required");
  await page.getByLabel("Subject").fill("Re");
  await page.getByLabel("Minutes").fill("0");
  await page.getByLabel("Website").fill("not a site");
  await footer.getByRole("button", {name: "Log call"}).click();
  await expect(dialog).toContainText("Must be at least 3 characters");
  await expect(dialog).toContainText("Must be at least 1");
  await expect(dialog).toContainText("Must be a valid URL");
  await page.screenshot({path: path.join(screenshotDir, "form-errors.png")});

  await page.getByLabel("Subject").fill("Renewal");
  await page.getByLabel("Minutes").fill("25");
  await page.getByLabel("Website").fill("lumenlabs.example");
  await page.getByLabel("Outcome").click();
  await page.getByRole("option", {name: "Interested", exact: true}).click();
  await page.getByRole("switch", {name: "Follow up next week"}).click();
  await page.screenshot({path: path.join(screenshotDir, "dialog-with-form.png")});
  await footer.getByRole("button", {name: "Log call"}).click();

  await expect(page.getByTestId("toasts")).toContainText("Call logged", {timeout: 10000});
  await expect(page.getByTestId("toasts")).toContainText("25 min");
  await expect(dialog).toBeHidden();
  const calls = page.getByTestId("inspector").getByTestId("call-row");
  await expect(calls.filter({hasText: "log-call.server"})).toBeVisible();
  assert.deepEqual(page.errors, []);
});

test("dialogs stack with breadcrumbs; Escape closes the top one, a click outside all", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Grace Hopper");
  await page.getByTestId("action-steps").click();
  await expect(page.getByTestId("dialog")).toContainText("Step one of two.");
  await expect(page.getByTestId("dialog-footer").getByRole("button", {name: /Next/})).toBeVisible();

  await page.keyboard.press("Enter");
  const top = page.locator('[data-testid="dialog"]:not([hidden])');
  await expect(top).toContainText("Step two of two.");
  await expect(top.getByTestId("dialog-crumbs")).toContainText("Step 1");
  await expect(top.getByTestId("dialog-crumbs")).toContainText("Step 2");
  await page.screenshot({path: path.join(screenshotDir, "stacked-dialogs.png")});

  await page.keyboard.press("Escape");
  await expect(top).toContainText("Step one of two.");
  await page.getByTestId("dialog-footer").getByRole("button", {name: /Next/}).click();
  await expect(top).toContainText("Step two of two.");
  await page.mouse.click(10, 790);
  await expect(page.getByTestId("dialog")).toBeHidden();
  assert.deepEqual(page.errors, []);
});

test("an HTML element in the app's JSX is an error naming it and its line", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Alan Turing");
  await page.getByTestId("action-broken").click();
  const dialog = page.getByTestId("dialog");
  await expect(dialog).toContainText('The dialog "Broken" failed to render');
  await expect(dialog).toContainText("<div> at src/broken-action.tsx:9:7 is not an Attio component");
  await page.screenshot({path: path.join(screenshotDir, "html-element-error.png")});
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("record-page")).toContainText("Alan Turing");
  assert.deepEqual(page.errors, []);
});

test("a widget shows what its query found", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  const widget = page.getByTestId("widget-call-count");
  await expect(widget).toContainText("2 on file");
  await expect(widget).toContainText("Ada Lovelace");
  await page.getByTestId("record-page").screenshot({path: path.join(screenshotDir, "widget.png")});
  assert.deepEqual(page.errors, []);
});

test("a bulk action runs on the three checked rows", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await expect(page.getByTestId("record-row").first()).toBeVisible();
  for (const name of ["Ada Lovelace", "Grace Hopper", "Alan Turing"]) {
    await page.getByLabel(`Select ${name}`).check();
  }
  await expect(page.getByTestId("bulk-actions")).toContainText("3 selected");
  await page.getByTestId("bulk-action-tag").click();
  await expect(page.getByTestId("toasts")).toContainText("Tagged 3 people");
  assert.deepEqual(page.errors, []);
});

test("a summary text action gets the text selected on the call recording", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("open-call-recording").click();
  const paragraph = page.getByTestId("call-recording-summary").locator("p").first();
  await paragraph.click({clickCount: 3});
  await page.getByTestId("text-action-quote").click();
  await expect(page.getByTestId("toasts")).toContainText("Lumen Health is replacing");
  assert.deepEqual(page.errors, []);
});
