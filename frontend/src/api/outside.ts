import type {
  Connection,
  ConnectionSpec,
  MockRule,
  OutboundSettings,
  WebhookDelivery,
  WebhookHandler,
  AttioWebhook,
  WebhookRequest,
  WebhookTemplate,
} from "./outsideTypes";
import type { Call, WorkspaceMember } from "./types";

/** The backend methods of connections, webhooks and outbound requests. */
export interface OutsideApi {
  connections(): Promise<Connection[]>;
  /** Runs the app's connection-added first; rejects with its error, saving nothing, if it throws. */
  addConnection(spec: ConnectionSpec): Promise<Connection>;
  /** Runs the app's connection-removed first; rejects, keeping the connection, if it throws. */
  removeConnection(id: string): Promise<void>;
  /** The member the studio acts as: getCurrentUser() and getUserConnection() answer for them. */
  currentUser(): Promise<WorkspaceMember>;
  /** Acts as another member from now on (kept in the data file); resolves to that member. */
  setCurrentUser(memberId: string): Promise<WorkspaceMember>;
  webhookHandlers(): Promise<WebhookHandler[]>;
  /** Attio's own webhooks, which server code creates through /v2/webhooks. */
  attioWebhooks(): Promise<AttioWebhook[]>;
  /** The most recent deliveries, newest first. */
  webhookDeliveries(limit: number): Promise<WebhookDelivery[]>;
  /** Sends a composed request to a handler id, handler URL or handler file name. */
  sendWebhook(target: string, request: WebhookRequest): Promise<WebhookDelivery>;
  replayWebhook(deliveryId: string): Promise<WebhookDelivery>;
  webhookCurl(target: string, request: WebhookRequest): Promise<string>;
  webhookTemplates(): Promise<WebhookTemplate[]>;
  /** Creates the template (no id) or replaces the one with its id. */
  saveWebhookTemplate(
    template: Omit<WebhookTemplate, "id"> & { id?: string },
  ): Promise<WebhookTemplate>;
  deleteWebhookTemplate(id: string): Promise<void>;
  /** Moves the webhook server to another loopback port, kept for later sessions. */
  setWebhookPort(port: number): Promise<void>;
  mockRules(): Promise<MockRule[]>;
  /** Validates the rules, writes them into the app's attio-studio.json and applies them. */
  saveMockRules(rules: MockRule[]): Promise<void>;
  outbound(): Promise<OutboundSettings>;
  setOutbound(settings: OutboundSettings): Promise<void>;
  /** One recorded call, by id. */
  call(id: string): Promise<Call>;
}

type Caller = <T>(method: string, ...args: unknown[]) => Promise<T>;

export function outsideApi(call: Caller): OutsideApi {
  const list =
    <T>(method: string) =>
    async (...args: unknown[]) =>
      (await call<T[] | null>(method, ...args)) ?? [];
  const done =
    (method: string) =>
    async (...args: unknown[]) => {
      await call(method, ...args);
    };
  return {
    connections: list<Connection>("Connections"),
    addConnection: (spec) => call("AddConnection", spec),
    removeConnection: done("RemoveConnection"),
    currentUser: () => call("CurrentUser"),
    setCurrentUser: (memberId) => call("SetCurrentUser", memberId),
    webhookHandlers: list<WebhookHandler>("WebhookHandlers"),
    attioWebhooks: list<AttioWebhook>("AttioWebhooks"),
    webhookDeliveries: list<WebhookDelivery>("WebhookDeliveries"),
    sendWebhook: (target, request) => call("SendWebhook", target, request),
    replayWebhook: (deliveryId) => call("ReplayWebhook", deliveryId),
    webhookCurl: (target, request) => call("WebhookCurl", target, request),
    webhookTemplates: list<WebhookTemplate>("WebhookTemplates"),
    saveWebhookTemplate: (template) => call("SaveWebhookTemplate", template),
    deleteWebhookTemplate: done("DeleteWebhookTemplate"),
    setWebhookPort: done("SetWebhookPort"),
    mockRules: list<MockRule>("MockRules"),
    saveMockRules: done("SaveMockRules"),
    outbound: async () => {
      const settings = await call<OutboundSettings>("Outbound");
      return { mode: settings.mode || "mocks-then-network", faults: settings.faults ?? {} };
    },
    setOutbound: done("SetOutbound"),
    call: (id) => call("Call", id),
  };
}
