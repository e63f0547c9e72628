// Starts the studio binary in serve mode on a copy of the example app, and a headless Chromium
// (Debian's) driven by playwright-core. Used by every end-to-end test.
import {spawn} from "node:child_process";
import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import path from "node:path";
import {chromium} from "playwright-core";

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  "--disable-dev-shm-usage",
];

/**
 * Copies the example to a temporary folder and serves it; resolves once the URL is printed.
 * prepare({bin, appDir, dataFile}), when given, runs first, e.g. to fill the data file.
 */
export async function startStudio({prepare} = {}) {
  const bin = process.env.STUDIO_BIN;
  const example = process.env.STUDIO_EXAMPLE;
  if (!bin || !example) throw new Error("set STUDIO_BIN and STUDIO_EXAMPLE (make test-e2e does)");
  const work = mkdtempSync(path.join(tmpdir(), "studio-e2e-"));
  const appDir = path.join(work, "app");
  const dataFile = path.join(work, "data.db");
  cpSync(example, appDir, {recursive: true});
  await prepare?.({bin, appDir, dataFile});

  const {child, url, log} = await spawnServe(bin, appDir, dataFile, {home: work, timeoutMs: 30000});
  return {
    url,
    appDir,
    log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(work, {recursive: true, force: true});
    },
  };
}

/**
 * Starts `bin serve` on appDir with the data file dataFile, HOME set to home (and env added);
 * resolves with the process, its URL once printed, and log() for what it wrote to stderr.
 */
export async function spawnServe(bin, appDir, dataFile, {home, env = {}, timeoutMs}) {
  const child = spawn(bin, ["serve", "--addr", "127.0.0.1:0", "--data", dataFile, appDir], {
    env: {...process.env, HOME: home, XDG_DATA_HOME: path.join(home, "data"), ...env},
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  child.once("exit", (code, signal) => (log += `\n[the studio exited: code ${code}, signal ${signal}]\n`));
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the studio did not start:\n${out}\n${log}`)), timeoutMs);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`the studio exited with ${code}:\n${out}\n${log}`)));
  });
  return {child, url, log: () => log};
}

/** Launches Debian's Chromium headless; never downloads a browser. */
export async function startBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return browser;
}

/** Opens a page at the studio's URL, failing the test on any uncaught page error. */
export async function openStudio(browser, url, hash = "") {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(url + hash);
  page.errors = errors;
  return page;
}

/** Where tests leave screenshots for people to look at (and for the README). */
export const screenshotDir = process.env.SCREENSHOT_DIR || path.join(tmpdir(), "studio-e2e-shots");
