import type { StudioApi } from "../api";
import { useRuntime } from "../sdk/RuntimeContext";

export function useApi(): StudioApi {
  return useRuntime().api;
}
