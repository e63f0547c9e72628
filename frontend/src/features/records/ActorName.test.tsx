import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { AttioValue } from "../../api/types";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";
import { ActorName } from "./ActorName";

const members = [
  { id: "m1", first_name: "Sam", last_name: "Rivera", email_address: "sam@acme.example" },
];

function actor(type: string, id: string | null): AttioValue {
  return {
    attribute_type: "actor-reference",
    referenced_actor_type: type,
    referenced_actor_id: id,
  };
}

describe("an actor reference", () => {
  it.each([
    { value: actor("workspace-member", "m1"), want: "Sam Rivera" },
    { value: actor("system", null), want: "Attio" },
    { value: actor("app", "a1"), want: "App" },
    { value: actor("workspace-member", "gone"), want: "Member" },
  ])("reads $want", async ({ value, want }) => {
    const { runtime } = fakeRuntime({ Members: () => members });
    renderWithRuntime(runtime, <ActorName value={value} />);
    await waitFor(() => expect(screen.getByText(want)).toBeDefined());
  });
});
