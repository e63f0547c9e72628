// Creating a record in the studio's editor, finding it in the list by search, and the list
// following a write made by the app's server code.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {mkdirSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser, startStudio} from "./harness.mjs";

let studio;
let browser;

before(async () => {
  studio = await startStudio();
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a person created in the studio is opened and found in the list", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await expect(page.getByTestId("record-row").first()).toBeVisible();

  await page.getByTestId("new-record").click();
  const form = page.getByTestId("create-record");
  await form.getByLabel("First name").fill("Sofia");
  await form.getByLabel("Last name").fill("Kovalevskaya");
  await form.getByLabel("Add to Email addresses").fill("sofia@kovalevskaya.example");
  await form.getByLabel("Add to Phone numbers").fill("+447700900555");
  await page.getByTestId("studio-dialog-ok").click();

  await expect(page.getByTestId("record-title")).toContainText("Sofia Kovalevskaya");
  await expect(page.getByTestId("attribute-email_addresses")).toContainText(
    "sofia@kovalevskaya.example",
  );

  await page.getByTestId("record-search").fill("kovalevskaya");
  const rows = page.getByTestId("record-row");
  await expect(rows.first()).toContainText("Sofia Kovalevskaya");
  assert.equal(await rows.count(), 1);
  await page.screenshot({path: path.join(screenshotDir, "editor-created-person.png")});
  assert.deepEqual(page.errors, []);
});

test("a new person with a bad phone number is refused next to the field", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("new-record").click();
  const form = page.getByTestId("create-record");
  await form.getByLabel("First name").fill("Nobody");
  await form.getByLabel("Add to Phone numbers").fill("12345");
  await page.getByTestId("studio-dialog-ok").click();

  await expect(form.getByTestId("attribute-error-phone_numbers")).toContainText(
    '"12345" is not a valid phone number',
  );
  await expect(page.getByTestId("studio-dialog")).toBeVisible();
  assert.deepEqual(page.errors, []);
});

test("the list and the record page follow the app's write without a reload", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
  await expect(page.getByTestId("record-title")).toContainText("Ada Lovelace");
  const adaRow = page.getByTestId("record-row").filter({hasText: "Ada Lovelace"});
  await expect(adaRow).not.toContainText("Pending");

  await page.getByTestId("action-send-to-alc").click();

  await expect(page.getByTestId("attribute-alc_status")).toContainText("Pending", {timeout: 10000});
  await expect(adaRow).toContainText("Pending");
  assert.deepEqual(page.errors, []);
});
