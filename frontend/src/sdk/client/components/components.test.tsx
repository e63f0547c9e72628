import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInSurface } from "../../testing/renderInSurface";
import { Avatar } from "./Avatar";
import { Banner } from "./Banner";
import { Button } from "./Button";
import { Link } from "./Link";
import { LoadingState } from "./LoadingState";
import { Row } from "./Row";
import { Section } from "./Section";
import { StatusBadge } from "./StatusBadge";
import { TextBlock } from "./TextBlock";
import { Typography } from "./Typography";

afterEach(() => vi.restoreAllMocks());

describe("Avatar", () => {
  it.each([
    { name: "the name's initials", props: { name: "Ada Lovelace" }, text: "AL", tag: "SPAN" },
    {
      name: "the picture",
      props: { name: "Ada", src: "https://x.test/a.png" },
      text: "",
      tag: "IMG",
    },
    {
      name: "initials for a null src",
      props: { name: "grace", src: null },
      text: "G",
      tag: "SPAN",
    },
  ])("draws $name", ({ props, text, tag }) => {
    renderInSurface(<Avatar {...props} />);
    const avatar = screen.getByTitle(props.name);
    expect(avatar.tagName).toBe(tag);
    expect(avatar.textContent).toBe(text);
  });

  it("is round, medium and bold unless told otherwise", () => {
    renderInSurface(
      <>
        <Avatar name="Default" />
        <Avatar name="Custom" shape="box" size="large" variant="subtle" />
      </>,
    );
    expect(screen.getByTitle("Default").className).toContain(
      "sdk-avatar--round sdk-avatar--medium sdk-avatar--bold",
    );
    expect(screen.getByTitle("Custom").className).toContain(
      "sdk-avatar--box sdk-avatar--large sdk-avatar--subtle",
    );
  });
});

describe("Banner", () => {
  it("shows a large banner's title, its text and its actions", async () => {
    const onTrigger = vi.fn();
    renderInSurface(
      <Banner
        variant="warning"
        size="large"
        title="Not connected"
        actions={[
          { label: "Later", onTrigger: () => {}, variant: "secondary" },
          { label: "Connect", onTrigger, variant: "primary" },
        ]}
      >
        Connect your account to sync.
      </Banner>,
    );
    const banner = screen.getByRole("status");
    expect(banner.className).toContain("sdk-banner--warning");
    expect(banner.textContent).toContain("Not connected");
    expect(banner.textContent).toContain("Connect your account to sync.");
    fireEvent.click(within(banner).getByText("Connect"));
    expect(onTrigger).toHaveBeenCalledOnce();
  });

  it.each([
    { name: "a small banner with a title", props: { title: "Hi" }, warns: "Only a large <Banner>" },
    {
      name: "a large banner without a title",
      props: { size: "large" as const },
      warns: "needs a title",
    },
    {
      name: "two primary actions",
      props: {
        actions: [
          { label: "A", onTrigger: () => {}, variant: "primary" as const },
          { label: "B", onTrigger: () => {}, variant: "primary" as const },
        ],
      },
      warns: "got primary, primary",
    },
  ])("warns about $name and still draws it", async ({ props, warns }) => {
    const { runtime } = renderInSurface(<Banner {...props}>Text</Banner>);
    expect(screen.getByRole("status").textContent).toContain("Text");
    expect(
      runtime.appErrors.warnings
        .get()
        .map((w) => w.message)
        .join(),
    ).toContain(warns);
  });
});

describe("text and layout", () => {
  it("draws the documented defaults", () => {
    renderInSurface(
      <>
        <TextBlock>Centred</TextBlock>
        <Typography.Title>Title</Typography.Title>
        <Typography.Body>Body</Typography.Body>
        <LoadingState />
        <StatusBadge color="green">Live</StatusBadge>
        <Section title="Contact" description="How to reach them">
          <TextBlock align="left">Inside</TextBlock>
        </Section>
      </>,
    );
    expect(screen.getByText("Centred").className).toContain("sdk-text-block--center");
    expect(screen.getByText("Title").className).toContain("sdk-title--standard");
    expect(screen.getByText("Body").className).toContain("sdk-body--standard");
    expect(screen.getByRole("status").textContent).toBe("Loading...");
    expect(screen.getByTestId("sdk-status-badge").querySelector(".tag__dot")).not.toBeNull();
    expect(screen.getByText("How to reach them")).toBeDefined();
  });

  it("stacks a Row's children on mobile", () => {
    const { runtime, container } = renderInSurface(
      <Row>
        <TextBlock>a</TextBlock>
        <TextBlock>b</TextBlock>
      </Row>,
    );
    const row = container.querySelector(".sdk-row")!;
    expect(row.className).not.toContain("sdk-row--stacked");
    act(() => runtime.setPlatform("mobile-app"));
    expect(row.className).toContain("sdk-row--stacked");
  });
});

describe("Button", () => {
  it("is secondary by default and shows its icon and keyboard hint", () => {
    const onClick = vi.fn();
    renderInSurface(
      <Button label="Sync" icon="ArrowsRefresh" keyboardHint="s" onClick={onClick} />,
    );
    const button = screen.getByRole("button", { name: /Sync/ });
    expect(button.className).toContain("sdk-button--secondary");
    expect(button.querySelector("svg")?.dataset.icon).toBe("ArrowsRefresh");
    expect(button.querySelector("kbd")?.textContent).toBe("S");
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("does nothing when disabled", () => {
    const onClick = vi.fn();
    renderInSurface(<Button label="Sync" disabled onClick={onClick} />);
    fireEvent.click(screen.getByRole("button", { name: "Sync" }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it("warns once about an icon name that is not an AttioIcon, drawing the default", () => {
    const { runtime } = renderInSurface(
      <>
        <Button label="A" icon="Sparkle" />
        <Button label="B" icon="Sparkle" />
        <Button label="C" icon="send" />
      </>,
    );
    expect(runtime.appErrors.warnings.get().map((warning) => warning.title)).toEqual([
      'Unknown icon "Sparkle"',
      'Unknown icon "send"',
    ]);
    expect(runtime.appErrors.warnings.get()[1].message).toContain('Did you mean "Send"?');
    expect(runtime.appErrors.errors.get()).toEqual([]);
  });
});

describe("Link", () => {
  it("asks before opening the page in a new tab", () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    renderInSurface(<Link href="https://attio.com/docs">Docs</Link>);
    fireEvent.click(screen.getByText("Docs"));
    expect(open).not.toHaveBeenCalled();
    const confirm = screen.getByTestId("confirm");
    expect(confirm.textContent).toContain("https://attio.com/docs");
    fireEvent.click(within(confirm).getByText("Open link"));
    expect(open).toHaveBeenCalledWith("https://attio.com/docs", "_blank", "noopener,noreferrer");
  });
});
