import { colorFor } from "../../../ui/Tag";
import { named } from "./childRules";
import "../../../ui/Tag.css";
import "./Avatar.css";

export interface AvatarProps {
  name: string;
  src?: string | null;
  shape?: "round" | "box";
  variant?: "subtle" | "bold";
  size?: "small" | "medium" | "large";
}

function initialsOf(name: string): string {
  const words = String(name ?? "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

/** The SDK's Avatar: the picture at src, else the name's initials on a colour of its own. */
export const Avatar = named(function Avatar({
  name,
  src,
  shape = "round",
  variant = "bold",
  size = "medium",
}: AvatarProps) {
  const classes = `sdk-avatar sdk-avatar--${shape} sdk-avatar--${size} sdk-avatar--${variant}`;
  if (src) {
    return <img className={classes} src={src} alt={name} title={name} />;
  }
  return (
    <span className={`${classes} tag--${colorFor(String(name ?? ""))}`} title={name} role="img">
      {initialsOf(name)}
    </span>
  );
}, "Avatar");
