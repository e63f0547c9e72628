// The README's pictures of the workspace editor: the people list at 100,000 people and a
// record page refusing a bad phone number next to the field. readme-screenshots.mjs calls it.
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio} from "./harness.mjs";
import {startLargeStudio} from "./editor-list-large.mjs";

/** Writes list-100k.png and record-page.png to out, from a studio of its own. */
export async function shootEditor(browser, out, people = 100_000) {
  const {studio} = await startLargeStudio(people);
  try {
    const page = await openStudio(browser, studio.url, "#/people");
    await expect(page.getByTestId("record-row").first()).toBeVisible({timeout: 30000});
    // The editor is the subject here: give it the whole height.
    await page.getByRole("button", {name: "Collapse inspector"}).click();
    await page.waitForFunction(
      () => !document.querySelector("[data-testid=record-count]")?.textContent?.includes("+"),
    );
    await page.getByTestId("sort-name").click();
    await page.waitForFunction(() => !document.querySelector(".record-list__placeholder"));
    await page.waitForTimeout(300);
    await page.screenshot({path: path.join(out, "list-100k.png")});

    // Back to creation order, where the default workspace's people come first.
    await page.getByTestId("sort-name").click();
    await page.getByTestId("sort-name").click();
    await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
    await expect(page.getByTestId("record-title")).toContainText("Ada Lovelace");
    await page.getByTestId("edit-phone_numbers").click();
    const editor = page.getByTestId("editor-phone_numbers");
    await editor.getByLabel("Add to Phone numbers").fill("020 7946 0958");
    await page.getByTestId("save-phone_numbers").click();
    await expect(page.getByTestId("attribute-error-phone_numbers")).toBeVisible();
    await page.waitForTimeout(200);
    await page.screenshot({path: path.join(out, "record-page.png")});
  } finally {
    await studio.stop();
  }
}
