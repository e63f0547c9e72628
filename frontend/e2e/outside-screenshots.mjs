// The README's screenshots of the connections, webhooks and outbound panels, taken by
// readme-screenshots.mjs on the studio it started. Not a test.
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio} from "./harness.mjs";

/**
 * Shoots webhooks.png (the mock third party's callback open with its request and answer),
 * outbound.png (the example's mock rules) and connections.png (acting as another member, with
 * a workspace and a user connection) into out. The studio must have sent a person to ALC.
 */
export async function shootOutsidePanels(browser, studio, out) {
  const page = await openStudio(browser, studio.url, "#/webhooks");
  page.setDefaultTimeout(10000);
  // The example's rule calls back 3 s after answering.
  const callback = page.locator('[data-testid="delivery-row"][data-origin="callback"]').first();
  await expect(callback).toBeVisible({timeout: 15000});
  await callback.locator("button").first().click();
  await expect(callback.getByTestId("delivery-detail")).toBeVisible();
  await page.screenshot({path: path.join(out, "webhooks.png")});

  // The rules need the height: fold the inspector away for this one, then bring it back.
  await page.goto(studio.url + "#/outbound");
  await expect(page.getByTestId("mock-rule").first()).toBeVisible();
  await page.getByRole("button", {name: "Collapse inspector"}).click();
  await page.getByTestId("mock-rules").scrollIntoViewIfNeeded();
  await page.screenshot({path: path.join(out, "outbound.png")});
  await page.getByRole("button", {name: "Expand inspector"}).click();

  // Last, as the example's connection-added registers one more webhook handler.
  await page.goto(studio.url + "#/connections");
  const picker = page.getByTestId("current-user-picker");
  await picker.selectOption({label: "Priya Patel · priya@acme.example"});
  await page.getByTestId("add-connection").click();
  const dialog = page.getByTestId("studio-dialog");
  await dialog.getByTestId("connection-kind-user").check({force: true});
  await expect(dialog).toContainText("Owned by Priya Patel");
  await dialog.getByTestId("connection-key").fill("calendar");
  await dialog.getByTestId("connection-auth-oauth").check({force: true});
  await dialog.getByTestId("studio-dialog-ok").click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("connections-panel")).toContainText("calendar");
  await page.screenshot({path: path.join(out, "connections.png")});
  await page.close();
}
