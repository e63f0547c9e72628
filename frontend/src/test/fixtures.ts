import type { AttioRecord, Attribute, Call, Manifest } from "../api/types";

export function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    app: { name: "ALC Sync", dir: "/apps/alc" },
    buildVersion: 1,
    recordActions: [],
    bulkRecordActions: [],
    widgets: [],
    serverFunctions: [],
    webhooks: [],
    events: [],
    diagnostics: [],
    ...overrides,
  };
}

export const personAttributes: Attribute[] = [
  attribute("name", "Name", "personal-name"),
  attribute("email_addresses", "Email addresses", "email-address", true),
  attribute("phone_numbers", "Phone numbers", "phone-number", true),
  attribute("company", "Company", "record-reference"),
  attribute("alc_status", "ALC status", "select"),
];

function attribute(slug: string, title: string, type: string, isMultiselect = false): Attribute {
  return {
    id: `attr-${slug}`,
    slug,
    title,
    type,
    isMultiselect,
    isRequired: false,
    isUnique: false,
  };
}

export function person(
  recordId: string,
  name: string,
  extra: AttioRecord["values"] = {},
): AttioRecord {
  return {
    id: { workspace_id: "ws", object_id: "people", record_id: recordId },
    created_at: "2025-01-01T00:00:00Z",
    web_url: `https://app.attio.com/ws/person/${recordId}`,
    values: {
      name: [{ attribute_type: "personal-name", full_name: name }],
      ...extra,
    },
  };
}

export function company(recordId: string, name: string): AttioRecord {
  return {
    id: { workspace_id: "ws", object_id: "companies", record_id: recordId },
    created_at: "2025-01-01T00:00:00Z",
    web_url: "",
    values: { name: [{ attribute_type: "text", value: name }] },
  };
}

export function call(id: string, overrides: Partial<Call> = {}): Call {
  return {
    id,
    kind: "server-function",
    name: id,
    error: null,
    status: "ok",
    started: "2025-01-01T00:00:00.000Z",
    durationMs: 3,
    console: [],
    requests: [],
    ...overrides,
  };
}
