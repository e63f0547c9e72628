import { createSettingsRoot } from "../settings/schema";

/** The error class Attio's SDK throws; `code` tells the kind of failure. */
export class AttioError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "AttioError";
  }
}

export class AttioNoUserConnectionError extends AttioError {
  constructor(message = "No user connection") {
    super(message, "no-user-connection");
    this.name = "AttioNoUserConnectionError";
  }
}

export class AttioNoWorkspaceConnectionError extends AttioError {
  constructor(message = "No workspace connection") {
    super(message, "no-workspace-connection");
    this.name = "AttioNoWorkspaceConnectionError";
  }
}

export class AttioUnexpectedTransportError extends AttioError {
  constructor(message = "Unexpected transport error") {
    super(message, "unexpected-transport-error");
    this.name = "AttioUnexpectedTransportError";
  }
}

/** The object an app's `import ... from "attio"` resolves to (Gen 2 and 3 root SDK). */
export function createAttioRoot(settingsForm: () => unknown) {
  return {
    Settings: createSettingsRoot(settingsForm),
    AttioError,
    AttioNoUserConnectionError,
    AttioNoWorkspaceConnectionError,
    AttioUnexpectedTransportError,
    Extensions: { defineExtension: <T>(extension: T) => extension },
  };
}
