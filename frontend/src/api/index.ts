import { createApi, type StudioApi } from "./api";
import { createHttpTransport } from "./http";
import { createWailsTransport, hasWailsBindings } from "./wails";

export { createApi, type StudioApi } from "./api";
export type * from "./types";
export type * from "./outsideTypes";
export type * from "./inspectorTypes";

/** The api over whichever backend this page runs in: the Wails bindings, else serve mode. */
export function connectApi(): StudioApi {
  return createApi(hasWailsBindings() ? createWailsTransport() : createHttpTransport());
}
