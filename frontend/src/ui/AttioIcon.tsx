import { attioIcons, fallbackIcon, filledIcons } from "./attioIcons";

interface AttioIconProps {
  name?: string;
  size?: number;
  className?: string;
}

/** Whether name is one of the SDK's AttioIcon names. */
export function isAttioIconName(name: string): boolean {
  return Object.hasOwn(attioIcons, name);
}

/** Whether an icon value names an image in the app's src/assets (Gen 1 actions allow that). */
export function isAssetIcon(name: string): boolean {
  return /\.png$/i.test(name);
}

/** Draws an AttioIcon name; asset file names and unknown names get the app's default icon. */
export function AttioIcon({ name, size = 14, className }: AttioIconProps) {
  const known = name !== undefined && isAttioIconName(name);
  const Icon = known ? attioIcons[name] : fallbackIcon;
  const fill = known && filledIcons.has(name) ? "currentColor" : "none";
  return (
    <Icon
      size={size}
      strokeWidth={1.75}
      fill={fill}
      className={className}
      data-icon={known ? name : "fallback"}
      aria-hidden
    />
  );
}
