// The client runtime's rules on a Gen 2 app: an iframe and the app pass messages both ways;
// fetch, XMLHttpRequest and WebSocket fail saying to use a server function, and the page's
// document and storage are not there; a widget that throws while rendering shows its error and
// its stack in the app's file, and nothing else breaks.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {expect} from "./expect.mjs";
import {openStudio, startBrowser} from "./harness.mjs";
import {openPerson, startAppStudio} from "./apps/harness-app.mjs";

let studio;
let browser;

before(async () => {
  studio = await startAppStudio("gen2-sdk-kit");
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test("showIframe passes messages both ways and hideIframe closes it", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Ada Lovelace");
  await page.getByTestId("action-iframe").click();
  await expect(page.getByTestId("toasts")).toContainText("hello back");
  await expect(page.getByTestId("app-iframe")).toBeHidden();
  assert.deepEqual(page.errors, []);
});

test("fetch, XMLHttpRequest, WebSocket and the document are out of client code's reach", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Grace Hopper");
  // The fourth action is in the record page's "…" menu.
  await page.getByTestId("more-actions").click();
  await page.getByTestId("action-network").click();
  await expect(page.getByTestId("toasts"))
    .toContainText("fetch blocked, XMLHttpRequest blocked, WebSocket blocked, " +
      "window.top.fetch blocked, no document, no storage");
  assert.deepEqual(page.errors, []);
});

test("a widget's render error stays in the widget, with its stack in the app's file", async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await openPerson(page, expect, "Alan Turing");
  const crash = page.getByTestId("widget-crash");
  await expect(crash).toContainText("The crash widget always fails");
  await expect(crash).toContainText("src/crash-widget.tsx:6");
  await expect(page.getByTestId("widget-fine")).toContainText("Still here");
  await expect(page.getByTestId("record-title")).toContainText("Alan Turing");
  await page.getByTestId("action-read-settings").click();
  await expect(page.getByTestId("toasts")).toContainText("Settings read");
});
