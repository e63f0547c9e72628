import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy* and waitFor give up after this long; the default second is too short on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
