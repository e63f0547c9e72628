// Cold start in serve mode: from the studio process being started to a person's record page
// being interactive in headless Chromium (the example's Send to ALC button visible and enabled).
// The browser is already running, as a user's is; each run starts a new studio process on a
// copy of the example, first with a new data file (the workspace is seeded), then with the data
// file an earlier run left (the usual start). Figures only, nothing asserted.
//   node tools/bench/coldstart.mjs [RUNS]        (STUDIO_BIN defaults to build/bin/attio-studio)
import {copyFileSync, rmSync} from "node:fs";
import path from "node:path";
import {exampleDir, launchBrowser, median, ms, personId, serve, workDir} from "./lib.mjs";

const runs = Number(process.argv[2] ?? 7);
const selector = '[data-testid="action-send-to-alc"]';

/** Opens the record page at once and records, in epoch ms, when the page loaded and when the
 * Send to ALC button was first visible and enabled. */
async function openRecord(browser, studio, id) {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await page.addInitScript((selector) => {
    const times = (window.__benchStart = {});
    const now = () => performance.timeOrigin + performance.now();
    addEventListener("load", () => (times.load = now()));
    const check = () => {
      const el = document.querySelector(selector);
      if (!times.interactive && el && !el.disabled && el.getClientRects().length > 0) {
        times.interactive = now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {subtree: true, childList: true, attributes: true});
  }, selector);
  await page.goto(`${studio.url}#/people/${id}`);
  await page.waitForFunction(() => window.__benchStart.interactive, null, {timeout: 60000, polling: 50});
  const times = await page.evaluate(() => window.__benchStart);
  await page.close();
  return times;
}

const browser = await launchBrowser();
const work = workDir("coldstart", exampleDir);
const appDir = path.join(work, "app");
const kept = path.join(work, "kept.db");
const rows = {fresh: [], existing: []};
try {
  // A first start, untimed: learns Ada's id (the default workspace's ids are stable) and leaves
  // a data file for the runs that reopen one.
  let studio = await serve(appDir, path.join(work, "first.db"));
  const id = await personId(studio, "Ada Lovelace");
  await studio.stop();
  copyFileSync(path.join(work, "first.db"), kept);

  for (let i = 0; i < runs; i++) {
    for (const kind of ["fresh", "existing"]) {
      const data = path.join(work, `run-${kind}-${i}.db`);
      if (kind === "existing") copyFileSync(kept, data);
      studio = await serve(appDir, data);
      try {
        const t = await openRecord(browser, studio, id);
        rows[kind].push({
          listening: studio.listeningAt - studio.spawnedAt,
          load: t.load - studio.spawnedAt,
          interactive: t.interactive - studio.spawnedAt,
        });
      } finally {
        await studio.stop();
      }
    }
  }
} finally {
  await browser.close();
  rmSync(work, {recursive: true, force: true});
}

console.log(`cold start in serve mode to an interactive record page, median of ${runs} starts (ms)`);
console.log(`${"data file".padEnd(30)} ${"listening".padStart(10)} ${"page load".padStart(10)} ${"interactive".padStart(12)}`);
for (const [kind, label] of [["fresh", "new (workspace seeded)"], ["existing", "existing (reopened)"]]) {
  const m = (k) => ms(median(rows[kind].map((r) => r[k])));
  console.log(`${label.padEnd(30)} ${m("listening").padStart(10)} ${m("load").padStart(10)} ${m("interactive").padStart(12)}`);
}
console.log(
  "listening: the process printed its URL; page load: the studio page's load event; interactive:\n" +
    "the Send to ALC button on Ada Lovelace's record page visible and enabled. All from just before\n" +
    "the process was started; the browser was already running.",
);
