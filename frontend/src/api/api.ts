import type {
  AttioObject,
  AttioRecord,
  Attribute,
  AttributeSpec,
  Call,
  CallError,
  ClientBundle,
  Manifest,
  NotificationType,
  ObjectSpec,
  QueryResult,
  RecordQuery,
  ServerCallResult,
  StartedCallKind,
  StudioEvents,
  WorkspaceMember,
  WriteValues,
} from "./types";
import { inspectorApi, type InspectorApi } from "./inspector";
import { outsideApi, type OutsideApi } from "./outside";
import { settingsApi, type SettingsApi } from "./settings";
import type { Transport, Unsubscribe } from "./transport";
import { workspaceFilesApi, type WorkspaceFilesApi } from "./workspaceFiles";

/** The studio backend, typed: every call the frontend makes goes through one of these. */
export interface StudioApi extends OutsideApi, InspectorApi, SettingsApi, WorkspaceFilesApi {
  manifest(): Promise<Manifest>;
  clientBundle(): Promise<ClientBundle>;
  /** The app's image src/assets/name as a data URL (an icon given as "logo.png"). */
  appAsset(name: string): Promise<string>;
  objects(): Promise<AttioObject[]>;
  attributes(object: string): Promise<Attribute[]>;
  listRecords(object: string, limit: number, offset: number): Promise<AttioRecord[]>;
  getRecord(object: string, recordId: string): Promise<AttioRecord>;
  runQuery(query: string, variables: object, parentCallId: string): Promise<QueryResult>;
  callServerFunction(id: string, args: unknown[], parentCallId: string): Promise<ServerCallResult>;
  startCall(kind: StartedCallKind, name: string, args: unknown, parent: string): Promise<string>;
  /** shownAt: when the page showed it, in milliseconds since the Unix epoch. */
  recordNotification(
    callId: string,
    type: NotificationType,
    detail: unknown,
    shownAt: number,
  ): Promise<void>;
  /** keepalive: sent even as the page unloads (see CallOptions). */
  finishCall(callId: string, error: CallError | null, keepalive?: boolean): Promise<void>;
  calls(limit: number): Promise<Call[]>;
  queryRecords(object: string, query: RecordQuery): Promise<AttioRecord[]>;
  countRecords(object: string): Promise<number>;
  searchRecords(object: string, text: string, limit: number): Promise<AttioRecord[]>;
  createRecord(object: string, values: WriteValues): Promise<AttioRecord>;
  /** Writes values; overwrite replaces multi values (Attio's PUT), else they are added to. */
  updateRecord(
    object: string,
    recordId: string,
    values: WriteValues,
    overwrite: boolean,
  ): Promise<AttioRecord>;
  deleteRecord(object: string, recordId: string): Promise<void>;
  members(): Promise<WorkspaceMember[]>;
  addAttribute(object: string, spec: AttributeSpec): Promise<Attribute>;
  createObject(spec: ObjectSpec): Promise<AttioObject>;
  resetWorkspace(): Promise<void>;
  /** The whole workspace as one JSON document, for ImportWorkspace. */
  exportWorkspace(): Promise<unknown>;
  importWorkspace(document: unknown): Promise<void>;
  on<E extends keyof StudioEvents>(event: E, handler: (data: StudioEvents[E]) => void): Unsubscribe;
  onReconnect(handler: () => void): Unsubscribe;
}

export function createApi(transport: Transport): StudioApi {
  const call = <T>(method: string, ...args: unknown[]) =>
    transport.call(method, args) as Promise<T>;
  return {
    manifest: () => call("Manifest"),
    clientBundle: () => call("ClientBundle"),
    appAsset: (name) => call("AppAsset", name),
    objects: async () => (await call<AttioObject[] | null>("Objects")) ?? [],
    attributes: async (object) => (await call<Attribute[] | null>("Attributes", object)) ?? [],
    listRecords: async (object, limit, offset) =>
      (await call<AttioRecord[] | null>("ListRecords", object, limit, offset)) ?? [],
    getRecord: (object, recordId) => call("GetRecord", object, recordId),
    runQuery: (query, variables, parentCallId) => call("RunQuery", query, variables, parentCallId),
    callServerFunction: (id, args, parentCallId) =>
      call("CallServerFunction", id, args, parentCallId),
    startCall: (kind, name, args, parent) => call("StartCall", kind, name, args, parent),
    recordNotification: async (callId, type, detail, shownAt) => {
      await call("RecordNotification", callId, type, detail, shownAt);
    },
    finishCall: async (callId, error, keepalive = false) => {
      await transport.call("FinishCall", [callId, error], { keepalive });
    },
    calls: async (limit) => (await call<Call[] | null>("Calls", limit)) ?? [],
    queryRecords: async (object, query) =>
      (await call<AttioRecord[] | null>("QueryRecords", object, query)) ?? [],
    countRecords: (object) => call("CountRecords", object),
    searchRecords: async (object, text, limit) =>
      (await call<AttioRecord[] | null>("SearchRecords", object, text, limit)) ?? [],
    createRecord: (object, values) => call("CreateRecord", object, values),
    updateRecord: (object, recordId, values, overwrite) =>
      call("UpdateRecord", object, recordId, values, overwrite),
    deleteRecord: async (object, recordId) => {
      await call("DeleteRecord", object, recordId);
    },
    members: async () => (await call<WorkspaceMember[] | null>("Members")) ?? [],
    addAttribute: (object, spec) => call("AddAttribute", object, spec),
    createObject: (spec) => call("CreateObject", spec),
    resetWorkspace: async () => {
      await call("ResetWorkspace");
    },
    exportWorkspace: () => call("ExportWorkspace"),
    importWorkspace: async (document) => {
      await call("ImportWorkspace", document);
    },
    on: (event, handler) => transport.subscribe(event, handler as (data: unknown) => void),
    onReconnect: (handler) => transport.onReconnect(handler),
    ...outsideApi(call),
    ...inspectorApi(call),
    ...settingsApi(call),
    ...workspaceFilesApi(call, transport),
  };
}
