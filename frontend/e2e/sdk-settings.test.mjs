// Workspace settings are one set of values for the settings page and server code: what the
// page saves a server function reads, and what a server function saves the page shows.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {expect} from "./expect.mjs";
import {openStudio, startBrowser} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

let studio;
let browser;

before(async () => {
  studio = await startAppStudio("gen2-sdk-kit");
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a value saved on the settings page is what a server function reads, and back", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("open-app-settings").click();
  const settings = page.getByTestId("settings-page");
  await expect(settings).toContainText("Where and how much to sync");
  await page.getByLabel("Region").fill("eu-west");
  await page.getByLabel("Limit").fill("25");
  await page.getByRole("switch", {name: "Enabled"}).click();
  await expect(settings.locator(".settings-page__values")).toContainText('"eu-west"');

  await page.goto(studio.url + "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await page.getByTestId("action-read-settings").click();
  await expect(page.getByTestId("toasts")).toContainText("region eu-west, limit 25");

  await page.getByTestId("action-raise-limit").click();
  await expect(page.getByTestId("toasts")).toContainText("Limit raised");
  await page.getByTestId("open-app-settings").click();
  await expect(page.getByTestId("settings-page").locator(".settings-page__values"))
    .toContainText('"limit": 500');
  assert.equal(await page.getByLabel("Limit").inputValue(), "500");
  assert.equal(await page.getByLabel("Region").inputValue(), "eu-west");
  assert.deepEqual(page.errors, []);
});
