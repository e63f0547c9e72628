import type { StudioApi } from "../api";
import type { CallError, ClientBundle, NotificationType, StartedCallKind } from "../api/types";
import { AppErrorLog, toCallError } from "./appErrors";
import { appStack } from "./appStack";
import { CallTracker } from "./callTracker";
import { createAttioClient, type AttioClient } from "./client";
import type { Platform } from "./client/components/hostHooks";
import { createAttioRoot } from "./client/root";
import { bundleGlobals } from "./asyncCalls";
import { evaluateBundle } from "./host";
import { checkSurfaceIcons } from "./iconCheck";
import { guardedReactModules } from "./jsxGuard";
import { jsonProblem } from "./jsonProblem";
import { NotificationCenter } from "./notifications";
import { createSettingsFormApi } from "./settings/settingsForm";
import { WorkspaceSettings } from "./settings/WorkspaceSettings";
import { SourceMap } from "./sourceMap";
import { loadWorkspaceInfo, type WorkspaceInfo } from "./workspaceInfo";
import { createProgressToast } from "./progressToast";
import { createRunRecordBatches } from "./recordBatches";
import { Store } from "./store";
import { createSurfaceScope, type SurfaceContext, type SurfaceScope } from "./surfaceScope";
import {
  noSurfaces,
  normalizeSurfaces,
  type AppBulkRecordAction,
  type AppObjectAction,
  type AppRecordAction,
  type AppRecordTab,
  type AppShape,
  type AppTextAction,
  type CallRecordingPart,
  type AppSurfaces,
  type AppWidget,
  type RecordActionArgs,
} from "./surfaces";

/** What started a call the page records: one kind per kind of surface. */
export type SurfaceCallKind = StartedCallKind;

/** The app as last loaded: `mount` changes on every successful evaluation, to remount surfaces. */
export interface LoadedApp {
  bundleVersion: number;
  mount: number;
  surfaces: AppSurfaces;
}

/**
 * The studio's side of a running app: the attio/client implementation, what the app shows
 * (toasts, modals, dialogs), its errors, its registered surfaces, and the call it runs under.
 */
export class Runtime {
  readonly calls = new CallTracker();
  readonly notifications = new NotificationCenter();
  readonly appErrors = new AppErrorLog();
  readonly app = new Store<LoadedApp>({ bundleVersion: -1, mount: 0, surfaces: noSurfaces });
  readonly platform = new Store<Platform>("web-app");
  readonly settings: WorkspaceSettings;
  readonly settingsForm: ReturnType<typeof createSettingsFormApi>;
  readonly client: AttioClient;
  readonly modules: Record<string, unknown>;
  readonly api: StudioApi;
  private readonly callQueues = new Map<string, Promise<void>>();
  /** Calls this page started and has not yet ended. */
  private readonly openCalls = new Set<string>();
  /** The app's images icons name, asked once per build of the app. */
  private readonly assets = new Map<string, Promise<string>>();
  private readonly callContexts = new Map<string, SurfaceContext>();
  private readonly bundleGlobals = bundleGlobals(this.calls);
  private bundleCode = "";
  private workspace: Promise<WorkspaceInfo> | null = null;
  private sourceMap: SourceMap | null | undefined;

  constructor(api: StudioApi) {
    this.api = api;
    this.settings = new WorkspaceSettings(api);
    this.settingsForm = createSettingsFormApi(this.settings);
    this.client = createAttioClient(this);
    this.modules = {
      ...guardedReactModules(),
      attio: createAttioRoot(() => this.settingsForm),
      "attio/client": this.client,
    };
    this.appErrors.mapStack = (stack) => this.appStack(stack);
  }

  /** The app's image src/assets/name as a data URL, for an icon given as "logo.png". */
  readonly assetUrl = (name: string): Promise<string> => {
    let url = this.assets.get(name);
    if (!url) {
      url = this.api.appAsset(name);
      this.assets.set(name, url);
    }
    return url;
  };

  /** What the call's surface is about (its record or records), for useRecord in its dialogs. */
  contextOf(callId: string): SurfaceContext {
    return this.callContexts.get(callId) ?? {};
  }

  /** A stack of the app's client code in its own files (see appStack.ts). */
  appStack(stack: string | undefined): string | undefined {
    if (this.sourceMap === undefined) this.sourceMap = SourceMap.fromCode(this.bundleCode);
    return appStack(stack, this.sourceMap);
  }

  appShape(): AppShape {
    return this.app.get().surfaces.shape;
  }

  /** Plays the web or the mobile Attio client; surfaces remount to read the new platform. */
  setPlatform(platform: Platform) {
    if (platform === this.platform.get()) return;
    this.platform.set(platform);
    this.app.set((app) => ({ ...app, mount: app.mount + 1 }));
  }

  /**
   * Records a toast, alert, confirm or dialog under callId, after what was recorded before, at
   * the time it is shown: the report itself may wait for the call's start to be recorded.
   */
  record(callId: string, type: NotificationType, detail: unknown) {
    if (!callId) return; // shown outside any call: the backend has nothing to record it under
    const shownAt = Date.now();
    this.inOrder(callId, `record a ${type}`, () =>
      this.api.recordNotification(callId, type, detail, shownAt),
    );
  }

  /** Evaluates a new client bundle; on a throw the previous app keeps running. */
  loadBundle(bundle: ClientBundle) {
    if (!bundle.code || bundle.version === this.app.get().bundleVersion) return;
    let registered: AppSurfaces | null = null;
    const previous = { code: this.bundleCode, map: this.sourceMap };
    this.bundleCode = bundle.code;
    this.sourceMap = undefined;
    try {
      evaluateBundle(
        bundle.code,
        {
          modules: this.modules,
          runServerFunction: (id, args) => this.runServerFunction(id, args),
          registerSurfaces: (surfaces) => (registered = normalizeSurfaces(surfaces)),
        },
        this.bundleGlobals,
      );
    } catch (error) {
      this.appErrors.report("The app's client code threw while loading", error, "bundle");
      this.bundleCode = previous.code;
      this.sourceMap = previous.map;
      this.app.set((app) => ({ ...app, bundleVersion: bundle.version }));
      return;
    }
    this.appErrors.dismissKey("bundle");
    this.appErrors.clearWarnings();
    const surfaces: AppSurfaces = registered ?? noSurfaces;
    this.app.set((app) => ({ bundleVersion: bundle.version, mount: app.mount + 1, surfaces }));
    this.assets.clear();
    checkSurfaceIcons(this.appErrors, surfaces, this.assetUrl);
  }

  /**
   * Calls server function id as the app's import of it does. Arguments JSON would lose or refuse
   * are an error thrown here, at the app's call, rather than values that arrive changed.
   */
  async runServerFunction(id: string, args: unknown[]): Promise<unknown> {
    for (const [i, arg] of args.entries()) {
      const problem = jsonProblem(arg, `args[${i}]`);
      if (!problem) continue;
      const error = new TypeError(
        `${id} was called with an argument that cannot be sent to the server as JSON: ` +
          `${problem}. Pass only objects, arrays, strings, numbers, booleans and null.`,
      ) as TypeError & { code: string };
      error.code = "not-serializable";
      throw error;
    }
    const outcome = await this.api.callServerFunction(id, args, this.calls.current());
    if (outcome.error) throw appErrorFrom(outcome.error);
    return outcome.result;
  }

  runRecordAction(action: AppRecordAction, args: RecordActionArgs): Promise<void> {
    const trigger = () => action.onTrigger?.(args);
    return this.runCall("record-action", action.id, `The action "${action.label}"`, args, trigger);
  }

  /**
   * Passes both the Gen 1 `recordIds` and the Gen 3 `runRecordBatches`, so every shape works;
   * runRecordBatches' progress texts update one toast in place.
   */
  async runBulkRecordAction(action: AppBulkRecordAction, recordIds: string[], object: string) {
    const args = { recordIds, object };
    let progress: ReturnType<typeof createProgressToast> | null = null;
    const trigger = () => {
      progress = createProgressToast(this, this.calls.current());
      const runRecordBatches = createRunRecordBatches(recordIds, progress.show);
      return action.onTrigger?.({ ...args, runRecordBatches });
    };
    const title = `The bulk action "${action.label}"`;
    await this.runCall("bulk-record-action", action.id, title, args, trigger);
    (progress as ReturnType<typeof createProgressToast> | null)?.finish();
  }

  runObjectAction(action: AppObjectAction, object: string): Promise<void> {
    const trigger = () => action.onTrigger?.({ object });
    const title = `The object action "${action.label}"`;
    return this.runCall("object-action", action.id, title, { object }, trigger);
  }

  /**
   * A call-recording text action. Its arguments (the selected text, or transcript lines and
   * their link) are made inside the call, so what making them asks the backend nests under it.
   */
  runTextAction(
    part: CallRecordingPart,
    action: AppTextAction,
    recorded: object,
    makeArgs: () => Promise<object>,
  ): Promise<void> {
    const trigger = async () => action.onTrigger?.(await makeArgs());
    const title = `The ${part} text action "${action.label}"`;
    return this.runCall(
      "call-recording-text-action",
      action.id,
      title,
      { part, ...recorded },
      trigger,
    );
  }

  /** The mock workspace's name and slug, asked once, under the call that first needs them. */
  workspaceInfo(): Promise<WorkspaceInfo> {
    this.workspace ??= loadWorkspaceInfo(this.api, this.calls.current()).catch((error) => {
      this.workspace = null;
      throw error;
    });
    return this.workspace;
  }

  /** Starts a call a surface's work is recorded under; "" when the backend could not. */
  async startCall(kind: SurfaceCallKind, name: string, args: unknown): Promise<string> {
    try {
      const callId = await this.api.startCall(kind, name, args, "");
      this.openCalls.add(callId);
      return callId;
    } catch (error) {
      this.appErrors.report(`The studio could not record the ${kind} "${name}"`, error);
      return "";
    }
  }

  /** Ends a call once everything recorded under it so far has reached the backend. */
  finishCall(callId: string, error: CallError | null) {
    if (!callId) return;
    this.openCalls.delete(callId);
    this.inOrder(callId, "finish a call", () => this.api.finishCall(callId, error));
  }

  /**
   * Ends every call this page started and has not ended, as the page goes away (closed or
   * reloaded): an action whose dialog is open, a widget still loading. Without this the call
   * log would show them running until the studio restarts.
   */
  endOpenCalls() {
    for (const callId of this.openCalls) {
      void this.api.finishCall(callId, pageClosed, true).catch(() => {
        // The page is going away; there is nobody left to tell.
      });
    }
    this.openCalls.clear();
  }

  // Requests travel on separate connections and the backend stamps notifications as they arrive,
  // so a call's notifications and its end are sent one after another, never concurrently.
  private inOrder(callId: string, what: string, send: () => Promise<void>) {
    const next = (this.callQueues.get(callId) ?? Promise.resolve()).then(send).catch((error) => {
      console.warn(`The studio could not ${what} in the call log:`, error);
    });
    this.callQueues.set(callId, next);
    void next.then(() => {
      if (this.callQueues.get(callId) === next) this.callQueues.delete(callId);
    });
  }

  /** The scope of a dialog: its clicks count as part of the action that opened it. */
  scope(callId: string, context: SurfaceContext = this.contextOf(callId)): SurfaceScope {
    return createSurfaceScope({
      callId,
      context,
      within: (id, fn) => this.calls.within(id, fn),
      onError: (error) => this.appErrors.report("The app's event handler failed", error),
    });
  }

  /**
   * The scope of a mounted widget or record tab: what it does while rendering is recorded under
   * callId, and each click on it as a call of its own.
   */
  mountedScope(
    callId: string,
    kind: "widget" | "record-tab",
    surface: AppWidget | AppRecordTab,
    args: RecordActionArgs,
  ): SurfaceScope {
    const title = `The ${kind === "widget" ? "widget" : "record tab"} "${surface.label}"`;
    return createSurfaceScope({
      callId,
      context: args,
      within: (id, fn) => this.calls.within(id, fn),
      onError: (error) => this.appErrors.report(`${title} failed`, error),
      handle: (fn) => void this.runCall(kind, surface.id, title, { ...args, event: "click" }, fn),
    });
  }

  /** The scope of a mounted widget: each click on it is recorded as a call of its own. */
  widgetScope(callId: string, widget: AppWidget, args: RecordActionArgs): SurfaceScope {
    return this.mountedScope(callId, "widget", widget, args);
  }

  /**
   * Runs app code under a new call recorded with `recorded` as its arguments. The call stays
   * open while dialogs it opened are open, so what they show and call is recorded under it.
   */
  private async runCall(
    kind: SurfaceCallKind,
    name: string,
    title: string,
    recorded: unknown,
    trigger: () => unknown,
  ) {
    const callId = await this.startCall(kind, name, recorded);
    if (callId) this.calls.begin(callId);
    if (callId) this.callContexts.set(callId, contextFrom(recorded));
    let failure: CallError | null = null;
    try {
      await this.calls.within(callId, trigger);
    } catch (error) {
      failure = toCallError(error, (stack) => this.appStack(stack));
      this.appErrors.report(`${title} failed`, error);
    }
    await this.notifications.whenDialogsClosed(callId);
    this.calls.end(callId);
    this.callContexts.delete(callId);
    this.finishCall(callId, failure);
  }
}

/** How a call the page never ended is ended when the page goes away. */
export const pageClosed: CallError = {
  name: "PageClosed",
  message: "The studio's page was closed or reloaded before this ended.",
};

/** The record or records a call's arguments are about. */
function contextFrom(args: unknown): SurfaceContext {
  const { recordId, recordIds, object } = (args ?? {}) as SurfaceContext;
  return { recordId, recordIds, object };
}

/** The Error an app's await of a server function rejects with: Attio's name, message, code. */
function appErrorFrom(error: CallError): Error {
  const result = new Error(error.message) as Error & { code?: string };
  result.name = error.name ?? "Error";
  if (error.code !== undefined) result.code = error.code;
  if (error.stack) result.stack = error.stack;
  return result;
}
