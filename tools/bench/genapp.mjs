// Writes a large Attio app (Gen 1, named exports) for the save-to-preview benchmark: utilities,
// components, dialogs, record actions and widgets, server functions and GraphQL queries, with
// the imports a real app has (components build on components and utilities, actions open dialogs
// and call server functions). Usage: node tools/bench/genapp.mjs DIR [FILES]
import {mkdirSync, writeFileSync} from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

const pad = (n) => String(n).padStart(3, "0");

/** How many files of each kind an app of `total` files has (the rest go to components). */
function plan(total) {
  const fixed = {actions: 8, widgets: 4, dialogs: 10, servers: 6, queries: 2};
  const rest = total - Object.values(fixed).reduce((a, b) => a + b, 0);
  const utils = Math.round(rest * 0.35);
  return {...fixed, utils, components: rest - utils};
}

/** The app's files by path relative to its folder. */
export function appFiles(total = 200) {
  const n = plan(total);
  const files = {
    "package.json": JSON.stringify({name: "large-bench-app", version: "0.1.0", private: true}, null, 2) + "\n",
    "tsconfig.json": JSON.stringify({compilerOptions: {jsx: "react-jsx", strict: true}}, null, 2) + "\n",
  };
  const add = (rel, text) => (files[path.posix.join("src", rel)] = text);

  for (let i = 0; i < n.utils; i++) {
    // Each utility builds on up to two earlier ones, so the import graph has depth.
    const deps = i === 0 ? [] : [Math.floor(i / 2), Math.floor((i * 7) / 11)].filter((d, k, a) => d < i && a.indexOf(d) === k);
    add(
      `utils/util${pad(i)}.ts`,
      `${deps.map((d) => `import {format${pad(d)}, weight${pad(d)}} from "./util${pad(d)}"`).join("\n")}

/** Formats a value the way section ${i} of the app shows it. */
export function format${pad(i)}(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "—"
  const text = typeof value === "number" ? value.toLocaleString("en-GB") : value.trim()
  return ${deps.length ? `format${pad(deps[0])}(text)` : "text"}.slice(0, ${40 + (i % 30)})
}

/** A stable weight for sorting items of kind ${i}. */
export function weight${pad(i)}(key: string): number {
  let h = ${i + 17}
  for (let k = 0; k < key.length; k++) h = (h * 31 + key.charCodeAt(k)) | 0
  return ${deps.length ? `(h + weight${pad(deps[deps.length - 1])}(key)) % 1000` : "Math.abs(h) % 1000"}
}

export const LIMIT_${pad(i)} = ${10 + (i % 50)}
`,
    );
  }

  for (let i = 0; i < n.components; i++) {
    const utilA = (i * 3) % n.utils;
    const utilB = (i * 5 + 1) % n.utils;
    const child = i > 0 ? Math.floor(i / 3) : -1;
    const badge = ["blue", "green", "amber", "red", "purple"][i % 5];
    add(
      `components/Component${pad(i)}.tsx`,
      `import React from "react"
import {Badge, Section, TextBlock, Typography} from "attio/client"

import {format${pad(utilA)}, weight${pad(utilA)}} from "../utils/util${pad(utilA)}"
import {format${pad(utilB)}, LIMIT_${pad(utilB)}} from "../utils/util${pad(utilB)}"
${child >= 0 ? `import {Component${pad(child)}} from "./Component${pad(child)}"\n` : ""}
export type Component${pad(i)}Props = {title: string; items: string[]; note?: string}

/** Part ${i} of the app's dialogs: a titled list of items, heaviest first. */
export function Component${pad(i)}({title, items, note}: Component${pad(i)}Props) {
  const sorted = [...items].sort((a, b) => weight${pad(utilA)}(b) - weight${pad(utilA)}(a))
  const shown = sorted.slice(0, LIMIT_${pad(utilB)})
  return (
    <Section title={format${pad(utilA)}(title)}>
      {shown.map((item) => (
        <TextBlock key={item} align="left">
          <Typography.Body>{format${pad(utilB)}(item)}</Typography.Body>
        </TextBlock>
      ))}
      {items.length > shown.length && <Badge color="${badge}">{\`+\${items.length - shown.length}\`}</Badge>}
      {note ? <Typography.Caption>{note}</Typography.Caption> : null}
${child >= 0 ? `      <Component${pad(child)} title={\`\${title} details\`} items={shown.slice(0, 3)} />\n` : ""}    </Section>
  )
}
`,
    );
  }

  for (let i = 0; i < n.queries; i++) {
    add(
      `queries/query${i}.graphql`,
      i === 0
        ? `query personSummary${i}($recordId: String!) {
  person(id: $recordId) { name { full_name } email_addresses phone_numbers job_title }
}
`
        : `query companySummary${i}($recordId: String!) {
  company(id: $recordId) { name domains }
}
`,
    );
  }

  for (let i = 0; i < n.servers; i++) {
    const util = (i * 9) % n.utils;
    add(
      `server/task${i}.server.ts`,
      `import {format${pad(util)}, weight${pad(util)}} from "../utils/util${pad(util)}"

/** Ranks the record's ${i % 2 ? "deals" : "notes"} on the server and returns the top ones. */
export default async function task${i}(recordId: string, names: string[]) {
  const ranked = names
    .map((name) => ({name: format${pad(util)}(name), weight: weight${pad(util)}(name + recordId)}))
    .sort((a, b) => b.weight - a.weight)
  console.log(\`task${i} ranked \${ranked.length} names for \${recordId}\`)
  return ranked.slice(0, 5)
}
`,
    );
  }

  for (let i = 0; i < n.dialogs; i++) {
    const parts = [i, i + n.dialogs, i + 2 * n.dialogs].map((c) => c % n.components);
    add(
      `dialogs/Dialog${pad(i)}.tsx`,
      `import React from "react"
import {Button, Divider} from "attio/client"

${parts.map((c) => `import {Component${pad(c)}} from "../components/Component${pad(c)}"`).join("\n")}

/** Dialog ${i}: three sections of the record's data and a close button. */
export function Dialog${pad(i)}({names, hideDialog}: {names: string[]; hideDialog: () => void}) {
  return (
    <>
${parts.map((c, k) => `      <Component${pad(c)} title="Section ${k + 1}" items={names} />\n      <Divider />`).join("\n")}
      <Button label="Close" onClick={hideDialog} />
    </>
  )
}
`,
    );
  }

  for (let i = 0; i < n.actions; i++) {
    const dialog = i % n.dialogs;
    const server = i % n.servers;
    const object = i < n.actions / 2 ? "people" : "companies";
    add(
      `actions/action${i}.tsx`,
      `import React from "react"
import type {RecordAction} from "attio/client"
import {runQuery, showDialog, showToast} from "attio/client"

import {Dialog${pad(dialog)}} from "../dialogs/Dialog${pad(dialog)}"
import personSummary from "../queries/query0.graphql"
import task${server} from "../server/task${server}.server"

export const recordAction: RecordAction = {
  id: "bench-action-${i}",
  label: "Bench action ${i}",
  icon: "Send",
  objects: "${object}",
  onTrigger: async ({recordId}) => {
    const {person} = await runQuery(personSummary, {recordId})
    const names = [person?.name?.full_name ?? "Someone", ...(person?.email_addresses ?? [])]
    const ranked = await task${server}(recordId, names)
    await showToast({variant: "success", title: \`Ranked \${ranked.length}\`})
    await showDialog({
      title: "Bench dialog ${i}",
      Dialog: ({hideDialog}) => <Dialog${pad(dialog)} names={ranked.map((r) => r.name)} hideDialog={hideDialog} />,
    })
  },
}
`,
    );
  }

  for (let i = 0; i < n.widgets; i++) {
    const util = (i * 13) % n.utils;
    add(
      `widgets/widget${i}.tsx`,
      `import React from "react"
import {useQuery, Widget} from "attio/client"

import personSummary from "../queries/query0.graphql"
import {format${pad(util)}} from "../utils/util${pad(util)}"

function Summary${i}({recordId}: {recordId: string}) {
  const {person} = useQuery(personSummary, {recordId})
  return (
    <Widget.TextWidget>
      <Widget.Title>Bench widget ${i}</Widget.Title>
      <Widget.Text.Primary>{format${pad(util)}(person?.name?.full_name)}</Widget.Text.Primary>
    </Widget.TextWidget>
  )
}

export const recordWidget = {
  id: "bench-widget-${i}",
  label: "Bench widget ${i}",
  objects: "people",
  Widget: ({recordId}: {recordId: string}) => (
    <React.Suspense fallback={<Widget.Loading />}>
      <Summary${i} recordId={recordId} />
    </React.Suspense>
  ),
}
`,
    );
  }
  return files;
}

/** Writes the app to dir; returns how many source files (under src/) it has. */
export function writeApp(dir, total = 200) {
  const files = appFiles(total);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    writeFileSync(path.join(dir, rel), text);
  }
  return Object.keys(files).filter((f) => f.startsWith("src/")).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, total] = process.argv.slice(2);
  if (!dir) throw new Error("usage: node tools/bench/genapp.mjs DIR [FILES]");
  console.log(`${writeApp(dir, Number(total ?? 200))} source files in ${dir}`);
}
