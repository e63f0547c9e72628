import { attioIcons, fallbackIcon } from "./attioIcons";

interface AttioIconProps {
  name?: string;
  size?: number;
  className?: string;
}

/** Draws an AttioIcon name; asset file names and unknown names get the app's default icon. */
export function AttioIcon({ name, size = 14, className }: AttioIconProps) {
  const Icon = (name && attioIcons[name]) || fallbackIcon;
  return <Icon size={size} strokeWidth={1.75} className={className} aria-hidden />;
}
