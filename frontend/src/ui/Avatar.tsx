import { colorFor } from "./Tag";
import "./Avatar.css";
import "./Tag.css";

interface AvatarProps {
  name: string;
  initials: string;
  size?: "small" | "medium" | "large";
  shape?: "round" | "box";
}

/** Initials on a colour picked from the name, as Attio draws records without a picture. */
export function Avatar({ name, initials, size = "medium", shape = "round" }: AvatarProps) {
  const shapeClass = shape === "box" ? " avatar--box" : "";
  return (
    <span className={`avatar avatar--${size} tag--${colorFor(name)}${shapeClass}`} aria-hidden>
      {initials}
    </span>
  );
}
