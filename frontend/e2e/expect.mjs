// A small retrying assertion helper for playwright-core locators (the full @playwright/test
// runner is not used: node:test runs these tests). Each check polls until it holds or times out.
const DEFAULT_TIMEOUT = 5000;

async function poll(check, describe, timeout) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last.ok) return;
    } catch (error) {
      last = {ok: false, actual: String(error)};
    }
    if (Date.now() > deadline) {
      throw new Error(`${describe()} (after ${timeout} ms; saw ${JSON.stringify(last.actual)})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function textOf(locator) {
  const count = await locator.count();
  if (count === 0) return null;
  return (await locator.allTextContents()).join(" | ");
}

function matchers(locator, negate) {
  const want = (ok) => (negate ? !ok : ok);
  const not = negate ? "not " : "";
  return {
    async toContainText(text, {timeout = DEFAULT_TIMEOUT} = {}) {
      await poll(async () => {
        const actual = await textOf(locator);
        return {ok: want(actual !== null && actual.includes(text)), actual};
      }, () => `expected ${locator} ${not}to contain text ${JSON.stringify(text)}`, timeout);
    },
    async toBeVisible({timeout = DEFAULT_TIMEOUT} = {}) {
      await poll(async () => {
        const visible = (await locator.count()) > 0 && (await locator.first().isVisible());
        return {ok: want(visible), actual: visible ? "visible" : "hidden"};
      }, () => `expected ${locator} ${not}to be visible`, timeout);
    },
    async toBeHidden({timeout = DEFAULT_TIMEOUT} = {}) {
      await poll(async () => {
        const visible = (await locator.count()) > 0 && (await locator.first().isVisible());
        return {ok: want(!visible), actual: visible ? "visible" : "hidden"};
      }, () => `expected ${locator} ${not}to be hidden`, timeout);
    },
  };
}

/** expect(locator).toContainText(...) / .toBeVisible() / .toBeHidden(), and .not.* of each. */
export function expect(locator) {
  return Object.assign(matchers(locator, false), {not: matchers(locator, true)});
}
