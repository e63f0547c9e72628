// The README's inspector pictures: Send to ALC's tree with its waterfall, and a failed server
// call's error with its code frame. readme-screenshots.mjs calls shootInspector; it can also run
// alone: `node e2e/inspector-screenshots.mjs OUT_DIR` with STUDIO_BIN and STUDIO_EXAMPLE set.
import path from "node:path";
import {fileURLToPath} from "node:url";
import {expect} from "./expect.mjs";
import {openStudio, startBrowser, startStudio} from "./harness.mjs";

const alcHost = "api.acmeleadchecker.ai";

async function callApi(url, method, ...args) {
  const response = await fetch(`${url}api/${method}`, {method: "POST", body: JSON.stringify(args)});
  const body = await response.json();
  if (!response.ok) throw new Error(`${method}: ${body.error}`);
  return body;
}

/** Drags the inspector's top edge up so that it takes most of the window. */
async function growInspector(page, top) {
  const grip = await page.locator(".inspector__grip").boundingBox();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, top, {steps: 4});
  await page.mouse.up();
}

async function sendToAlc(page, name) {
  await page.getByTestId("record-row").getByText(name, {exact: true}).click();
  await expect(page.getByTestId("record-page")).toContainText(name);
  await page.getByTestId("action-send-to-alc").click();
}

/**
 * Takes inspector-timeline.png and inspector-detail.png into out, on a studio of its own: the
 * other pictures leave handlers and rules behind that would add calls to the trees.
 */
export async function shootInspector(browser, out) {
  const studio = await startStudio();
  try {
    await shootOn(browser, studio, out);
  } finally {
    await studio.stop();
  }
}

async function shootOn(browser, studio, out) {
  const page = await openStudio(browser, studio.url, "#/people");
  await sendToAlc(page, "Katherine Johnson");
  await expect(page.getByTestId("toasts")).toContainText("Sent to ALC", {timeout: 10000});
  const done = page.locator('[data-testid="call-row"][data-kind="record-action"][data-status="ok"]');
  await expect(done).toBeVisible();
  await growInspector(page, 270);
  await page.getByTestId("call-row").filter({hasText: "send-to-alc.server"}).first().click();
  await expect(page.getByTestId("call-detail").getByTestId("requests")).toBeVisible();
  // The toasts have gone by the time anyone reads the picture.
  await page.waitForTimeout(5000);
  await page.screenshot({path: path.join(out, "inspector-timeline.png")});

  const outbound = await callApi(studio.url, "Outbound");
  await callApi(studio.url, "SetOutbound", {
    ...outbound,
    faults: {[alcHost]: {kind: "server-error", status: 503}},
  });
  try {
    await callApi(studio.url, "ClearCalls");
    await sendToAlc(page, "Alan Turing");
    const failed = page.locator('[data-testid="call-row"][data-status="error"]');
    await failed.filter({hasText: "send-to-alc.server"}).first().click();
    const error = page.getByTestId("call-detail").getByTestId("call-error");
    await expect(error.getByTestId("code-frame")).toContainText("throw new Error");
    // The page's own report of the failed action covers the records; the inspector is the subject.
    const dismiss = page.getByTestId("app-errors").getByRole("button", {name: "Dismiss"}).first();
    await expect(dismiss).toBeVisible();
    await dismiss.click();
    await page.mouse.move(300, 700);
    await page.waitForTimeout(5000);
    await page.screenshot({path: path.join(out, "inspector-detail.png")});
  } finally {
    await callApi(studio.url, "SetOutbound", outbound);
    await page.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await startBrowser();
  try {
    await shootInspector(browser, process.argv[2]);
  } finally {
    await browser.close();
  }
}
