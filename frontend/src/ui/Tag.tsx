import type { ReactNode } from "react";
import "./Tag.css";

export const tagColors = [
  "grey",
  "blue",
  "cyan",
  "green",
  "lime",
  "yellow",
  "amber",
  "orange",
  "red",
  "pink",
  "purple",
  "lavender",
  "violet",
] as const;

export type TagColor = (typeof tagColors)[number];

interface TagProps {
  color?: string;
  dot?: boolean;
  children: ReactNode;
  testId?: string;
}

/** A small coloured label: select options, statuses, the SDK's Badge and StatusBadge. */
export function Tag({ color = "grey", dot = false, children, testId }: TagProps) {
  const known = (tagColors as readonly string[]).includes(color);
  const style = known ? undefined : ({ "--tag-fg": color, "--tag-bg": "#f0f1f3" } as object);
  return (
    <span className={`tag tag--${known ? color : "custom"}`} style={style} data-testid={testId}>
      {dot && <span className="tag__dot" />}
      {children}
    </span>
  );
}

/** A stable colour for a label, so the same select option always looks the same. */
export function colorFor(label: string): TagColor {
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const palette = tagColors.filter((color) => color !== "grey" && color !== "violet");
  return palette[Math.abs(hash) % palette.length];
}
