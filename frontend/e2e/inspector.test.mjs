// The inspector end to end on the example: Send to ALC's whole tree in the timeline, the calls
// view filtered to errors, a deterministic replay with no difference, a timeline exported and
// imported back read-only, live rows that leave the focus alone, and the log kept across a restart.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {execFile, spawn} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import path from "node:path";
import {promisify} from "node:util";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser, startStudio} from "./harness.mjs";

let studio;
let browser;

before(async () => {
  studio = await startStudio();
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

/** Calls a studio API method the way the page does in serve mode. */
async function callApi(url, method, ...args) {
  const response = await fetch(`${url}api/${method}`, {method: "POST", body: JSON.stringify(args)});
  const body = await response.json();
  if (!response.ok) throw new Error(`${method}: ${body.error}`);
  return body;
}

async function sendToAlc(page, name) {
  await page.getByTestId("record-row").getByText(name, {exact: true}).click();
  await expect(page.getByTestId("record-page")).toContainText(name);
  await page.getByTestId("action-send-to-alc").click();
}

/** The timeline's rows as [type, level, text], from the first row that includes text down. */
async function treeOf(page, rootText) {
  const items = await page.getByTestId("inspector").getByRole("treeitem").evaluateAll((rows) =>
    rows.map((row) => ({
      type: row.dataset.kind ?? row.dataset.leafType,
      level: Number(row.getAttribute("aria-level")),
      text: row.textContent,
      callId: row.dataset.callId,
      status: row.dataset.status,
      bar: row.querySelector(".timeline__bar")?.getBoundingClientRect().width ?? null,
    })),
  );
  const start = items.findIndex((row) => row.level === 1 && row.text.includes(rootText));
  if (start < 0) return [];
  const end = items.findIndex((row, i) => i > start && row.level === 1);
  return items.slice(start, end < 0 ? undefined : end);
}

test("Send to ALC shows as one tree: toasts, the query, the server call and its requests", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await sendToAlc(page, "Ada Lovelace");
  await expect(page.getByTestId("toasts")).toContainText("Sent to ALC", {timeout: 10000});

  let tree = [];
  const done = async () => {
    tree = await treeOf(page, "send-to-alc");
    return tree[0]?.status === "ok" && tree.some((row) => row.text.includes("Sent to ALC"));
  };
  for (let i = 0; i < 100 && !(await done()); i++) await page.waitForTimeout(50);
  const shape = tree.map((row) => [row.type, row.level]);
  const find = (type, text) => tree.find((row) => row.type === type && row.text.includes(text));

  assert.deepEqual(shape[0], ["record-action", 1], JSON.stringify(tree, null, 1));
  assert.equal(find("notification", "Sending to ALC…")?.level, 2);
  assert.equal(find("query", "getPerson")?.level, 2);
  const server = find("server-function", "send-to-alc.server");
  assert.equal(server?.level, 2);
  assert.equal(server.status, "ok");
  assert.equal(find("request", "POST https://api.acmeleadchecker.ai/api/v1/leads")?.level, 3);
  assert.equal(find("console", "Lead lead_5d8e21 created for Ada Lovelace")?.level, 3);
  const attio = find("request", "PATCH https://api.attio.com/v2/objects/people/records/");
  assert.equal(attio?.level, 3);
  assert.match(attio.text, /Attio API/);
  assert.equal(find("notification", "Sent to ALC")?.level, 2);
  // Every row has its place in the waterfall; the server call waits 600 ms for the mock's answer,
  // so its bar has a length.
  assert.ok(tree.every((row) => row.bar !== null), JSON.stringify(tree, null, 1));
  assert.ok(server.bar > 0, `the server call's bar is ${server.bar} px wide`);

  await page.screenshot({path: path.join(screenshotDir, "inspector-tree.png")});
  assert.deepEqual(page.errors, []);
});

test("the webhooks panel's Show the handler's call opens it in the inspector, focus kept", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  const action = page.locator('[data-testid="call-row"][data-kind="record-action"]').first();
  await expect(action).toContainText("send-to-alc");
  const webhook = page.getByTestId("call-row").filter({hasText: "lead-processed"});
  // The mock's callback reaches the webhook handler a few seconds after the lead is created.
  await expect(webhook).toBeVisible({timeout: 10000});
  await action.locator(".timeline__toggle").click();
  await expect(webhook).toBeHidden();

  await page.getByTestId("open-webhooks").click();
  await page.getByTestId("delivery-row").filter({hasText: "lead-processed"}).first().click();
  const show = page.getByTestId("show-handler-call");
  await show.click();

  await expect(page.getByTestId("call-detail")).toContainText("lead-processed");
  await expect(webhook.and(page.locator('[aria-selected="true"]'))).toBeVisible();
  assert.equal(await show.evaluate((button) => button === document.activeElement), true);
  assert.deepEqual(page.errors, []);
});

test("a deterministic replay of the server call finds no difference", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  const server = page.getByTestId("call-row").filter({hasText: "send-to-alc.server"}).first();
  await server.click();
  const detail = page.getByTestId("call-detail");
  await expect(detail).toContainText("send-to-alc.server");

  await detail.getByTestId("replay-deterministic-button").click();
  await expect(detail.getByTestId("replay-same")).toContainText("No difference", {timeout: 10000});
  const replays = page.getByTestId("call-row").filter({hasText: "deterministic replay"});
  await expect(replays).toBeVisible();
  assert.deepEqual(page.errors, []);
});

test("the calls view filtered to errors shows only the failed calls", async () => {
  const outbound = await callApi(studio.url, "Outbound");
  await callApi(studio.url, "SetOutbound", {
    ...outbound,
    faults: {"api.acmeleadchecker.ai": {kind: "server-error", status: 503}},
  });
  try {
    const page = await openStudio(browser, studio.url, "#/people");
    await sendToAlc(page, "Ada Lovelace");
    const failed = page.getByTestId("call-row").and(page.locator('[data-status="error"]'));
    await expect(failed.filter({hasText: "send-to-alc.server"})).toBeVisible({timeout: 10000});

    await page.getByTestId("inspector-tab-calls").click();
    await expect(page.getByTestId("calls-view-row").filter({hasText: "getPerson"})).toBeVisible();
    await page.getByTestId("filter-status").selectOption("error");
    await expect(page.getByTestId("calls-view-count")).toContainText("of ");
    const rows = page.getByTestId("calls-view-row");
    await expect(rows.filter({hasText: "getPerson"})).toBeHidden();
    const statuses = await rows.evaluateAll((all) => all.map((row) => row.dataset.status));
    assert.ok(statuses.length >= 1, "no error rows");
    assert.deepEqual([...new Set(statuses)], ["error"]);

    await rows.filter({hasText: "send-to-alc.server"}).first().click();
    const error = page.getByTestId("call-detail").getByTestId("call-error");
    await expect(error).toContainText("Acme Lead Checker refused the lead: 503");
    await expect(error.getByTestId("code-frame")).toContainText("throw new Error");
    await expect(error).toContainText("send-to-alc.server.ts:");
    await page.screenshot({path: path.join(screenshotDir, "inspector-errors.png")});
    assert.deepEqual(page.errors, []);
  } finally {
    await callApi(studio.url, "SetOutbound", outbound);
  }
});

test("a timeline exported to a file comes back read-only when imported", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await expect(page.getByTestId("call-row").filter({hasText: "send-to-alc.server"})).toBeVisible();
  await page.getByTestId("inspector-export").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-timeline-json").click(),
  ]);
  assert.match(download.suggestedFilename(), /\.timeline\.json$/);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "inspector-export-")), "saved.json");
  await download.saveAs(file);
  const timeline = JSON.parse(readFileSync(file, "utf8"));
  const names = timeline.calls.map((call) => call.name);
  assert.ok(names.includes("send-to-alc.server"), names.join(", "));
  assert.ok(names.includes("send-to-alc"), names.join(", "));

  await callApi(studio.url, "ClearCalls");
  await expect(page.getByTestId("call-row").filter({hasText: "send-to-alc"})).toBeHidden();

  await page.getByTestId("inspector-import-input").setInputFiles(file);
  await expect(page.getByTestId("imported-banner")).toContainText("saved.json");
  await expect(page.getByTestId("imported-banner")).toContainText("Read-only");
  const server = page.getByTestId("call-row").filter({hasText: "send-to-alc.server"}).first();
  await expect(server).toBeVisible();
  await server.click();
  await expect(page.getByTestId("call-detail")).toContainText("send-to-alc.server");
  await expect(page.getByTestId("replay-deterministic-button")).toBeHidden();
  await expect(page.getByTestId("inspector-export")).toBeHidden();
  await expect(page.getByTestId("inspector-clear")).toBeHidden();
  await page.screenshot({path: path.join(screenshotDir, "inspector-imported.png")});

  await page.getByTestId("imported-close").click();
  await expect(page.getByTestId("imported-banner")).toBeHidden();
  await expect(page.getByTestId("call-row").filter({hasText: "send-to-alc"})).toBeHidden();
  rmSync(path.dirname(file), {recursive: true, force: true});
  assert.deepEqual(page.errors, []);
});

test("a call made elsewhere appears live and leaves the focus where the user typed", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  const search = page.getByPlaceholder("Search people");
  await search.click();
  await search.pressSequentially("Ad");

  const people = await callApi(studio.url, "ListRecords", "people", 1, 0);
  const {callId} = await callApi(studio.url, "CallServerFunction", "send-to-alc.server",
    [people[0].id.record_id, "Live Caller", "+15550100"], "");
  await expect(page.locator(`[data-testid="call-row"][data-call-id="${callId}"]`)).toBeVisible();

  assert.equal(await search.evaluate((input) => input === document.activeElement), true);
  assert.equal(await search.inputValue(), "Ad");
  assert.deepEqual(page.errors, []);
});

/** Serves appDir on dataFile until stop() (the harness's studio removes its folder on stop). */
async function serve(appDir, dataFile) {
  const child = spawn(process.env.STUDIO_BIN, ["serve", "--addr", "127.0.0.1:0", "--data", dataFile, appDir], {
    env: {...process.env, HOME: path.dirname(dataFile)},
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the studio did not start:\n${out}`)), 30000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1], clearTimeout(timer));
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`the studio exited with ${code}:\n${out}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

test("the log survives a restart on the same data file, and logs --json prints it", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "inspector-restart-"));
  const appDir = path.join(work, "app");
  const dataFile = path.join(work, "data.db");
  cpSync(process.env.STUDIO_EXAMPLE, appDir, {recursive: true});
  try {
    let running = await serve(appDir, dataFile);
    const people = await callApi(running.url, "ListRecords", "people", 1, 0);
    const {callId} = await callApi(running.url, "CallServerFunction", "send-to-alc.server",
      [people[0].id.record_id, "Before Restart", "+15550101"], "");
    await running.stop();

    const {stdout} = await promisify(execFile)(process.env.STUDIO_BIN,
      ["logs", "--json", "--data", dataFile, appDir]);
    const logged = stdout.trim().split("\n").map((line) => JSON.parse(line));
    const call = logged.find((c) => c.id === callId);
    assert.ok(call, stdout);
    assert.equal(call.name, "send-to-alc.server");
    assert.equal(call.status, "ok");

    running = await serve(appDir, dataFile);
    try {
      const page = await openStudio(browser, running.url, "#/people");
      const row = page.locator(`[data-testid="call-row"][data-call-id="${callId}"]`);
      await expect(row).toContainText("Before Restart");
      assert.deepEqual(page.errors, []);
    } finally {
      await running.stop();
    }
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
});
