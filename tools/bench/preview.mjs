// Save-to-updated-preview: the studio serves an app to headless Chromium with a person's record
// page open; each run rewrites a record action's label in its source file and times, in the
// page, how long after the write the new label is in the DOM and then painted. Done for the
// bundled example and for a generated 200-file app, then rebuild.go times the studio's backend
// steps and esbuild alone on the same files (the floor). Figures only, nothing asserted.
//   node tools/bench/preview.mjs [RUNS]          (STUDIO_BIN defaults to build/bin/attio-studio)
import {execFileSync} from "node:child_process";
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import path from "node:path";
import {writeApp} from "./genapp.mjs";
import {exampleDir, launchBrowser, median, ms, personId, repo, serve, workDir} from "./lib.mjs";

const runs = Number(process.argv[2] ?? 7);
// Where the record page is left as a screenshot after each app's runs, to look at.
const shots = process.env.SCREENSHOT_DIR || path.join(tmpdir(), "studio-bench-shots");

const apps = [
  {name: "example", files: null, file: "src/send-to-alc.tsx", action: "send-to-alc", label: "Send to ALC"},
  {name: "generated", files: 200, file: "src/actions/action0.tsx", action: "bench-action-0", label: "Bench action 0"},
];

/** Resolves when the page shows text inside selector, with the page times of the DOM change and
 * of the frame after it, measured from a page timestamp taken just before fn (the write) runs. */
async function timeChange(page, selector, text, write) {
  await page.evaluate(
    ({selector, text}) => {
      const seen = (window.__benchSeen = {});
      const check = () => {
        const el = document.querySelector(selector);
        if (!seen.dom && el && el.textContent.includes(text)) {
          seen.dom = performance.now();
          observer.disconnect();
          // The callback after the next animation frame runs once that frame is painted.
          requestAnimationFrame(() => setTimeout(() => (seen.painted = performance.now()), 0));
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {subtree: true, childList: true, characterData: true});
    },
    {selector, text},
  );
  const before = await page.evaluate(() => performance.now());
  write();
  await page.waitForFunction(() => window.__benchSeen.painted, null, {timeout: 30000, polling: 50});
  const seen = await page.evaluate(() => window.__benchSeen);
  return {dom: seen.dom - before, painted: seen.painted - before};
}

/** The "app built ms=N" lines the studio logged after offset. */
const builtMs = (log, offset) => [...log.slice(offset).matchAll(/msg="app built" ms=(\d+)/g)].map((m) => Number(m[1]));

async function measure(browser, app) {
  const work = workDir(app.name, app.files ? null : exampleDir);
  const appDir = path.join(work, "app");
  const sources = app.files
    ? writeApp(appDir, app.files)
    : readdirSync(path.join(appDir, "src"), {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).length;
  const studio = await serve(appDir, path.join(work, "data.db"));
  const result = {app: app.name, sources, dom: [], painted: [], backend: []};
  try {
    const id = await personId(studio, "Ada Lovelace");
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    await page.goto(`${studio.url}#/people/${id}`);
    const selector = `[data-testid="action-${app.action}"]`;
    await page.waitForSelector(selector, {state: "visible", timeout: 30000});
    result.bundleKiB = (await studio.api("ClientBundle")).code.length / 1024;
    const file = path.join(appDir, app.file);
    const original = readFileSync(file, "utf8");
    for (let i = 0; i <= runs; i++) {
      const label = `${app.label} v${i}`;
      const offset = studio.log().length;
      const t = await timeChange(page, selector, label, () =>
        writeFileSync(file, original.replace(`"${app.label}"`, JSON.stringify(label))),
      );
      if (i === 0) continue; // the first edit warms the page's and the studio's caches
      result.dom.push(t.dom);
      result.painted.push(t.painted);
      result.backend.push(...builtMs(studio.log(), offset).slice(-1));
    }
    writeFileSync(file, original);
    mkdirSync(shots, {recursive: true});
    await page.screenshot({path: path.join(shots, `preview-${app.name}.png`)});
    await page.close();
  } finally {
    await studio.stop();
  }
  // The floor and the backend's steps, on the same files, with no studio watching them.
  const out = execFileSync(
    "go",
    ["run", "./tools/bench/rebuild.go", "-json", "-runs", String(runs), appDir, app.file, `"${app.label}"`, `"${app.label} renamed"`],
    {cwd: repo, encoding: "utf8"},
  );
  result.steps = JSON.parse(out);
  rmSync(work, {recursive: true, force: true});
  return result;
}

const browser = await launchBrowser();
const results = [];
try {
  for (const app of apps) results.push(await measure(browser, app));
} finally {
  await browser.close();
}

console.log(`save to updated preview, median of ${runs} edits (ms; the first edit is a warm-up)`);
console.log(
  ["app", "client KiB", "in DOM", "painted", "studio log", "load", "bundle", "surfaces", "compile", "exports", "esbuild floor"]
    .map((h, i) => (i ? h.padStart(i === 1 ? 11 : 9) : h.padEnd(22)))
    .join(" "),
);
for (const r of results) {
  const name = `${r.app} (${r.sources} files)`;
  console.log(
    [
      name.padEnd(22),
      r.bundleKiB.toFixed(0).padStart(11),
      ...[median(r.dom), median(r.painted), median(r.backend), r.steps.load, r.steps.bundle, r.steps.surfaces, r.steps.compile, r.steps.exports]
        .map((n) => ms(n).padStart(9)),
      ms(r.steps.esbuild).padStart(13),
    ].join(" "),
  );
}
console.log(
  "in DOM / painted: from just before the write to the new label in the page / the frame after it.\n" +
    "studio log: the rebuild the studio itself reports (\"app built\"); load..exports: its steps, by\n" +
    "tools/bench/rebuild.go on the same files; esbuild floor: esbuild alone rebuilding them.\n" +
    "Between the write and the rebuild the studio waits 25 ms for the editor to finish writing.\n" +
    `The record pages after the last edit: ${shots}/preview-*.png`,
);
