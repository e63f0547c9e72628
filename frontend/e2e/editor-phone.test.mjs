// End-to-end check of the workspace editor: a phone number edited in the studio is
// what the example's server function sends on; a bad number is refused next to the field.
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

async function openAda(page) {
  await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
  await expect(page.getByTestId("record-title")).toContainText("Ada Lovelace");
}

/** Opens the phone numbers' editor and leaves only number in it. */
async function typePhone(page, number) {
  await page.getByTestId("edit-phone_numbers").click();
  const editor = page.getByTestId("editor-phone_numbers");
  const removes = editor.getByRole("button", {name: /^Remove/});
  while ((await removes.count()) > 0) await removes.first().click();
  await editor.getByLabel("Add to Phone numbers").fill(number);
  await page.getByTestId("save-phone_numbers").click();
}

test("a bad phone number is refused with Attio's reason next to the field", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openAda(page);

  await typePhone(page, "12345");

  const error = page.getByTestId("attribute-error-phone_numbers");
  await expect(error).toContainText('"12345" is not a valid phone number');
  await expect(page.getByTestId("editor-phone_numbers")).toBeVisible();
  await page.screenshot({path: path.join(screenshotDir, "editor-bad-phone.png")});
  await page.getByTestId("editor-phone_numbers").getByRole("button", {name: "Cancel"}).click();
  await expect(page.getByTestId("attribute-phone_numbers")).not.toContainText("12345");
  assert.deepEqual(page.errors, []);
});

test("a phone number edited in the studio reaches the server function's request", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openAda(page);

  await typePhone(page, "+447700900999");
  await expect(page.getByTestId("editor-phone_numbers")).toBeHidden();
  await expect(page.getByTestId("attribute-phone_numbers")).toContainText("+447700900999");

  await page.getByTestId("action-send-to-alc").click();
  await expect(page.getByTestId("toasts")).toContainText("Sent to ALC", {timeout: 10000});

  const inspector = page.getByTestId("inspector");
  const serverCall = inspector.getByTestId("call-row").filter({hasText: "send-to-alc.server"});
  await expect(serverCall).toBeVisible();
  await serverCall.first().click();
  const lead = page.getByTestId("requests").locator("details").filter({hasText: "/leads"});
  await lead.locator("summary").click();
  await expect(lead).toContainText('"phone_number": "+447700900999"');
  await page.screenshot({path: path.join(screenshotDir, "editor-phone-reaches-server.png")});
  assert.deepEqual(page.errors, []);
});
