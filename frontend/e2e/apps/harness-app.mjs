// Serves one of the test apps under e2e/apps/ instead of the example, through the shared harness:
// startStudio() copies whatever STUDIO_EXAMPLE names.
import path from "node:path";
import {fileURLToPath} from "node:url";
import {startStudio} from "../harness.mjs";

const appsDir = path.dirname(fileURLToPath(import.meta.url));

/** Starts the studio on a copy of e2e/apps/<name>. */
export function startAppStudio(name) {
  process.env.STUDIO_EXAMPLE = path.join(appsDir, name);
  return startStudio();
}

/** Opens a person's record page by clicking their row. */
export async function openPerson(page, expect, name) {
  await page.getByTestId("record-row").getByText(name, {exact: true}).click();
  await expect(page.getByTestId("record-title")).toContainText(name);
}
