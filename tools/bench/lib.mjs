// What the browser benchmarks share: the studio binary started in serve mode with its start time
// taken, Debian's Chromium through the frontend's playwright-core, the studio's HTTP API, medians.
import {cpSync, mkdtempSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {spawnServe} from "../../frontend/e2e/harness.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const {chromium} = createRequire(path.join(repo, "frontend/package.json"))("playwright-core");

/** The binary under test: STUDIO_BIN, else the one `make build` leaves. */
export const studioBin = path.resolve(process.env.STUDIO_BIN || path.join(repo, "build/bin/attio-studio"));
export const exampleDir = path.resolve(process.env.STUDIO_EXAMPLE || path.join(repo, "examples/acme-lead-checker"));

/** Milliseconds since the epoch, to a fraction: comparable with a page's timeOrigin + now(). */
export const epochMs = () => performance.timeOrigin + performance.now();

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

export const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");

/** A fresh temporary folder; with `copyOf`, the app folder copied into it as app/. */
export function workDir(name, copyOf) {
  const dir = mkdtempSync(path.join(tmpdir(), `studio-bench-${name}-`));
  if (copyOf) cpSync(copyOf, path.join(dir, "app"), {recursive: true});
  return dir;
}

/**
 * Starts `attio-studio serve` on appDir with the data file dataFile. Resolves once it prints its
 * URL, with `spawnedAt` (epoch ms just before the process was started) and `listeningAt`.
 */
export async function serve(appDir, dataFile, env = {}) {
  const spawnedAt = epochMs();
  const {child, url, log} = await spawnServe(studioBin, appDir, dataFile,
    {home: path.dirname(dataFile), env, timeoutMs: 60000});
  const listeningAt = epochMs();
  return {
    url,
    pid: child.pid,
    spawnedAt,
    listeningAt,
    log,
    /** Calls a studio API method over HTTP, as the page does in serve mode. */
    async api(method, ...args) {
      const res = await fetch(`${url}api/${method}`, {method: "POST", body: JSON.stringify(args)});
      const body = await res.json();
      if (!res.ok) throw new Error(`${method}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Debian's Chromium, headless, with the flags the e2e tests use; never downloads a browser. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
      "--disable-dev-shm-usage",
    ],
  });
}

/** The id of a person of the default workspace, found through the studio's API. */
export async function personId(studio, name) {
  const found = await studio.api("SearchRecords", "people", name, 1);
  if (!found.length) throw new Error(`no person named ${name}`);
  return found[0].id.record_id;
}

/** The resident set size of a process, in MiB, from /proc: all of it, or one part of it
 * ("RssAnon" for the heap and stacks, "RssFile" for mapped files such as the bbolt data file). */
export function rssMiB(pid, field = "VmRSS") {
  const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+) kB`));
  return m ? Number(m[1]) / 1024 : NaN;
}

export const sleep = (t) => new Promise((r) => setTimeout(r, t));
