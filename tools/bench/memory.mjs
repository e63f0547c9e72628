// Memory of the serve-mode studio on the example: its resident size (VmRSS) idle with the record
// page open in headless Chromium, at the peak of and right after 10,000 server calls made through
// its HTTP API (the example's send-to-alc, 8 at a time, the page receiving every call's event),
// and then after idle periods. The calls go round the workspace's people: each call sets the
// person's ALC status, and every write of a record's attribute keeps the value it replaces, so
// 10,000 writes to one person would measure that one record's growing history instead. Figures only, nothing asserted.
//   node tools/bench/memory.mjs [CALLS] [CONCURRENCY]   (STUDIO_BIN defaults to build/bin/attio-studio)
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import path from "node:path";
import {exampleDir, launchBrowser, ms, personId, rssMiB, serve, sleep, workDir} from "./lib.mjs";

const calls = Number(process.argv[2] ?? 10000);
const concurrency = Number(process.argv[3] ?? 8);
const idleChecks = [5, 30, 60]; // seconds after the calls end

const work = workDir("memory", exampleDir);
const appDir = path.join(work, "app");
// The example's mock answers after 600 ms, as a real API might; the calls here measure the
// studio, so the mock answers at once.
const studioFile = path.join(appDir, "attio-studio.json");
writeFileSync(studioFile, readFileSync(studioFile, "utf8").replace(/"delayMs":\s*\d+/, '"delayMs": 0'));

const browser = await launchBrowser();
const studio = await serve(appDir, path.join(work, "data.db"));
const rows = [];
const note = (what, mib) => rows.push([what, mib, rssMiB(studio.pid, "RssAnon"), rssMiB(studio.pid, "RssFile")]);
try {
  const id = await personId(studio, "Ada Lovelace");
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await page.goto(`${studio.url}#/people/${id}`);
  await page.waitForSelector('[data-testid="action-send-to-alc"]', {state: "visible", timeout: 30000});
  await sleep(5000);
  const idle = rssMiB(studio.pid);
  note("idle, record page open", idle);

  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(studio.pid))), 100);
  const started = performance.now();
  let next = 0;
  let failed = 0;
  const people = (await studio.api("ListRecords", "people", 500, 0)).map((r) => r.id.record_id);
  await Promise.all(
    Array.from({length: concurrency}, async () => {
      while (next < calls) {
        const person = people[next++ % people.length];
        const args = ["send-to-alc.server", [person, "Someone", "+447700900123"], ""];
        const res = await studio.api("CallServerFunction", ...args);
        if (res.error) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  rows.push([`peak during ${calls} calls`, peak, NaN, NaN]);
  note(`right after the calls`, rssMiB(studio.pid));
  let waited = 0;
  for (const s of idleChecks) {
    await sleep((s - waited) * 1000);
    waited = s;
    note(`${s} s after the calls`, rssMiB(studio.pid));
  }
  const recorded = await studio.api("CountCalls");
  console.log(
    `memory of the serve-mode studio on the example (VmRSS, MiB); ${calls} calls in ${seconds.toFixed(1)} s ` +
      `(${(calls / seconds).toFixed(0)}/s, ${concurrency} at a time), ${failed} failed, ${recorded} in the call log`,
  );
  console.log(`  ${"".padEnd(32)} ${"VmRSS".padStart(8)} ${"over idle".padStart(10)} ${"anon".padStart(8)} ${"file".padStart(8)}`);
  for (const [what, mib, anon, file] of rows) {
    const growth = mib - idle;
    console.log(
      `  ${what.padEnd(32)} ${ms(mib).padStart(8)} ${`${growth >= 0 ? "+" : ""}${ms(growth)}`.padStart(10)} ` +
        `${ms(anon).padStart(8)} ${ms(file).padStart(8)}`,
    );
  }
  console.log("  anon: heap and stacks (RssAnon); file: mapped files, mostly the bbolt data file (RssFile)");
  await page.close();
} catch (e) {
  console.error(`${e.stack}\n--- the studio's log (last 3000 characters):\n${studio.log().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  await studio.stop();
  await browser.close();
  rmSync(work, {recursive: true, force: true});
}
