// Live reload: saving a file rebuilds the app and remounts its surfaces, while the studio keeps
// the open record, the platform, the inspector's calls and the selected call.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync, writeFileSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, startBrowser} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

let studio;
let browser;

before(async () => {
  studio = await startAppStudio("gen2-call-logger");
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

function edit(file, from, to) {
  const full = path.join(studio.appDir, "src", file);
  const text = readFileSync(full, "utf8");
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(full, text.replace(from, to));
}

test("an edited file remounts the surfaces and keeps the studio's state", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Grace Hopper");
  await expect(page.getByTestId("widget-call-count")).toContainText("Phone numbers");
  await page.getByTestId("platform-mobile-app").click();

  const calls = page.getByTestId("inspector").getByTestId("call-row");
  await calls.filter({hasText: "call-count"}).first().click();
  const before = await calls.count();
  const hash = await page.evaluate(() => window.location.hash);

  edit("call-count-widget.tsx", "<Widget.Title>Phone numbers</Widget.Title>", "<Widget.Title>Phones</Widget.Title>");
  edit("log-call-action.tsx", 'label: "Log call",', 'label: "Log a call",');

  await expect(page.getByTestId("action-log-call")).toContainText("Log a call", {timeout: 10000});
  await expect(page.getByTestId("widget-call-count")).toContainText("Phones");
  await expect(page.getByTestId("widget-call-count")).not.toContainText("Phone numbers");
  await expect(page.getByTestId("record-title")).toContainText("Grace Hopper");
  assert.equal(await page.evaluate(() => window.location.hash), hash);
  assert.equal(await page.getByTestId("platform-mobile-app").getAttribute("aria-checked"), "true");
  assert.ok((await calls.count()) > before, "the call log keeps its calls and adds the remount's");
  assert.equal(await page.locator('[data-testid="call-row"][aria-selected="true"]').count(), 1);
  assert.deepEqual(page.errors, []);
});

test("a file that stops compiling shows the error while the last good build keeps running", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  edit("steps-action.tsx", 'label: "Two steps",', 'label: "Two steps",,');
  await expect(page.getByTestId("diagnostics")).toContainText("src/steps-action.tsx", {timeout: 10000});
  await page.getByTestId("action-steps").click();
  await expect(page.getByTestId("dialog")).toContainText("Step one of two.");
  await page.keyboard.press("Escape");
  edit("steps-action.tsx", 'label: "Two steps",,', 'label: "Two steps",');
  await expect(page.getByTestId("diagnostics")).toBeHidden({timeout: 10000});
  assert.deepEqual(page.errors, []);
});
