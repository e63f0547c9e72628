import * as React from "react";
import * as JsxRuntime from "react/jsx-runtime";

/** Where esbuild's JSX dev runtime says an element was written in the app. */
export interface JsxSource {
  fileName?: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** Thrown when an app renders an HTML element: Attio apps may render only SDK components. */
export class NotAnAttioComponentError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(
    readonly element: string,
    source?: JsxSource,
  ) {
    const place = source?.fileName
      ? ` at ${source.fileName}:${source.lineNumber ?? 0}:${source.columnNumber ?? 0}`
      : "";
    super(
      `<${element}>${place} is not an Attio component: Attio apps render only components ` +
        `from "attio/client" (such as TextBlock, Section or Button), not HTML elements.`,
    );
    this.name = "NotAnAttioComponentError";
    this.file = source?.fileName;
    this.line = source?.lineNumber;
    this.column = source?.columnNumber;
  }
}

function check(type: unknown, source?: JsxSource) {
  if (typeof type === "string") throw new NotAnAttioComponentError(type, source);
}

type Jsx = (type: React.ElementType, props: unknown, key?: React.Key) => React.ReactElement;

const jsx: Jsx = (type, props, key) => {
  check(type);
  return JsxRuntime.jsx(type, props, key);
};

const jsxs: Jsx = (type, props, key) => {
  check(type);
  return JsxRuntime.jsxs(type, props, key);
};

// The studio bundles apps with esbuild's JSX dev runtime, so each element says where the app
// wrote it; React's production build has no jsxDEV, so elements are made by the plain jsx.
function jsxDEV(
  type: React.ElementType,
  props: unknown,
  key?: React.Key,
  isStatic?: boolean,
  source?: JsxSource,
) {
  check(type, source);
  return (isStatic ? JsxRuntime.jsxs : JsxRuntime.jsx)(type, props, key);
}

const createElement = ((type: unknown, ...rest: unknown[]) => {
  check(type);
  return (React.createElement as (...args: unknown[]) => React.ReactElement)(type, ...rest);
}) as typeof React.createElement;

/** The modules an app's `react` imports resolve to: the studio's React behind the JSX guard. */
export function guardedReactModules(): Record<string, unknown> {
  const react: Record<string, unknown> = { ...React, createElement };
  react.default = react;
  return {
    react,
    "react/jsx-runtime": { jsx, jsxs, Fragment: React.Fragment },
    "react/jsx-dev-runtime": { jsxDEV, Fragment: React.Fragment },
  };
}
