import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApi } from "./api";
import { createHttpTransport } from "./http";

class FakeSocket {
  static instances: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  open() {
    this.onopen?.();
  }
  send(name: string, data: unknown) {
    this.onmessage?.({ data: JSON.stringify([{ name, data }]) });
  }
  drop() {
    this.onclose?.();
  }
}

function respond(status: number, body: string) {
  return vi.fn(async () => new Response(body, { status }));
}

/** A transport over fetch and FakeSockets; its calls wait streamWaitMs for the event stream. */
function transport(fetch: ReturnType<typeof respond>, streamWaitMs = 0) {
  return createHttpTransport({
    origin: "http://127.0.0.1:9000",
    fetch: fetch as unknown as typeof globalThis.fetch,
    WebSocket: FakeSocket as unknown as typeof WebSocket,
    minBackoffMs: 100,
    maxBackoffMs: 400,
    streamWaitMs,
  });
}

beforeEach(() => {
  FakeSocket.instances = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe("HTTP transport calls", () => {
  it("posts the positional arguments as a JSON array to /api/<Method>", async () => {
    const fetch = respond(200, JSON.stringify([{ id: { record_id: "r1" } }]));
    const api = createApi(transport(fetch));

    const records = await api.listRecords("people", 50, 10);

    expect(records).toEqual([{ id: { record_id: "r1" } }]);
    expect(fetch).toHaveBeenCalledWith("http://127.0.0.1:9000/api/ListRecords", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(["people", 50, 10]),
    });
  });

  it("sends a call asked to outlive the page with keepalive", async () => {
    const fetch = respond(200, "null");
    await createApi(transport(fetch)).finishCall("call-3", null, true);
    expect(fetch).toHaveBeenCalledWith(
      "http://127.0.0.1:9000/api/FinishCall",
      expect.objectContaining({ keepalive: true, body: JSON.stringify(["call-3", null]) }),
    );
  });

  it("holds the first calls until the event stream says it is subscribed", async () => {
    const fetch = respond(200, "[]");
    const api = createApi(transport(fetch, 60000));
    const records = api.listRecords("people", 50, 0);
    await Promise.resolve();
    expect(fetch).not.toHaveBeenCalled();
    expect(FakeSocket.instances).toHaveLength(1);

    FakeSocket.instances[0].onmessage?.({ data: "[]" });
    await expect(records).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledOnce();
    await api.objects();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("goes ahead without the event stream when it does not come", async () => {
    vi.useFakeTimers();
    const fetch = respond(200, "[]");
    const api = createApi(transport(fetch, 2000));
    const records = api.listRecords("people", 50, 0);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(records).resolves.toEqual([]);
  });

  it.each([
    { name: "a null result", body: "null", want: null },
    { name: "an empty body", body: "", want: null },
    { name: "a string result", body: '"call-7"', want: "call-7" },
  ])("resolves with $name", async ({ body, want }) => {
    const result = await transport(respond(200, body)).call("StartCall", []);
    expect(result).toEqual(want);
  });

  it.each([
    {
      name: "the backend's error message",
      status: 404,
      body: JSON.stringify({ error: 'No record "r9" in people.' }),
      want: 'No record "r9" in people.',
    },
    {
      name: "a message naming the method when the body is not JSON",
      status: 502,
      body: "Bad gateway",
      want: "The studio backend failed on GetRecord (HTTP 502).",
    },
  ])("rejects with $name", async ({ status, body, want }) => {
    const call = transport(respond(status, body)).call("GetRecord", ["people", "r9"]);
    await expect(call).rejects.toThrow(new Error(want));
  });
});

describe("HTTP transport events", () => {
  it("opens one WebSocket at /api/events and delivers messages by name", () => {
    const events = transport(respond(200, ""));
    const builds: unknown[] = [];
    const calls: unknown[] = [];
    events.subscribe("build", (data) => builds.push(data));
    events.subscribe("call", (data) => calls.push(data));

    expect(FakeSocket.instances.map((socket) => socket.url)).toEqual([
      "ws://127.0.0.1:9000/api/events",
    ]);
    const socket = FakeSocket.instances[0];
    socket.open();
    socket.send("build", { version: 2 });
    socket.send("call", { id: "c1" });

    expect(builds).toEqual([{ version: 2 }]);
    expect(calls).toEqual([{ id: "c1" }]);
  });

  it("reconnects with growing backoff after a drop and reports the reconnection", () => {
    vi.useFakeTimers();
    const events = transport(respond(200, ""));
    const reconnects = vi.fn();
    const received: unknown[] = [];
    events.subscribe("records-changed", (data) => received.push(data));
    events.onReconnect(reconnects);
    FakeSocket.instances[0].open();

    FakeSocket.instances[0].drop();
    vi.advanceTimersByTime(99);
    expect(FakeSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(2);

    FakeSocket.instances[1].drop();
    vi.advanceTimersByTime(199);
    expect(FakeSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(3);

    expect(reconnects).not.toHaveBeenCalled();
    FakeSocket.instances[2].open();
    expect(reconnects).toHaveBeenCalledTimes(1);

    FakeSocket.instances[2].send("records-changed", { object: "people", recordId: "r1" });
    expect(received).toEqual([{ object: "people", recordId: "r1" }]);
  });
});
