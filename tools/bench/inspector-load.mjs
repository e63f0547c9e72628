// Times the inspector in headless Chromium while the studio (serve mode) runs a thousand trivial
// server calls a second: the page's frame times and long tasks, and how long after a call ends
// its row is in the page. First with the timeline showing, then the calls view. `make bench`
// runs it; figures are printed, never asserted. Usage:
//   STUDIO_BIN=build/bin/attio-studio node tools/bench/inspector-load.mjs [CALLS_PER_SECOND] [SECONDS]
import {openStudio, startBrowser} from "../../frontend/e2e/harness.mjs";
import {startAppStudio} from "../../frontend/e2e/apps/harness-app.mjs";

const rate = Number(process.argv[2] ?? 1000);
const seconds = Number(process.argv[3] ?? 5);
// Calls are sent in small bursts this often, so the rate holds without a timer a call.
const tickMs = 10;

const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Installed in the page before the load: every frame's interval, every long task, and when each
 * call row first shows, in epoch milliseconds (the same clock the backend stamps calls with).
 */
function watchPage() {
  const now = () => performance.timeOrigin + performance.now();
  const bench = {frames: [], longTasks: [], seen: new Map(), running: true};
  window.__bench = bench;
  let last = performance.now();
  const frame = (t) => {
    bench.frames.push(t - last);
    last = t;
    if (bench.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({type: "longtask", buffered: false});
  const note = (element) => {
    const id = element.dataset?.callId;
    if (id && !bench.seen.has(id)) bench.seen.set(id, now());
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches('[data-testid="call-row"], [data-testid="calls-view-row"]')) note(node);
        node.querySelectorAll?.('[data-testid="call-row"], [data-testid="calls-view-row"]')
          .forEach(note);
      }
    }
  }).observe(document.body, {childList: true, subtree: true});
}

/** Sends rate calls a second for seconds; resolves with each call's id, end and round trip. */
async function load(url, label) {
  const ended = new Map();
  const roundTrips = [];
  let failed = 0;
  let sent = 0;
  const inFlight = new Set();
  const started = performance.now();
  const send = () => {
    const n = sent++;
    const t = performance.now();
    const request = fetch(`${url}api/CallServerFunction`, {
      method: "POST",
      body: JSON.stringify(["ping.server", [n], ""]),
    })
      .then((response) => response.json())
      .then((result) => {
        roundTrips.push(performance.now() - t);
        if (result.callId && !result.error) ended.set(result.callId, true);
        else failed++;
      })
      .catch(() => failed++)
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      while (sent < due) send();
      if (performance.now() - started >= seconds * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, tickMs);
  });
  await Promise.all([...inFlight]);
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `inspector-load: ${label}: ${sent} calls in ${fixed(elapsed)} s ` +
      `(${fixed(ended.size / elapsed, 0)} finished/s, ${failed} failed); round trip ` +
      `p50 ${fixed(percentile(roundTrips, 50))} ms, p95 ${fixed(percentile(roundTrips, 95))} ms`,
  );
  return [...ended.keys()];
}

async function measure(page, url, label) {
  await page.evaluate(watchPage);
  const ids = await load(url, label);
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const bench = window.__bench;
    bench.running = false;
    return {frames: bench.frames, longTasks: bench.longTasks, seen: [...bench.seen]};
  });
  const calls = await fetch(`${url}api/Calls`, {method: "POST", body: JSON.stringify([10000])})
    .then((response) => response.json());
  const endOf = new Map(calls.map((call) => [call.id, Date.parse(call.started) + call.durationMs]));
  const wanted = new Set(ids);
  const latencies = seen.seen
    .filter(([id]) => wanted.has(id) && endOf.has(id))
    .map(([id, at]) => at - endOf.get(id));
  const frames = seen.frames.slice(1);
  const long = seen.longTasks;
  console.log(
    `inspector-load: ${label}: frames p50 ${fixed(percentile(frames, 50))} ms, p95 ` +
      `${fixed(percentile(frames, 95))} ms, max ${fixed(Math.max(...frames))} ms over ` +
      `${frames.length} frames; ${long.length} long tasks, ${fixed(long.reduce((a, b) => a + b, 0), 0)} ` +
      `ms in all, longest ${fixed(long.length ? Math.max(...long) : 0, 0)} ms`,
  );
  console.log(
    `inspector-load: ${label}: call end to row in the page p50 ${fixed(percentile(latencies, 50))} ms, ` +
      `p95 ${fixed(percentile(latencies, 95))} ms (${latencies.length} rows drawn of ` +
      `${ids.length} calls; rows that scroll past below the view are never drawn)`,
  );
}

const studio = await startAppStudio("inspector-load");
const browser = await startBrowser();
try {
  const page = await openStudio(browser, studio.url);
  await page.getByTestId("inspector").waitFor();
  // A few calls first, one of them selected, as a user reading one would have it.
  for (let i = 0; i < 3; i++) {
    await fetch(`${studio.url}api/CallServerFunction`, {
      method: "POST",
      body: JSON.stringify(["ping.server", [-1 - i], ""]),
    });
  }
  await page.getByTestId("call-row").first().click();
  await measure(page, studio.url, "timeline");
  await page.getByTestId("inspector-tab-calls").click();
  await page.getByTestId("calls-view-row").first().waitFor();
  await measure(page, studio.url, "calls view");
  if (page.errors.length) throw page.errors[0];
} finally {
  await browser.close();
  await studio.stop();
}
