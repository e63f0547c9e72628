import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useRoute } from "./route";

afterEach(() => window.history.replaceState(null, "", "#/"));

describe("useRoute", () => {
  it("redirects in place of the current history entry", () => {
    window.history.replaceState(null, "", "#/people");
    const { result } = renderHook(() => useRoute());
    act(() => result.current[1]({ object: "people", recordId: "ada" }, { replace: true }));
    expect(window.location.hash).toBe("#/people/ada");
    expect(result.current[0]).toEqual({ object: "people", recordId: "ada" });
  });

  it("drops a redirect when the user went elsewhere since the route was read", () => {
    window.history.replaceState(null, "", "#/people");
    const { result } = renderHook(() => useRoute());
    const redirect = result.current[1];
    // The user clicks through to another page before the list's first record has loaded.
    window.history.replaceState(null, "", "#/call-recording");
    act(() => redirect({ object: "people", recordId: "ada" }, { replace: true }));
    expect(window.location.hash).toBe("#/call-recording");
  });

  it("always follows a navigation the user asked for", () => {
    window.history.replaceState(null, "", "#/people");
    const { result } = renderHook(() => useRoute());
    const navigate = result.current[1];
    window.history.replaceState(null, "", "#/companies");
    act(() => navigate({ object: "deals", recordId: null }));
    expect(window.location.hash).toBe("#/deals");
  });
});
