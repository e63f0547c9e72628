// The people list with tens of thousands of generated people: it draws only the rows in view,
// loads pages from the backend as they scroll into view, and sorts, filters and searches on the
// backend. tools/bench/list-100k.mjs times the same steps at 100,000 people.
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {mkdirSync} from "node:fs";
import path from "node:path";
import {expect} from "./expect.mjs";
import {openStudio, screenshotDir, startBrowser} from "./harness.mjs";
import {
  addFilter,
  allContain,
  allGenerated,
  drawnRows,
  scrollToRow,
  sortedBy,
  startLargeStudio,
  timeUntil,
} from "./editor-list-large.mjs";

// Enough people that loading them all would show; few enough to generate in seconds.
const people = Number(process.env.STUDIO_LIST_PEOPLE || 10000);

let studio;
let browser;

before(async () => {
  ({studio} = await startLargeStudio(people));
  browser = await startBrowser();
  mkdirSync(screenshotDir, {recursive: true});
});

after(async () => {
  await browser?.close();
  await studio?.stop();
});

test(`the people list at ${people} people scrolls, sorts, filters and searches`, async () => {
  const page = await openStudio(browser, studio.url, "#/people");
  await expect(page.getByTestId("record-row").first()).toBeVisible();
  // The count comes from the backend, not from loading every row.
  const counted = await page.waitForFunction(
    (least) => {
      const text = document.querySelector("[data-testid=record-count]")?.textContent ?? "";
      const n = Number(text.replace(/\D/g, ""));
      return !text.includes("+") && n > least && n;
    },
    people,
    {timeout: 10000},
  );
  const count = await counted.jsonValue();
  assert.ok(count < people + 100, `the list counts ${count} people`);
  const drawn = await page.getByTestId("record-row").count();
  assert.ok(drawn < 100, `${drawn} rows are drawn, not only those in view`);

  // Scrolling far down loads the rows there, which are generated people.
  await timeUntil(page, () => scrollToRow(page, Math.floor(people / 2)), allGenerated);
  await timeUntil(page, () => scrollToRow(page, count - 1), allGenerated);
  await scrollToRow(page, 0);

  const sortName = () => page.getByTestId("sort-name").click();
  await timeUntil(page, sortName, sortedBy, "asc");
  assert.equal((await drawnRows(page))[0].name, "Ada Allen");
  await timeUntil(page, sortName, sortedBy, "desc");
  assert.match((await drawnRows(page))[0].name, /^Tim /);
  // A page deep in a sorted list comes sorted too.
  await timeUntil(page, () => scrollToRow(page, Math.floor(people / 2)), sortedBy, "desc");

  await scrollToRow(page, 0);
  await timeUntil(page, () => addFilter(page, "Email addresses", "contains", "77@"), allContain, [
    "77@",
  ]);
  await timeUntil(page, () => page.getByTestId("record-search").fill("Lovelace"), allContain, [
    "77@",
    "lovelace",
  ]);
  const rows = await drawnRows(page);
  assert.ok(sortedBy(rows, "desc"), "the search and filter lost the sort");
  assert.ok(rows.length > 1, "the search and filter found nobody");
  await page.screenshot({path: path.join(screenshotDir, "editor-list-large.png")});
  assert.deepEqual(page.errors, []);
});
