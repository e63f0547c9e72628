import type {
  AttioObject,
  AttioRecord,
  Attribute,
  Call,
  CallError,
  ClientBundle,
  Manifest,
  NotificationType,
  QueryResult,
  ServerCallResult,
  StartedCallKind,
  StudioEvents,
} from "./types";
import type { Transport, Unsubscribe } from "./transport";

/** The studio backend, typed: every call the frontend makes goes through one of these. */
export interface StudioApi {
  manifest(): Promise<Manifest>;
  clientBundle(): Promise<ClientBundle>;
  objects(): Promise<AttioObject[]>;
  attributes(object: string): Promise<Attribute[]>;
  listRecords(object: string, limit: number, offset: number): Promise<AttioRecord[]>;
  getRecord(object: string, recordId: string): Promise<AttioRecord>;
  runQuery(query: string, variables: object, parentCallId: string): Promise<QueryResult>;
  callServerFunction(id: string, args: unknown[], parentCallId: string): Promise<ServerCallResult>;
  startCall(kind: StartedCallKind, name: string, args: unknown, parent: string): Promise<string>;
  recordNotification(callId: string, type: NotificationType, detail: unknown): Promise<void>;
  finishCall(callId: string, error: CallError | null): Promise<void>;
  calls(limit: number): Promise<Call[]>;
  on<E extends keyof StudioEvents>(event: E, handler: (data: StudioEvents[E]) => void): Unsubscribe;
  onReconnect(handler: () => void): Unsubscribe;
}

export function createApi(transport: Transport): StudioApi {
  const call = <T>(method: string, ...args: unknown[]) =>
    transport.call(method, args) as Promise<T>;
  return {
    manifest: () => call("Manifest"),
    clientBundle: () => call("ClientBundle"),
    objects: async () => (await call<AttioObject[] | null>("Objects")) ?? [],
    attributes: async (object) => (await call<Attribute[] | null>("Attributes", object)) ?? [],
    listRecords: async (object, limit, offset) =>
      (await call<AttioRecord[] | null>("ListRecords", object, limit, offset)) ?? [],
    getRecord: (object, recordId) => call("GetRecord", object, recordId),
    runQuery: (query, variables, parentCallId) => call("RunQuery", query, variables, parentCallId),
    callServerFunction: (id, args, parentCallId) =>
      call("CallServerFunction", id, args, parentCallId),
    startCall: (kind, name, args, parent) => call("StartCall", kind, name, args, parent),
    recordNotification: async (callId, type, detail) => {
      await call("RecordNotification", callId, type, detail);
    },
    finishCall: async (callId, error) => {
      await call("FinishCall", callId, error);
    },
    calls: async (limit) => (await call<Call[] | null>("Calls", limit)) ?? [],
    on: (event, handler) => transport.subscribe(event, handler as (data: unknown) => void),
    onReconnect: (handler) => transport.onReconnect(handler),
  };
}
