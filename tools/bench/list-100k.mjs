// Times the people list at 100,000 people in headless Chromium against the built studio: the
// first rows, a sort each way, a filter, a search, a jump to the middle and scroll frames.
// `make bench` runs it; figures are printed, never asserted. Usage:
//   STUDIO_BIN=build/bin/attio-studio STUDIO_EXAMPLE=examples/acme-lead-checker \
//     node tools/bench/list-100k.mjs [PEOPLE]
import {openStudio, startBrowser} from "../../frontend/e2e/harness.mjs";
import {
  addFilter,
  allContain,
  allGenerated,
  percentile,
  scrollFrames,
  scrollToRow,
  sortedBy,
  startLargeStudio,
  timeUntil,
} from "../../frontend/e2e/editor-list-large.mjs";

const people = Number(process.argv[2] ?? 100_000);
const ms = (n) => `${n.toFixed(0)} ms`;

const {studio, generateMs} = await startLargeStudio(people);
const browser = await startBrowser();
try {
  console.log(`list-100k: ${people.toLocaleString("en")} people generated in ${ms(generateMs)}`);
  const page = await openStudio(browser, studio.url);
  const backend = [];
  page.on("requestfinished", (request) => {
    if (request.url().endsWith("/api/QueryRecords")) backend.push(request.timing().responseEnd);
  });
  const lastQuery = () => (backend.length > 0 ? ms(backend.at(-1)) : "?");

  const first = await timeUntil(page, () => page.goto(studio.url + "#/people"), () => true);
  console.log(`list-100k: first rows           ${ms(first)}`);

  const middle = Math.floor(people / 2);
  const jump = await timeUntil(page, () => scrollToRow(page, middle), allGenerated);
  console.log(`list-100k: jump to row ${middle}   ${ms(jump)} (query ${lastQuery()})`);
  const gaps = await scrollFrames(page);
  console.log(
    `list-100k: scroll frames         p50 ${ms(percentile(gaps, 50))}, p95 ` +
      `${ms(percentile(gaps, 95))}, max ${ms(Math.max(...gaps))} over ${gaps.length} frames`,
  );
  await scrollToRow(page, 0);

  const sortName = () => page.getByTestId("sort-name").click();
  const asc = await timeUntil(page, sortName, sortedBy, "asc");
  console.log(`list-100k: sort by name, asc     ${ms(asc)} (query ${lastQuery()})`);
  const desc = await timeUntil(page, sortName, sortedBy, "desc");
  console.log(`list-100k: sort by name, desc    ${ms(desc)} (query ${lastQuery()})`);
  const deepSorted = await timeUntil(page, () => scrollToRow(page, middle), (rows) => rows.length > 0);
  console.log(`list-100k: sorted, row ${middle}   ${ms(deepSorted)} (query ${lastQuery()})`);
  await page.getByTestId("sort-name").click();
  await scrollToRow(page, 0);

  // The filter and search wait for a 250 ms pause in typing, which these figures include.
  const filtered = await timeUntil(
    page,
    () => addFilter(page, "Email addresses", "contains", "77@"),
    allContain,
    ["77@"],
  );
  console.log(`list-100k: filter email ~ "77@"  ${ms(filtered)} (query ${lastQuery()})`);
  const search = page.getByTestId("record-search");
  const searched = await timeUntil(page, () => search.fill("Lovelace"), allContain, [
    "77@",
    "lovelace",
  ]);
  console.log(`list-100k: + search "Lovelace"   ${ms(searched)} (query ${lastQuery()})`);
  await page.getByRole("button", {name: "Clear the search"}).click();
  await page.getByTestId("filter-button").click();
  await page.getByRole("button", {name: "Clear all"}).click();
  await page.keyboard.press("Escape");
  const one = await timeUntil(page, () => search.fill(`person${middle}@`), allContain, [
    `person${middle}@`,
  ]);
  console.log(`list-100k: search one email      ${ms(one)} (query ${lastQuery()})`);
} finally {
  await browser.close();
  await studio.stop();
}
