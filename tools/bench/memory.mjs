// Memory of the serve-mode studio on the example: its resident size (VmRSS) idle with the record
// page open in headless Chromium, at the peak of and right after 10,000 server calls made through
// its HTTP API (the example's send-to-alc, 8 at a time, the page receiving every call's event),
// and then after idle periods. Figures only, nothing asserted.
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
const note = (what, mib) => rows.push([what, mib]);
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
  const args = ["send-to-alc.server", [id, "Ada Lovelace", "+447700900123"], ""];
  await Promise.all(
    Array.from({length: concurrency}, async () => {
      while (next < calls) {
        next++;
        const res = await studio.api("CallServerFunction", ...args);
        if (res.error) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  note(`peak during ${calls} calls`, peak);
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
  for (const [what, mib] of rows) {
    const growth = mib - idle;
    console.log(`  ${what.padEnd(32)} ${ms(mib).padStart(8)}  ${growth >= 0 ? "+" : ""}${ms(growth)} over idle`);
  }
  await page.close();
} catch (e) {
  console.error(`${e.stack}\n--- the studio's log (last 3000 characters):\n${studio.log().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  await studio.stop();
  await browser.close();
  rmSync(work, {recursive: true, force: true});
}
