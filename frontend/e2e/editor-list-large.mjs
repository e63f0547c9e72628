// Drives the people list of a studio filled with generated people: the end-to-end test checks
// what it shows, and tools/bench/list-100k.mjs prints how long each step takes.
import {execFileSync} from "node:child_process";
import {startStudio} from "./harness.mjs";

/** Serves the example with people generated people (and a tenth as many companies) added. */
export async function startLargeStudio(people) {
  let generateMs = 0;
  const studio = await startStudio({
    prepare({bin, appDir, dataFile}) {
      const started = performance.now();
      execFileSync(bin, ["data", "generate", "--people", String(people), "--data", dataFile, appDir], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      generateMs = performance.now() - started;
    },
  });
  return {studio, generateMs};
}

/** The people in rows that are drawn now, with their email, or null while a row is loading. */
export async function drawnRows(page) {
  return page.evaluate(() => {
    if (document.querySelector(".record-list__placeholder")) return null;
    return [...document.querySelectorAll("[data-testid=record-row]")].map((row) => ({
      name: row.querySelector(".record-list__name")?.lastElementChild?.textContent ?? "",
      text: row.textContent ?? "",
    }));
  });
}

/**
 * Runs action and waits, a frame at a time, until every drawn row is loaded and settled(rows)
 * holds (settled runs in the page). Returns the milliseconds it took.
 */
export async function timeUntil(page, action, settled, arg) {
  const started = performance.now();
  await action();
  await page.waitForFunction(
    ({source, arg}) => {
      if (document.querySelector(".record-list__placeholder")) return false;
      const rows = [...document.querySelectorAll("[data-testid=record-row]")].map((row) => ({
        name: row.querySelector(".record-list__name")?.lastElementChild?.textContent ?? "",
        text: row.textContent ?? "",
      }));
      // eslint-disable-next-line no-new-func
      return rows.length > 0 && new Function(`return (${source})`)()(rows, arg);
    },
    {source: settled.toString(), arg},
    {polling: "raf", timeout: 60000},
  );
  return performance.now() - started;
}

/** Names in rows ordered ascending ("asc") or descending, ignoring case. */
export const sortedBy = (rows, direction) =>
  rows.every((row, i) => {
    if (i === 0) return true;
    const c = rows[i - 1].name.toLowerCase().localeCompare(row.name.toLowerCase());
    return direction === "asc" ? c <= 0 : c >= 0;
  });

/** Every row's text contains each of the strings in needles, ignoring case. */
export const allContain = (rows, needles) =>
  rows.every((row) => needles.every((n) => row.text.toLowerCase().includes(n.toLowerCase())));

/** Every drawn row is a generated person (the default workspace's are created first). */
export const allGenerated = (rows) => rows.every((row) => row.text.includes("@company.example"));

/** Scrolls the list to put row index at the top. */
export async function scrollToRow(page, index, rowHeight = 36) {
  await page.evaluate(
    ({top}) => {
      document.querySelector(".record-list__scroll").scrollTop = top;
    },
    {top: index * rowHeight},
  );
}

/**
 * Scrolls the list by step pixels a frame for frames frames and returns the time between
 * frames, in milliseconds, as the page saw them.
 */
export async function scrollFrames(page, frames = 120, step = 240) {
  return page.evaluate(
    ({frames, step}) =>
      new Promise((resolve) => {
        const list = document.querySelector(".record-list__scroll");
        const gaps = [];
        let last = performance.now();
        const tick = (now) => {
          gaps.push(now - last);
          last = now;
          list.scrollTop += step;
          if (gaps.length < frames) requestAnimationFrame(tick);
          else resolve(gaps.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    {frames, step},
  );
}

/** Adds a filter on attribute (its title) with operator (its label) and value, from the UI. */
export async function addFilter(page, attribute, operator, value) {
  await page.getByTestId("filter-button").click();
  await page.getByTestId("add-filter").click();
  const condition = page.getByTestId("filter-condition").last();
  await condition.getByLabel("Attribute").selectOption({label: attribute});
  await condition.getByLabel("Operator").selectOption({label: operator});
  await condition.getByLabel("Value").fill(value);
  await page.keyboard.press("Escape");
}

/** The p-th percentile (0..100) of numbers. */
export function percentile(numbers, p) {
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
