// A save that breaks the build shows the error with its file:line:col while the last good build
// keeps running; fixing the file clears it.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync, writeFileSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser, startStudio} from "./harness.mjs";

let studio;
let browser;

before(async () => {
  studio = await startStudio();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("a syntax error is shown with file:line:col and the studio keeps running", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
  await expect(page.getByTestId("action-send-to-alc")).toBeVisible();

  const file = path.join(studio.appDir, "src", "send-to-alc.tsx");
  const good = readFileSync(file, "utf8");
  writeFileSync(file, good.replace('label: "Send to ALC",', 'label: "Send to ALC",,'));

  const diagnostics = page.getByTestId("diagnostics");
  await expect(diagnostics).toContainText("src/send-to-alc.tsx:9:24", {timeout: 10000});
  await expect(page.getByTestId("action-send-to-alc")).toBeVisible();
  await page.screenshot({path: path.join(screenshotDir, "build-error.png")});

  writeFileSync(file, good);
  await expect(diagnostics).toBeHidden({timeout: 10000});
  assert.deepEqual(page.errors, []);
});
