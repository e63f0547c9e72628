import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createApi } from "../api/api";
import { NotificationLayer } from "../features/notifications/NotificationLayer";
import { Runtime } from "../sdk/runtime";
import { RuntimeContext } from "../sdk/RuntimeContext";
import { FakeTransport } from "./fakeTransport";

/** A runtime over a fake backend that records calls and notifications like the real one. */
export function fakeRuntime(methods: ConstructorParameters<typeof FakeTransport>[0] = {}) {
  let nextCall = 1;
  const backend = new FakeTransport({
    StartCall: () => `call-${nextCall++}`,
    FinishCall: () => null,
    RecordNotification: () => null,
    ...methods,
  });
  const runtime = new Runtime(createApi(backend));
  return { backend, runtime };
}

export function renderWithRuntime(runtime: Runtime, children: ReactNode) {
  return render(
    <RuntimeContext value={runtime}>
      {children}
      <NotificationLayer center={runtime.notifications} />
    </RuntimeContext>,
  );
}
