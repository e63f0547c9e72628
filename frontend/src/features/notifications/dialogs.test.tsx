import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "../../sdk/client/components/Button";
import { TextBlock } from "../../sdk/client/components/TextBlock";
import { Forms } from "../../sdk/client/forms/schema";
import { useForm } from "../../sdk/client/forms/useForm";
import type { Runtime } from "../../sdk/runtime";
import type { AppShape } from "../../sdk/surfaces";
import { fakeRuntime, renderWithRuntime } from "../../test/runtimeHarness";

function setup(shape: AppShape = "named-exports") {
  const { runtime, backend } = fakeRuntime();
  runtime.app.set((app) => ({ ...app, surfaces: { ...app.surfaces, shape } }));
  renderWithRuntime(runtime, null);
  return { runtime, backend };
}

function open(
  runtime: Runtime,
  title: string,
  Dialog: (props: { hideDialog: () => void }) => React.ReactNode,
) {
  let shown!: Promise<{ hideDialog: () => Promise<void> }>;
  act(() => {
    shown = runtime.client.showDialog({ title, Dialog });
  });
  return shown;
}

const visibleDialog = () => screen.getAllByTestId("dialog").find((dialog) => !dialog.hidden)!;

describe("showDialog", () => {
  it("stacks dialogs with breadcrumbs; Escape closes the top, a click outside closes all", () => {
    const { runtime } = setup();
    const Second = () => <TextBlock>Second body</TextBlock>;
    const First = () => (
      <Button
        label="Next"
        onClick={() => void runtime.client.showDialog({ title: "Step 2", Dialog: Second })}
      />
    );
    void open(runtime, "Step 1", First);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));

    expect(screen.getAllByTestId("dialog")).toHaveLength(2);
    expect(visibleDialog().textContent).toContain("Second body");
    expect(within(visibleDialog()).getByTestId("dialog-crumbs").textContent).toBe("Step 1Step 2");

    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.getAllByTestId("dialog")).toHaveLength(1);
    expect(visibleDialog().dataset.title).toBe("Step 1");

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.mouseDown(document.querySelector(".modal__overlay")!);
    expect(screen.queryAllByTestId("dialog")).toHaveLength(0);
  });

  it("goes back to a dialog by its breadcrumb", () => {
    const { runtime } = setup();
    void open(runtime, "One", () => <TextBlock>1</TextBlock>);
    void open(runtime, "Two", () => <TextBlock>2</TextBlock>);
    void open(runtime, "Three", () => <TextBlock>3</TextBlock>);
    fireEvent.click(within(visibleDialog()).getByRole("button", { name: "One" }));
    expect(screen.getAllByTestId("dialog").map((dialog) => dialog.dataset.title)).toEqual(["One"]);
  });

  it("moves Buttons and the SubmitButton to the footer", () => {
    const { runtime } = setup();
    function WithForm() {
      const { Form, TextInput, SubmitButton } = useForm({ name: Forms.string() }, {});
      return (
        <Form onSubmit={() => {}}>
          <TextInput label="Name" name="name" />
          <Button label="Cancel" onClick={() => {}} />
          <SubmitButton label="Create" />
        </Form>
      );
    }
    void open(runtime, "New contact", WithForm);
    const footer = screen.getByTestId("dialog-footer");
    expect(
      within(footer)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Cancel", "Create"]);
    expect(within(footer).getByText("Create").className).toContain("sdk-button--primary");
  });

  it("closes with the hideDialog the Dialog gets", () => {
    const { runtime } = setup();
    void open(runtime, "Done?", ({ hideDialog }) => (
      <Button label="Close me" onClick={hideDialog} />
    ));
    fireEvent.click(screen.getByRole("button", { name: "Close me" }));
    expect(screen.queryByTestId("dialog")).toBeNull();
  });

  it("resolves once open with hideDialog for a Gen 1 app", async () => {
    const { runtime } = setup("named-exports");
    const { hideDialog } = await open(runtime, "Gen 1", () => <TextBlock>hi</TextBlock>);
    expect(screen.getByTestId("dialog")).toBeDefined();
    await act(() => hideDialog());
    expect(screen.queryByTestId("dialog")).toBeNull();
  });

  it.each(["app-file", "extensions"] as const)(
    "resolves only when closed for a %s app",
    async (shape) => {
      const { runtime } = setup(shape);
      let settled = false;
      const shown = open(runtime, "Later", () => <TextBlock>hi</TextBlock>);
      void shown.then(() => (settled = true));
      await act(() => Promise.resolve());
      expect(settled).toBe(false);
      fireEvent.click(screen.getByRole("button", { name: "Close dialog" }));
      await act(() => shown);
      expect(settled).toBe(true);
    },
  );

  it("presses a Button by its keyboard hint only in the dialog on top", () => {
    const { runtime } = setup();
    const below = vi.fn();
    const top = vi.fn();
    void open(runtime, "Below", () => <Button label="Below" keyboardHint="b" onClick={below} />);
    void open(runtime, "Top", () => <Button label="Top" keyboardHint="enter" onClick={top} />);
    fireEvent.keyDown(document, { key: "b" });
    fireEvent.keyDown(document, { key: "Enter" });
    expect(below).not.toHaveBeenCalled();
    expect(top).toHaveBeenCalledOnce();
  });
});

describe("showIframe", () => {
  it("shows inline html with its data, passes messages both ways, resolves when closed", async () => {
    const { runtime } = setup();
    const received: unknown[] = [];
    let done = false;
    let shown!: Promise<void>;
    act(() => {
      shown = runtime.client.showIframe({
        html: "<p>Pick a colour</p>",
        initialData: { recordId: "r-1" },
        width: "400px",
        height: "300px",
        onMessage: (message, { sendMessage, hideIframe }) => {
          received.push(message);
          if (message === "hello") sendMessage({ reply: "hi" });
          if (message === "close") hideIframe();
        },
      });
      void shown.then(() => (done = true));
    });

    const frame = screen.getByTestId("app-iframe") as HTMLIFrameElement;
    expect(frame.getAttribute("srcdoc")).toContain(
      'window.ATTIO_INITIAL_DATA = {"recordId":"r-1"}',
    );
    expect(frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
    const post = vi.spyOn(frame.contentWindow!, "postMessage").mockImplementation(() => {});
    fireEvent.load(frame);

    const fromFrame = (data: unknown) =>
      act(() => {
        window.dispatchEvent(new MessageEvent("message", { data, source: frame.contentWindow }));
      });
    fromFrame("hello");
    expect(received).toEqual(["hello"]);
    expect(post).toHaveBeenCalledWith({ reply: "hi" }, "*");

    fromFrame("close");
    await act(() => shown);
    expect(done).toBe(true);
    expect(screen.queryByTestId("app-iframe")).toBeNull();
  });

  it("ignores messages from other windows", () => {
    const { runtime } = setup();
    const onMessage = vi.fn();
    act(() => void runtime.client.showIframe({ url: "https://example.com", onMessage }));
    act(() => {
      window.dispatchEvent(new MessageEvent("message", { data: "spoof", source: window }));
    });
    expect(onMessage).not.toHaveBeenCalled();
  });
});

describe("dialog errors", () => {
  it("shows a render error in the dialog, in the app's words, and keeps the studio", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { runtime } = setup();
    void open(runtime, "Broken", () => {
      throw new TypeError("record is undefined");
    });
    await waitFor(() =>
      expect(screen.getByTestId("dialog").textContent).toContain(
        'The dialog "Broken" failed to render',
      ),
    );
    expect(screen.getByTestId("dialog").textContent).toContain("record is undefined");
    vi.restoreAllMocks();
  });
});
