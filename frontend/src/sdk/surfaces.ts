import type { ComponentType } from "react";
import type { Attribute } from "../api/types";

/** The attribute shape an app's `objects` predicate receives (attio-sdk.md §3). */
export interface PredicateAttribute {
  isRequired: boolean;
  isUnique: boolean;
  type: string;
}

export type ObjectsFilter =
  | string
  | string[]
  | null
  | ((info: { attributes: PredicateAttribute[]; object: string; isStandard: boolean }) => boolean);

interface SurfaceBase {
  id: string;
  label: string;
  icon?: string;
  objects?: ObjectsFilter;
  file?: string;
}

export interface RecordActionArgs {
  recordId: string;
  object: string;
}

export interface BulkRecordActionArgs {
  recordIds: string[];
  object: string;
  /** Gen 3's way to work through the records in batches (see recordBatches.ts). */
  runRecordBatches?: unknown;
}

export interface AppRecordAction extends SurfaceBase {
  onTrigger?: (args: RecordActionArgs) => unknown;
}

export interface AppBulkRecordAction extends SurfaceBase {
  onTrigger?: (args: BulkRecordActionArgs) => unknown;
}

export interface AppWidget extends SurfaceBase {
  color?: string;
  Widget: ComponentType<RecordActionArgs>;
}

export interface AppRecordTab extends SurfaceBase {
  Tab: ComponentType<RecordActionArgs>;
}

export interface AppObjectAction extends SurfaceBase {
  onTrigger?: (args: { object: string }) => unknown;
}

/** Insight and summary actions get the selected text; transcript actions get the lines. */
export interface AppTextAction extends SurfaceBase {
  onTrigger?: (args: unknown) => unknown;
}

export type CallRecordingPart = "insight" | "summary" | "transcript";

/** The app's workspace settings page: Gen 2's `app.settings.workspace`, Gen 3's page.tsx. */
export interface AppSettingsPage {
  Page: ComponentType<Record<string, never>>;
  file?: string;
}

/**
 * How the app registers its surfaces, which tells its SDK generation: Gen 1 named exports,
 * a Gen 2 `src/app.ts`, or Gen 3 folders under `src/app/`.
 */
export type AppShape = "named-exports" | "app-file" | "extensions";

/** What one evaluation of the app's client bundle registered. */
export interface AppSurfaces {
  shape: AppShape;
  recordActions: AppRecordAction[];
  bulkRecordActions: AppBulkRecordAction[];
  widgets: AppWidget[];
  recordTabs: AppRecordTab[];
  objectActions: AppObjectAction[];
  textActions: Record<CallRecordingPart, AppTextAction[]>;
  settingsPages: AppSettingsPage[];
}

export const noSurfaces: AppSurfaces = {
  shape: "named-exports",
  recordActions: [],
  bulkRecordActions: [],
  widgets: [],
  recordTabs: [],
  objectActions: [],
  textActions: { insight: [], summary: [], transcript: [] },
  settingsPages: [],
};

function shapeOf(files: string[]): AppShape {
  if (files.some((file) => /^src\/app\//.test(file))) return "extensions";
  if (files.some((file) => /^src\/app\.[jt]sx?$/.test(file))) return "app-file";
  return "named-exports";
}

export function normalizeSurfaces(raw: unknown): AppSurfaces {
  const given = (raw ?? {}) as Record<string, unknown>;
  const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
  const surfaces: AppSurfaces = {
    shape: "named-exports",
    recordActions: list(given.recordActions),
    bulkRecordActions: list(given.bulkRecordActions),
    widgets: list(given.widgets),
    recordTabs: list(given.recordTabs),
    objectActions: list(given.objectActions),
    textActions: {
      insight: list(given.callRecordingInsightTextActions),
      summary: list(given.callRecordingSummaryTextActions),
      transcript: list(given.callRecordingTranscriptTextActions),
    },
    settingsPages: list<AppSettingsPage>(given.workspaceSettings).filter(
      (page) => typeof page?.Page === "function" || typeof page?.Page === "object",
    ),
  };
  const all: SurfaceBase[] = [
    ...surfaces.recordActions,
    ...surfaces.bulkRecordActions,
    ...surfaces.widgets,
    ...surfaces.recordTabs,
    ...surfaces.objectActions,
    ...Object.values(surfaces.textActions).flat(),
  ];
  surfaces.shape = shapeOf(all.map((surface) => surface.file ?? ""));
  return surfaces;
}

const standardObjects = new Set(["people", "companies", "deals", "workspaces", "users"]);

// Attio's own docs once wrote `objects: "person"`; the singular names mean the same objects.
const singularSlugs: Record<string, string> = {
  person: "people",
  company: "companies",
  deal: "deals",
  workspace: "workspaces",
  user: "users",
};

const sameObject = (slug: string, object: string) => (singularSlugs[slug] ?? slug) === object;

/** The SDK names record references "entity-reference"; the REST API says "record-reference". */
function predicateType(type: string): string {
  return type === "record-reference" ? "entity-reference" : type;
}

/**
 * Whether a surface is offered on an object's records: no filter means every object; a slug or
 * list of slugs must contain it; a predicate decides from the object's attributes. A predicate
 * that throws counts as "no", and the error goes to onError so the developer sees it.
 */
export function appliesTo(
  surface: SurfaceBase,
  object: string,
  attributes: Attribute[],
  onError: (error: unknown) => void = () => {},
): boolean {
  const filter = surface.objects;
  if (filter === undefined || filter === null) return true;
  if (typeof filter === "string") return sameObject(filter, object);
  if (Array.isArray(filter)) return filter.some((slug) => sameObject(slug, object));
  try {
    return Boolean(
      filter({
        object,
        isStandard: standardObjects.has(object),
        attributes: attributes.map((attribute) => ({
          isRequired: attribute.isRequired,
          isUnique: attribute.isUnique,
          type: predicateType(attribute.type),
        })),
      }),
    );
  } catch (error) {
    onError(error);
    return false;
  }
}
