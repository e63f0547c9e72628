// Collects the surfaces an Attio app declares, in whichever of the SDK's three shapes it uses,
// and checks each one the way Attio does. Runs inside the app's client bundle, both in the
// studio page and in the studio's manifest reader.

const NAMED_EXPORTS = {
  recordAction: "recordActions",
  bulkRecordAction: "bulkRecordActions",
  recordWidget: "widgets",
  callRecordingInsightTextSelectionAction: "callRecordingInsightTextActions",
  callRecordingSummaryTextSelectionAction: "callRecordingSummaryTextActions",
  callRecordingTranscriptTextSelectionAction: "callRecordingTranscriptTextActions",
  workspaceSettings: "workspaceSettings",
  workflowBlock: "workflowBlocks",
};

const EXTENSION_TYPES = {
  "record-action": "recordActions",
  "bulk-record-action": "bulkRecordActions",
  "record-widget": "widgets",
  "record-tab": "recordTabs",
  "object-action": "objectActions",
  "call-recording-insight-text-action": "callRecordingInsightTextActions",
  "call-recording-summary-text-action": "callRecordingSummaryTextActions",
  "call-recording-transcript-text-action": "callRecordingTranscriptTextActions",
};

// The function or component each kind of surface must have.
const REQUIRED_FUNCTION = {
  recordActions: "onTrigger",
  bulkRecordActions: "onTrigger",
  objectActions: "onTrigger",
  widgets: "Widget",
  recordTabs: "Tab",
  callRecordingInsightTextActions: "onTrigger",
  callRecordingSummaryTextActions: "onTrigger",
  callRecordingTranscriptTextActions: "onTrigger",
};

const SINGULAR = {
  recordActions: "record action",
  bulkRecordActions: "bulk record action",
  widgets: "record widget",
  recordTabs: "record tab",
  objectActions: "object action",
  callRecordingInsightTextActions: "call recording insight text action",
  callRecordingSummaryTextActions: "call recording summary text action",
  callRecordingTranscriptTextActions: "call recording transcript text action",
  workspaceSettings: "workspace settings page",
  workflowBlocks: "workflow block",
};

export function collectSurfaces(shape, modules, settings) {
  const surfaces = {problems: []};
  for (const key of Object.keys(SINGULAR)) surfaces[key] = [];

  // stack, for an error the app's code threw, lets the studio point at the line that threw;
  // hint is a word to look for when the problem has no id to find (an export's name, a key).
  const problem = (file, text, id, stack, hint) =>
    surfaces.problems.push({file, text, id: id || "", stack: stack || "", hint: hint || ""});
  const add = (key, value, file, where) => {
    if (!value || typeof value !== "object") {
      problem(file, `${where} must be an object describing a ${SINGULAR[key]}`, "", "",
        hintOf(where));
      return;
    }
    const fn = REQUIRED_FUNCTION[key];
    if (fn && key !== "workspaceSettings" && key !== "workflowBlocks") {
      if (typeof value.id !== "string" || value.id === "") {
        problem(file, `The ${SINGULAR[key]} in ${where} has no "id" string`, "", "",
          hintOf(where));
        return;
      }
      if (typeof value.label !== "string") {
        problem(file, `The ${SINGULAR[key]} "${value.id}" has no "label" string`, value.id);
      }
      if (typeof value[fn] !== "function") {
        problem(file, `The ${SINGULAR[key]} "${value.id}" has no "${fn}" function`, value.id);
      }
      const twin = surfaces[key].find((s) => s.id === value.id);
      if (twin) {
        problem(file, `Two ${SINGULAR[key]}s have the id "${value.id}" (the other is in ` +
          `${twin.file}); ids must be unique`, value.id);
        return;
      }
    }
    surfaces[key].push(Object.assign({}, value, {file}));
  };

  for (const m of modules) {
    let exports;
    try {
      exports = m.load();
    } catch (error) {
      problem(m.file, `${m.file} threw while loading: ${describe(error)}`, "", stackOf(error));
      continue;
    }
    if (shape === "app-file") collectAppFile(exports, m.file, add, problem);
    else if (shape === "extensions") collectExtension(exports, m.file, add, problem);
    else {
      for (const name of Object.keys(NAMED_EXPORTS)) {
        if (exports[name] !== undefined) add(NAMED_EXPORTS[name], exports[name], m.file, name);
      }
    }
  }
  collectSettings(settings || {}, surfaces, add, problem);
  return surfaces;
}

const SETTING_TYPES = ["string", "number", "boolean"];

// The settings schema (Gen 2's app.settings.ts: {workspace: {...}}; Gen 3's schema.ts:
// Settings.defineWorkspaceSchema({...})) becomes settingsSchema, a type per key; Gen 3's page.tsx
// is the app's settings page, and brings the schema it was defined with.
function collectSettings(settings, surfaces, add, problem) {
  const load = (part) => {
    try {
      return part.load();
    } catch (error) {
      problem(part.file, `${part.file} threw while loading: ${describe(error)}`, "",
        stackOf(error));
      return null;
    }
  };
  if (settings.schema) {
    const exports = load(settings.schema);
    const file = settings.schema.file;
    if (exports) {
      const given = exports.default !== undefined ? exports.default : exports.settingsSchema;
      const gen2 = /app\.settings\.[jt]sx?$/.test(file);
      if (!given || typeof given !== "object") {
        problem(file, `${file} must default-export the app's settings schema`);
      } else {
        readSchema(gen2 ? given.workspace || {} : given, file, surfaces, problem);
      }
    }
  }
  if (settings.page) {
    const exports = load(settings.page);
    const file = settings.page.file;
    const page = exports && exports.default;
    if (exports && (!page || typeof page !== "object" || typeof page.Page !== "function")) {
      problem(file, `${file} must default-export Settings.defineWorkspacePage(schema, Page)`);
    } else if (page) {
      add("workspaceSettings", page, file, "the default export");
      if (!surfaces.settingsSchema && page.schema && typeof page.schema === "object") {
        readSchema(page.schema, file, surfaces, problem);
      }
    }
  }
}

function readSchema(schema, file, surfaces, problem) {
  const out = {};
  for (const key of Object.keys(schema)) {
    const node = schema[key];
    if (node && SETTING_TYPES.includes(node.kind)) {
      out[key] = node.kind;
    } else {
      problem(file, `The workspace setting "${key}" must be Settings.string(), ` +
        `Settings.number() or Settings.boolean()`, key);
    }
  }
  surfaces.settingsSchema = out;
}

function collectAppFile(exports, file, add, problem) {
  const app = exports.app;
  if (!app || typeof app !== "object") {
    problem(file, `Could not find a named export app in ${file}`, "", "", "export");
    return;
  }
  const lists = [
    ["recordActions", app.record && app.record.actions, "app.record.actions"],
    ["bulkRecordActions", app.record && app.record.bulkActions, "app.record.bulkActions"],
    ["widgets", app.record && app.record.widgets, "app.record.widgets"],
  ];
  for (const part of ["insight", "summary", "transcript"]) {
    const section = app.callRecording && app.callRecording[part];
    const key = "callRecording" + part[0].toUpperCase() + part.slice(1) + "TextActions";
    lists.push([key, section && section.textActions, `app.callRecording.${part}.textActions`]);
  }
  for (const [key, list, where] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problem(file, `${where} must be an array`, "", "", hintOf(where));
      continue;
    }
    list.forEach((value, i) => add(key, value, file, `${where}[${i}]`));
  }
  if (app.settings && app.settings.workspace) {
    add("workspaceSettings", app.settings.workspace, file, "app.settings.workspace");
  }
}

function collectExtension(exports, file, add, problem) {
  const ext = exports.default;
  if (!ext || typeof ext !== "object") {
    problem(file, `${file} must default-export Extensions.defineExtension({...})`, "", "",
      "export");
    return;
  }
  const key = EXTENSION_TYPES[ext.type];
  if (!key) {
    problem(file, `Unknown extension type ${JSON.stringify(ext.type)} in ${file}; it must be one ` +
      `of ${Object.keys(EXTENSION_TYPES).join(", ")}`, String(ext.type), "", "type");
    return;
  }
  if (typeof ext.id === "string" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ext.id)) {
    problem(file, `Extension id "${ext.id}" must be lowercase kebab-case`, ext.id);
  } else if (typeof ext.id === "string" && ext.id.length > 64) {
    problem(file, `Extension id "${ext.id}" is longer than 64 characters`, ext.id);
  }
  add(key, ext, file, "the default export");
}

function describe(error) {
  if (error && typeof error === "object" && "message" in error) {
    const name = typeof error.name === "string" && error.name !== "Error" ? error.name + ": " : "";
    return name + String(error.message);
  }
  return String(error);
}

// hintOf is the word a surface's place in the app is written with: the export name
// (recordAction), the last key of a path (app.record.actions[0] is under "actions"), or the
// default export.
function hintOf(where) {
  if (where === "the default export") return "export default";
  return where.replace(/\[\d+\]$/, "").split(".").pop();
}

function stackOf(error) {
  return error && typeof error === "object" && typeof error.stack === "string" ? error.stack : "";
}
