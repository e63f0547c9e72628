// Times the inspector in headless Chromium while the studio (serve mode) runs a thousand trivial
// server calls a second: the page's frame times and long tasks, and how long after a call ends
// its row is in the page, and the CPU the studio and the browser spend a thousand calls (a busy
// machine stretches the wall-clock figures; CPU time shows what the studio itself costs). First
// with the timeline showing, then the calls view. `make bench` runs it; figures are printed,
// never asserted. Usage:
//   STUDIO_BIN=build/bin/attio-studio node tools/bench/inspector-load.mjs [CALLS_PER_SECOND] [SECONDS]
import {readFileSync, readdirSync} from "node:fs";
import {openStudio, startBrowser} from "../../frontend/e2e/harness.mjs";
import {startAppStudio} from "../../frontend/e2e/apps/harness-app.mjs";

const rate = Number(process.argv[2] ?? 1000);
const seconds = Number(process.argv[3] ?? 5);
// Calls are sent in small bursts this often, so the rate holds without a timer a call.
const tickMs = 10;
const maxInFlight = 32;

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
  // A row counts once it shows the call finished, not while it runs.
  const note = (element) => {
    const id = element.dataset?.callId;
    if (id && element.dataset.status !== "running" && !bench.seen.has(id)) bench.seen.set(id, now());
  };
  const rows = '[data-testid="call-row"], [data-testid="calls-view-row"]';
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        if (record.target.matches(rows)) note(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches(rows)) note(node);
        node.querySelectorAll(rows).forEach(note);
      }
    }
  }).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-status"],
  });
}

/**
 * Sends rate calls a second for seconds, at most maxInFlight at once (calls due while that many
 * are running wait their turn, so a slow studio shows as a lower rate, not a pile of sockets);
 * resolves with the ids of the calls that finished.
 */
async function load(url, label) {
  const ended = [];
  const roundTrips = [];
  let failed = 0;
  let due = 0;
  let sent = 0;
  let inFlight = 0;
  const started = performance.now();
  const send = () => {
    const n = sent++;
    inFlight++;
    const t = performance.now();
    fetch(`${url}api/CallServerFunction`, {
      method: "POST",
      body: JSON.stringify(["ping.server", [n], ""]),
    })
      .then((response) => response.json())
      .then((result) => {
        roundTrips.push(performance.now() - t);
        if (result.callId && !result.error) ended.push(result.callId);
        else failed++;
      })
      .catch(() => failed++)
      .finally(() => {
        inFlight--;
        if (sent < due && inFlight < maxInFlight) send();
      });
  };
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed < seconds * 1000) due = Math.floor((elapsed / 1000) * rate);
      while (sent < due && inFlight < maxInFlight) send();
      if (elapsed >= seconds * 1000 && inFlight === 0) {
        clearInterval(timer);
        resolve();
      }
    }, tickMs);
  });
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `inspector-load: ${label}: ${sent} calls in ${fixed(elapsed)} s, ` +
      `${fixed(ended.length / elapsed, 0)} a second (${failed} failed; asked for ${rate}); ` +
      `round trip p50 ${fixed(percentile(roundTrips, 50))} ms, p95 ` +
      `${fixed(percentile(roundTrips, 95))} ms`,
  );
  return ended;
}

// Other work on a shared machine stretches wall-clock figures, so CPU time is measured too:
// what the studio and the browser spent, whoever else runs.
const ticksPerMs = 100 / 1000;

/** "studio"; or "browser" and the Chromium process type ("renderer", "gpu-process", …). */
function namesOf(proc) {
  if (proc.command.startsWith("attio-studio")) return ["studio"];
  if (!proc.command.startsWith("chrom")) return [proc.command];
  let type = "browser-process";
  try {
    const args = readFileSync(`/proc/${proc.pid}/cmdline`, "utf8").split(/[\0 ]/);
    type = args.find((arg) => arg.startsWith("--type="))?.slice(7) ?? type;
  } catch {
    // Gone already.
  }
  return ["browser", type];
}

/** The CPU milliseconds of every process under this one, by what it is (see namesOf). */
function cpuByCommand() {
  const procs = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const command = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      procs.push({pid: Number(entry), ppid: Number(fields[1]), command,
        ms: (Number(fields[11]) + Number(fields[12])) / ticksPerMs});
    } catch {
      // The process ended while the list was read.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of procs) {
      if (!mine.has(proc.pid) && mine.has(proc.ppid)) grew = mine.add(proc.pid);
    }
  }
  const byCommand = {};
  for (const proc of procs) {
    if (proc.pid === process.pid || !mine.has(proc.pid)) continue;
    for (const name of namesOf(proc)) byCommand[name] = (byCommand[name] ?? 0) + proc.ms;
  }
  return byCommand;
}

/** The page's main-thread time so far, in milliseconds, by what it was spent on. */
async function busy(cdp) {
  const {metrics} = await cdp.send("Performance.getMetrics");
  const value = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? 0);
  return {
    all: value("TaskDuration"),
    script: value("ScriptDuration"),
    layout: value("LayoutDuration") + value("RecalcStyleDuration"),
  };
}

async function measure(page, url, label) {
  // The studio drops a page's event stream that falls too far behind; the page then reconnects
  // and reloads its lists.
  let streams = 0;
  const countStream = (socket) => socket.url().endsWith("/api/events") && streams++;
  page.on("websocket", countStream);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.evaluate(watchPage);
  const before = await busy(cdp);
  const cpuBefore = cpuByCommand();
  const started = performance.now();
  const ids = await load(url, label);
  const after = await busy(cdp);
  const cpuAfter = cpuByCommand();
  const cpu = (name) => ((cpuAfter[name] ?? 0) - (cpuBefore[name] ?? 0)) / (ids.length / 1000);
  const share = (key) => fixed((100 * (after[key] - before[key])) / (performance.now() - started), 0);
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
    `inspector-load: ${label}: the page's main thread busy ${share("all")}% of the time ` +
      `(script ${share("script")}%, style and layout ${share("layout")}%); CPU a thousand ` +
      `calls: the studio ${fixed(cpu("studio"), 0)} ms, the browser ${fixed(cpu("browser"), 0)} ms ` +
      `(its page ${fixed(cpu("renderer"), 0)} ms, compositing ${fixed(cpu("gpu-process"), 0)} ms, ` +
      `network ${fixed(cpu("utility"), 0)} ms, the rest ${fixed(cpu("browser-process"), 0)} ms)`,
  );
  console.log(
    `inspector-load: ${label}: call end to row in the page p50 ${fixed(percentile(latencies, 50))} ms, ` +
      `p95 ${fixed(percentile(latencies, 95))} ms (${latencies.length} rows drawn of ` +
      `${ids.length} calls; rows that scroll past below the view are never drawn); the event ` +
      `stream reconnected ${streams} times`,
  );
  page.off("websocket", countStream);
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
  // The selection was scrolled to; new calls show at the top, where a user watching them is.
  await page.getByRole("listbox", {name: "Calls"}).evaluate((list) => (list.scrollTop = 0));
  await measure(page, studio.url, "calls view");
  if (page.errors.length) throw page.errors[0];
} finally {
  await browser.close();
  await studio.stop();
}
