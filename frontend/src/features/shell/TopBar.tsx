import type { ReactNode } from "react";
import type { Manifest } from "../../api/types";
import "./TopBar.css";

interface TopBarProps {
  manifest: Manifest | null;
  backendError: Error | null;
  /** Navigation shown before the build status. */
  children?: ReactNode;
}

function BuildStatus({ manifest, backendError }: TopBarProps) {
  if (backendError) {
    return (
      <span className="top-bar__status top-bar__status--error" title={backendError.message}>
        <span className="top-bar__dot" />
        Backend unreachable
      </span>
    );
  }
  if (!manifest) {
    return <span className="top-bar__status top-bar__status--pending">Loading…</span>;
  }
  const errors = (manifest.diagnostics ?? []).filter((d) => d.severity === "error").length;
  if (errors > 0) {
    return (
      <span className="top-bar__status top-bar__status--error" data-testid="build-status">
        <span className="top-bar__dot" />
        {errors} {errors === 1 ? "error" : "errors"}
      </span>
    );
  }
  return (
    <span className="top-bar__status top-bar__status--ok" data-testid="build-status">
      <span className="top-bar__dot" />
      Build {manifest.buildVersion} ok
    </span>
  );
}

export function TopBar({ manifest, backendError, children }: TopBarProps) {
  return (
    <header className="top-bar">
      <span className="top-bar__mark" aria-hidden>
        A
      </span>
      <span className="top-bar__studio">App Studio</span>
      <span className="top-bar__slash">/</span>
      <span className="top-bar__app" data-testid="app-name">
        {manifest?.app.name || "…"}
      </span>
      {manifest?.app.dir && <span className="top-bar__dir">{manifest.app.dir}</span>}
      <span className="top-bar__spacer" />
      {children}
      <BuildStatus manifest={manifest} backendError={backendError} />
    </header>
  );
}
