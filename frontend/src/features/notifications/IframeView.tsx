import { useEffect, useRef } from "react";
import type { IframeSpec } from "../../sdk/notifications";
import "./IframeView.css";

/** The page showIframe asked for; inline html reads its initialData as ATTIO_INITIAL_DATA. */
export function srcdocFor(html: string, initialData: unknown): string {
  const data = JSON.stringify(initialData ?? null).replace(/</g, "\\u003c");
  return `<script>window.ATTIO_INITIAL_DATA = ${data};</script>\n${html}`;
}

/** An app's iframe, passing messages both ways between the page and the app's onMessage. */
export function IframeView({ spec, title }: { spec: IframeSpec; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const receive = (event: MessageEvent) => {
      if (event.source && event.source === frame.current?.contentWindow)
        spec.onMessage?.(event.data);
    };
    window.addEventListener("message", receive);
    return () => window.removeEventListener("message", receive);
  }, [spec]);

  const connect = () =>
    spec.connect?.((message) => frame.current?.contentWindow?.postMessage(message, "*"));

  return (
    <iframe
      ref={frame}
      className="iframe-view"
      title={title}
      data-testid="app-iframe"
      style={{ width: spec.width, height: spec.height }}
      src={spec.html === undefined ? spec.url : undefined}
      srcDoc={spec.html === undefined ? undefined : srcdocFor(spec.html, spec.initialData)}
      sandbox={
        spec.html === undefined
          ? "allow-scripts allow-forms allow-popups allow-same-origin"
          : "allow-scripts allow-forms allow-popups"
      }
      onLoad={connect}
    />
  );
}
