// The app's surfaces on a Gen 3 app (src/app/extensions/**): a dialog of structured components,
// a widget fed by a server function, a record tab, a batched bulk action with progress, an object
// action, the ⌘K palette, a transcript text action, a warning for an unknown icon, and a
// settings page (src/app/settings) whose values the widget's server function reads; an action
// cut off by a reload is ended in the call log rather than left running; an Attio webhook the
// app creates tells its own handler of a new person.
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
  studio = await startAppStudio("gen3-account-kit");
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a record action's dialog draws banners, description lists and tables", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await page.getByTestId("action-account-overview").click();
  const dialog = page.getByTestId("dialog");
  await expect(dialog).toContainText("Renewal in 30 days");
  await expect(dialog).toContainText("Enterprise");
  await expect(dialog.getByRole("row")).toContainText("Platform renewal");
  await expect(dialog).toContainText("Negotiation");
  await page.screenshot({path: path.join(screenshotDir, "structured-dialog.png")});
  await page.getByTestId("dialog-footer").getByRole("button", {name: "Done"}).click();
  await expect(page.getByTestId("toasts")).toContainText("Reviewed");
  assert.deepEqual(page.errors, []);
});

test("a widget shows its server function's answer and a record tab its content", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Grace Hopper");
  await expect(page.getByTestId("widget-health")).toContainText("/ 100", {timeout: 10000});
  await page.getByTestId("record-tab-activity").click();
  const panel = page.getByTestId("record-tab-panel");
  await expect(panel).toContainText("Sent the renewal quote");
  await panel.getByRole("button", {name: "Open"}).click();
  await expect(page.getByTestId("toasts")).toContainText("Email opened");
  await page.getByTestId("record-tab-overview").click();
  await expect(page.getByTestId("record-page")).toContainText("Record details");
  assert.deepEqual(page.errors, []);
});

test("a batched bulk action shows its progress in one toast", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await expect(page.getByTestId("record-row").first()).toBeVisible();
  for (const name of ["Ada Lovelace", "Grace Hopper", "Alan Turing"]) {
    await page.getByLabel(`Select ${name}`).check();
  }
  await page.getByTestId("bulk-action-enrich-people").click();
  const toasts = page.getByTestId("toasts");
  await expect(toasts).toContainText("Enriched 1 of 3");
  await expect(toasts).toContainText("Enrichment finished for 3 batches", {timeout: 10000});
  await expect(toasts).toContainText("Enriched 3 of 3");
  assert.equal(await toasts.getByText(/Enriched \d of 3/).count(), 1);
  assert.deepEqual(page.errors, []);
});

test("an object action runs from the list and from the ⌘K palette", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("object-action-import-leads").click();
  await expect(page.getByTestId("alert")).toContainText("Importing into people.");
  await page.getByTestId("alert-ok").click();

  await openPerson(page, expect, "Alan Turing");
  await page.keyboard.press("Control+k");
  const palette = page.getByTestId("command-palette");
  await expect(palette).toContainText("Account overview");
  await expect(palette).toContainText("Import leads");
  await page.keyboard.type("overview");
  await page.screenshot({path: path.join(screenshotDir, "command-palette.png")});
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("dialog")).toContainText("Renewal in 30 days");
  assert.deepEqual(page.errors, []);
});

test("a transcript text action gets the selected lines and a link to them", async () => {
  const page = await openStudio(browser, studio.url, "#/call-recording");
  const line = page.getByTestId("call-recording-transcript").locator("[data-block]").nth(1);
  await line.click({clickCount: 3});
  await page.getByTestId("text-action-share-quote").click();
  const toasts = page.getByTestId("toasts");
  await expect(toasts).toContainText("Quote from Jonas Berg");
  await expect(toasts).toContainText("/call-recordings/demo-discovery-call?t=31");
  assert.deepEqual(page.errors, []);
});

test("an icon that is not an AttioIcon is a warning, not a crash", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  const warnings = page.getByTestId("app-warnings");
  await expect(warnings).toContainText('Unknown icon "Sparkle"');
  await expect(warnings).toContainText("src/app/extensions/enrich-people/extension.ts");
  await expect(page.getByTestId("app-errors")).toBeHidden();
  await page.getByLabel("Select Ada Lovelace").check();
  await expect(page.getByTestId("bulk-action-enrich-people")).toBeVisible();
  assert.deepEqual(page.errors, []);
});

test("the settings page saves values that the widget's server function reads", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("open-app-settings").click();
  const settings = page.getByTestId("settings-page");
  await expect(settings).toContainText("How account health is scored");
  const saved = settings.locator(".settings-page__values");
  await page.getByLabel("Highest score").fill("5");
  await expect(settings).toContainText("Must be at least 10");
  await expect(saved).toContainText('"maxScore": null');
  await page.getByLabel("Highest score").fill("250");
  await page.getByLabel("Owner").fill("Grace");
  await expect(saved).toContainText('"maxScore": 250');
  await expect(saved).toContainText('"owner": "Grace"');
  await page.screenshot({path: path.join(screenshotDir, "settings-gen3.png")});

  await page.goto(studio.url + "#/people");
  await openPerson(page, expect, "Grace Hopper");
  await expect(page.getByTestId("widget-health")).toContainText("/ 250", {timeout: 10000});
  assert.deepEqual(page.errors, []);
});

test("an action whose dialog is open when the page reloads is ended, not left running", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await page.getByTestId("action-account-overview").click();
  await expect(page.getByTestId("dialog")).toContainText("Renewal in 30 days");
  const running = page.getByTestId("call-row").and(page.locator('[data-status="running"]'))
    .filter({hasText: "account-overview"});
  await expect(running).toBeVisible();
  // Earlier tests' pages are still open, some with this action's dialog: this page's is the newest.
  const ids = await running.evaluateAll((rows) => rows.map((row) => row.dataset.callId));
  const row = page.locator(`[data-testid="call-row"][data-call-id="${ids.sort().at(-1)}"]`);

  await page.reload();
  await expect(row.and(page.locator('[data-status="error"]'))).toBeVisible({timeout: 10000});
  await row.click();
  await expect(page.getByTestId("call-detail").getByTestId("call-error"))
    .toContainText("closed or reloaded before this ended");
  assert.deepEqual(page.errors, []);
});

test("an Attio webhook the app creates tells the app's own handler of a new person", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("object-action-watch-people").click();
  await expect(page.getByTestId("toasts")).toContainText("Watching new people");

  // A person created as the studio's New person dialog creates one; the Webhooks panel, loaded
  // while the delivery is under way, shows it whether it arrives before or after the load.
  const response = await fetch(`${studio.url}api/CreateRecord`, {
    method: "POST",
    body: JSON.stringify(["people", {name: "Mary Jackson"}]),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const person = await response.json();

  await page.goto(studio.url + "#/webhooks");
  const webhook = page.getByTestId("attio-webhook");
  await expect(webhook).toContainText("to the handler attio-events");
  await expect(webhook).toContainText("record.created (filtered)");
  const delivery = page.getByTestId("delivery-row").and(page.locator('[data-file="attio-events"]'));
  await expect(delivery.first()).toBeVisible({timeout: 10000});
  await expect(delivery.first().getByTestId("status")).toContainText("204");
  await page.screenshot({path: path.join(screenshotDir, "attio-webhooks.png")});

  const heard = page.getByTestId("call-row").filter({hasText: "attio-events"});
  await expect(heard.first()).toBeVisible();
  await heard.first().click();
  await expect(page.getByTestId("call-detail"))
    .toContainText(`record.created ${person.id.record_id}`);
  assert.deepEqual(page.errors, []);
});
