// The client SDK on a Gen 1 app (named exports in any file): a record action with an icon from
// src/assets whose dialog lays out with Row and Column and whose showDialog resolves once the
// dialog is open, a bulk record action over checked rows, a record widget and an insight text
// action.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {expect} from "./expect.mjs";
import {mkdirSync} from "node:fs";
import path from "node:path";
import {openStudio, screenshotDir, startBrowser} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

let studio;
let browser;

before(async () => {
  studio = await startAppStudio("gen1-named-exports");
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a record action's dialog uses Row and Column, and showDialog resolves while it is open", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await expect(page.getByTestId("widget-initials")).toContainText("Gen 1 widget");
  // Its icon is the app's own image, src/assets/greet.png.
  await expect(page.getByTestId("action-greet").locator('img[data-icon="greet.png"]')).toBeVisible();
  await page.screenshot({path: path.join(screenshotDir, "asset-icon.png"),
    clip: {x: 780, y: 80, width: 500, height: 140}});
  await page.getByTestId("action-greet").click();
  const dialog = page.getByTestId("dialog");
  await expect(dialog).toContainText("Say hello from a Gen 1 app.");
  await expect(dialog.locator(".sdk-row > *")).toContainText("Middle");
  assert.equal(await dialog.locator(".sdk-row > *").count(), 3);
  await expect(page.getByTestId("toasts")).toContainText("The dialog is open");
  await page.getByTestId("dialog-footer").getByRole("button", {name: "Close"}).click();
  await expect(dialog).toBeHidden();
  assert.deepEqual(page.errors, []);
});

test("a bulk record action gets the checked records' ids", async () => {
  const page = await openStudio(browser, studio.url, "#/companies");
  await expect(page.getByTestId("record-row").first()).toBeVisible();
  await page.getByTestId("record-row").nth(0).getByRole("checkbox").check();
  await page.getByTestId("record-row").nth(1).getByRole("checkbox").check();
  await page.getByTestId("bulk-action-count").click();
  await expect(page.getByTestId("toasts")).toContainText("Counted 2 companies");
  assert.deepEqual(page.errors, []);
});

test("an insight text action gets the selected text", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("open-call-recording").click();
  const insight = page.getByTestId("call-recording-insight").locator("li").first();
  await insight.click({clickCount: 3});
  await page.getByTestId("text-action-echo-insight").click();
  await expect(page.getByTestId("toasts")).toContainText("Main pain: referrals get lost");
  assert.deepEqual(page.errors, []);
});
