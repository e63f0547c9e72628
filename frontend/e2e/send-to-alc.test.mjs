// The SDK introduction's example, end to end: a person's record page, the Send to ALC action,
// its toasts, the record update, the inspector, and the alert for a person without a phone.
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

async function openPerson(page, name) {
  await page.getByTestId("record-row").getByText(name, {exact: true}).click();
  await expect(page.getByTestId("record-page")).toContainText(name);
}

test("Send to ALC marks a person with a phone number Pending", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, "Ada Lovelace");

  await page.getByTestId("action-send-to-alc").click();
  await expect(page.getByTestId("toasts")).toContainText("Sending to ALC…");
  await expect(page.getByTestId("toasts")).toContainText("Sent to ALC", {timeout: 10000});
  await expect(page.getByTestId("attribute-alc_status")).toContainText("Pending");

  const inspector = page.getByTestId("inspector");
  await expect(inspector.getByTestId("call-row").filter({hasText: "send-to-alc.server"})).toBeVisible();
  await page.screenshot({path: path.join(screenshotDir, "send-to-alc.png")});
  assert.deepEqual(page.errors, []);
});

test("Send to ALC alerts when the person has no phone number", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, "Grace Hopper");

  await page.getByTestId("action-send-to-alc").click();
  const alert = page.getByTestId("alert");
  await expect(alert).toContainText("No phone number found");
  await page.screenshot({path: path.join(screenshotDir, "no-phone-alert.png")});
  await alert.getByRole("button", {name: "OK"}).click();
  await expect(alert).toBeHidden();
  await expect(page.getByTestId("attribute-alc_status")).not.toContainText("Pending");
  assert.deepEqual(page.errors, []);
});
