import * as React from "react";
import * as JsxRuntime from "react/jsx-runtime";

/** Thrown when an app renders an HTML element: Attio apps may render only SDK components. */
export class NotAnAttioComponentError extends Error {
  constructor(readonly element: string) {
    super(
      `<${element}> is not an Attio component: ` +
        `Attio apps render only components from "attio/client"`,
    );
    this.name = "NotAnAttioComponentError";
  }
}

function check(type: unknown) {
  if (typeof type === "string") throw new NotAnAttioComponentError(type);
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

// React's production build has no jsxDEV, so the dev runtime is served by the same guarded jsx.
function jsxDEV(type: React.ElementType, props: unknown, key?: React.Key, isStatic?: boolean) {
  return (isStatic ? jsxs : jsx)(type, props, key);
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
