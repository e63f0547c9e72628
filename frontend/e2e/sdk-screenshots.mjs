// The README's screenshots of the client SDK in the studio, taken by readme-screenshots.mjs on a
// studio of its own serving the Gen 2 test app. Not a test.
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

/**
 * Shoots widget.png (a record page with the app's widget), dialog-form.png (a dialog's form
 * showing its validation errors, the submit button in the footer) and palette.png (the ⌘K
 * palette searching the app's actions) into out.
 */
export async function shootSdkSurfaces(browser, out) {
  const example = process.env.STUDIO_EXAMPLE;
  const studio = await startAppStudio("gen2-call-logger");
  process.env.STUDIO_EXAMPLE = example;
  try {
    const page = await openStudio(browser, studio.url, "#/people");
    page.setDefaultTimeout(10000);
    await openPerson(page, expect, "Ada Lovelace");
    await expect(page.getByTestId("widget-call-count")).toContainText("on file");
    await page.screenshot({path: path.join(out, "widget.png")});

    await page.getByTestId("action-log-call").click();
    const dialog = page.getByTestId("dialog");
    await expect(dialog).toContainText("Log the call you just had.");
    await page.getByLabel("Subject").fill("Re");
    await page.getByLabel("Website").fill("not a site");
    await page.getByTestId("dialog-footer").getByRole("button", {name: "Log call"}).click();
    await expect(dialog).toContainText("Must be at least 3 characters");
    await page.screenshot({path: path.join(out, "dialog-form.png")});
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    await page.keyboard.press("Control+K");
    await page.keyboard.type("log");
    await expect(page.getByTestId("command-palette")).toContainText("Log call");
    await page.screenshot({path: path.join(out, "palette.png")});
    await page.keyboard.press("Escape");
  } finally {
    await studio.stop();
  }
}
