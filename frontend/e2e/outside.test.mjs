// The app's conversations with the outside world, in the UI: connections added and removed
// through the app's events (and refused by a throwing connection-added), the prompt when server
// code reads a connection that is not there, the webhook request composer with its deliveries
// and replay, a mock rule edited and saved into attio-studio.json, and the example's whole
// story finishing by itself through the mock third party's callback.
import {after, before, describe, test} from "node:test";
import assert from "node:assert/strict";
import {mkdirSync, readFileSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser, startStudio} from "./harness.mjs";
import {startAppStudio} from "./apps/harness-app.mjs";

let browser;

before(async () => {
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
});

/** Calls the studio's API the way the page does: POST /api/<Method> with the arguments. */
async function callApi(studio, method, ...args) {
  const response = await fetch(new URL(`api/${method}`, studio.url), {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify(args),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method}: ${response.status} ${text}`);
  return text === "" ? null : JSON.parse(text);
}

/** Retries check until it stops throwing, for state the page changes a moment later. */
async function eventually(check, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Polls until the locator matches exactly n elements. */
async function expectCount(locator, n, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let count;
  while ((count = await locator.count()) !== n) {
    if (Date.now() > deadline) throw new Error(`expected ${locator} to match ${n}, saw ${count}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the studio, with actions failing in seconds rather than Playwright's 30. */
async function open(studio, hash) {
  const page = await openStudio(browser, studio.url, hash);
  page.setDefaultTimeout(8000);
  return page;
}

function inspectorRow(page, name) {
  return page.getByTestId("inspector").getByTestId("call-row").filter({hasText: name});
}

async function addConnection(page, {kind = "workspace", key = "", value}) {
  await page.getByTestId("add-connection").click();
  const dialog = page.getByTestId("studio-dialog");
  // The radio sits under its label, which takes the click as a person's would.
  await dialog.getByTestId(`connection-kind-${kind}`).check({force: true});
  if (key) await dialog.getByTestId("connection-key").fill(key);
  await dialog.getByTestId("connection-value").fill(value);
  await dialog.getByTestId("studio-dialog-ok").click();
  return dialog;
}

async function removeConnection(page, row) {
  await row.getByTestId("remove-connection").click();
  await page.getByTestId("studio-dialog").getByTestId("studio-dialog-ok").click();
}

describe("on the example", () => {
  let studio;
  const example = process.env.STUDIO_EXAMPLE;

  before(async () => {
    process.env.STUDIO_EXAMPLE = example;
    studio = await startStudio();
  });

  after(async () => {
    await studio?.stop();
  });

  test("adds a keyed workspace connection through connection-added, then removes it", async () => {
    const page = await open(studio, "#/connections");
    const rows = page.getByTestId("connection-row");
    await expectCount(rows, 1);

    const dialog = await addConnection(page, {key: "billing", value: "alc_billing_51c2"});
    await expect(dialog).toBeHidden();
    const billing = page.locator('[data-testid="connection-row"][data-key="billing"]');
    await expect(billing).toContainText("Workspace");
    await expectCount(rows, 2);
    await expect(inspectorRow(page, "connection-added")).toBeVisible();

    await removeConnection(page, billing);
    await expectCount(rows, 1);
    await expect(inspectorRow(page, "connection-removed")).toBeVisible();
    const conns = await callApi(studio, "Connections");
    assert.deepEqual(conns.map((c) => c.key), [""], "only the default connection is left");
    assert.deepEqual(page.errors, []);
  });

  test("acts as another member, whose user connections are their own", async () => {
    const page = await open(studio, "#/connections");
    const picker = page.getByTestId("current-user-picker");
    await expect(picker).toContainText("Priya Patel");
    await picker.selectOption({label: "Priya Patel · priya@acme.example"});
    await eventually(async () =>
      assert.equal((await callApi(studio, "CurrentUser")).email_address, "priya@acme.example"),
    );

    const dialog = await addConnection(page, {kind: "user", value: "priya_token_1"});
    await expect(dialog).toBeHidden();
    const userRow = page.locator('[data-testid="connection-row"]').filter({hasText: "User"});
    await expect(userRow).toContainText("Priya Patel");
    await removeConnection(page, userRow);
    await expectCount(page.getByTestId("connection-row"), 1);

    await picker.selectOption({label: "Sam Rivera · sam@acme.example"});
    await eventually(async () =>
      assert.equal((await callApi(studio, "CurrentUser")).email_address, "sam@acme.example"),
    );
    assert.deepEqual(page.errors, []);
  });

  test("offers to add the connection server code could not read", async () => {
    const page = await open(studio, "#/connections");
    await removeConnection(page, page.getByTestId("connection-row").first());
    await expect(page.getByTestId("no-connections")).toBeVisible();

    await page.goto(studio.url + "#/people");
    await page.getByTestId("record-row").getByText("Ada Lovelace", {exact: true}).click();
    await page.getByTestId("action-send-to-alc").click();
    const prompt = page.getByTestId("connection-prompt");
    await expect(prompt).toContainText("needs a workspace connection");
    await expect(prompt).toContainText("No workspace connection is set up for this app");
    await page.screenshot({path: path.join(screenshotDir, "connection-prompt.png")});

    await prompt.getByTestId("prompt-add-connection").click();
    const dialog = page.getByTestId("studio-dialog");
    await expect(dialog.getByTestId("connection-reason")).toContainText("No workspace connection");
    await dialog.getByTestId("connection-value").fill("alc_test_7f3c9a2e");
    await dialog.getByTestId("studio-dialog-ok").click();
    await expect(dialog).toBeHidden();
    await expect(prompt).toBeHidden();

    // connection-added registered the webhook again, so the story can go on.
    const handlers = await callApi(studio, "WebhookHandlers");
    assert.equal(handlers.length, 1);
    assert.equal(handlers[0].externalWebhookId, "wh_91b0c4");
    assert.deepEqual(page.errors, []);
  });

  test("Send to ALC goes Pending, then Complete when the third party calls back", async () => {
    const page = await open(studio, "#/people");
    await page.getByTestId("record-row").getByText("Alan Turing", {exact: true}).click();
    await expect(page.getByTestId("record-title")).toContainText("Alan Turing");
    await page.getByTestId("action-send-to-alc").click();
    const status = page.getByTestId("attribute-alc_status");
    await expect(status).toContainText("Pending", {timeout: 10000});
    // The example's rule calls back 3 s after answering; the page updates without a reload.
    await expect(status).toContainText("Complete", {timeout: 10000});
    await expect(inspectorRow(page, "lead-processed")).toBeVisible();
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({path: path.join(screenshotDir, "story-complete.png")});
    assert.deepEqual(page.errors, []);
  });

  test("sends a request from the composer, shows its answer, and replays it", async () => {
    const [grace] = await callApi(studio, "SearchRecords", "people", "Grace Hopper", 1);
    const page = await open(studio, "#/webhooks");
    const composer = page.getByTestId("request-composer");
    await expect(composer.getByTestId("composer-target")).toContainText("lead-processed");
    const body = JSON.stringify({lead_id: "lead_e2e", reference: grace.id.record_id});
    await composer.getByTestId("composer-body").fill(body);
    await composer.getByTestId("composer-send").click();

    const composed = page.locator('[data-testid="delivery-row"][data-origin="composer"]').first();
    await expect(composed.getByTestId("status")).toContainText("204");
    if ((await composed.getByTestId("delivery-detail").count()) === 0) {
      await composed.locator("button").first().click();
    }
    const detail = composed.getByTestId("delivery-detail");
    await expect(detail.getByTestId("delivery-request")).toContainText("lead_e2e");
    await expect(detail.getByTestId("delivery-response")).toBeVisible();

    await detail.getByTestId("replay-delivery").click();
    const replay = page.locator('[data-testid="delivery-row"][data-origin="replay"]').first();
    await expect(replay.getByTestId("status")).toContainText("204");
    const deliveries = await callApi(studio, "WebhookDeliveries", 10);
    const replayed = deliveries.find((d) => d.origin === "replay");
    assert.equal(replayed.request.body, body);
    assert.equal(replayed.status, 204);
    assert.deepEqual(page.errors, []);
  });

  test("saves an edited mock rule's status into attio-studio.json", async () => {
    const studioFile = path.join(studio.appDir, "attio-studio.json");
    const before = JSON.parse(readFileSync(studioFile, "utf8"));
    assert.equal(before.mocks[0].response.status, 201);

    const page = await open(studio, "#/outbound");
    const status = page.getByTestId("rule-0-answer-0-status");
    await expect(status).toBeVisible();
    await status.fill("202");
    await page.getByTestId("save-mock-rules").click();
    await expect(page.getByTestId("save-mock-rules")).toContainText("Save rules");

    const saved = await eventually(() => {
      const file = JSON.parse(readFileSync(studioFile, "utf8"));
      assert.equal(file.mocks[0].response.status, 202);
      return file;
    });
    assert.equal(saved.mocks[0].response.callback.webhook, "lead-processed");
    assert.deepEqual(saved.attributes, before.attributes, "the rest of the file stays");
    assert.equal((await callApi(studio, "MockRules"))[0].response.status, 202);
    assert.deepEqual(page.errors, []);
  });
});

describe("on an app whose connection-added throws", () => {
  let studio;

  before(async () => {
    studio = await startAppStudio("picky-connection");
  });

  after(async () => {
    await studio?.stop();
  });

  test("shows the error and saves nothing", async () => {
    const page = await open(studio, "#/connections");
    await expect(page.getByTestId("no-connections")).toBeVisible();

    const dialog = await addConnection(page, {value: "plain-password"});
    await expect(dialog.getByRole("alert")).toContainText("That is not an API key");
    await expect(dialog).toBeVisible();
    await expect(inspectorRow(page, "connection-added")).toBeVisible();
    await dialog.getByTestId("studio-dialog-cancel").click();
    await expect(page.getByTestId("no-connections")).toBeVisible();
    assert.deepEqual(await callApi(studio, "Connections"), []);

    await addConnection(page, {value: "sk_live_42"});
    await expectCount(page.getByTestId("connection-row"), 1);
    assert.deepEqual(page.errors, []);
  });
});
