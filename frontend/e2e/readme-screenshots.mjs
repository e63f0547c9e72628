// Takes the README's screenshots: `make screenshots` runs it against the built binary.
// Not a test (node --test only runs *.test.mjs files).
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, startBrowser, startStudio} from "./harness.mjs";
import {shootOutsidePanels} from "./outside-screenshots.mjs";
import {shootSdkSurfaces} from "./sdk-screenshots.mjs";
import {shootEditor} from "./editor-screenshots.mjs";
import {shootInspector} from "./inspector-screenshots.mjs";

const out = process.argv[2];
const studio = await startStudio();
const browser = await startBrowser();
try {
  const page = await openStudio(browser, studio.url, "#/people");
  await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
  await page.getByTestId("action-send-to-alc").click();
  await expect(page.getByTestId("toasts")).toContainText("Sent to ALC", {timeout: 10000});
  await page.getByTestId("call-row").filter({hasText: "send-to-alc.server"}).click();
  await page.waitForTimeout(300);
  await page.screenshot({path: path.join(out, "studio.png")});
  await shootOutsidePanels(browser, studio, out);
  await shootSdkSurfaces(browser, out);
  await shootEditor(browser, out);
  await shootInspector(browser, out);
} finally {
  await browser.close();
  await studio.stop();
}
