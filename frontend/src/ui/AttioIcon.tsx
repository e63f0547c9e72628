import { createContext, useContext, useEffect, useState } from "react";
import { attioIcons, fallbackIcon, filledIcons } from "./attioIcons";

/**
 * Loads the app's image an icon names ("logo.png") as a URL. Without a loader, or while it
 * loads, or when the app has no such image, such an icon is drawn as the default icon.
 */
export const AssetIconLoader = createContext<((name: string) => Promise<string>) | null>(null);

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

/** Draws an AttioIcon name, or the app's image an asset file name names; unknown names get the
 * app's default icon. */
export function AttioIcon({ name, size = 14, className }: AttioIconProps) {
  if (name !== undefined && isAssetIcon(name)) {
    return <AssetIcon name={name} size={size} className={className} />;
  }
  return <NamedIcon name={name} size={size} className={className} />;
}

function AssetIcon({
  name,
  size,
  className,
}: Required<Omit<AttioIconProps, "className">> & Pick<AttioIconProps, "className">) {
  const load = useContext(AssetIconLoader);
  const [loaded, setLoaded] = useState<{ name: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    load?.(name).then(
      (url) => live && setLoaded({ name, url }),
      () => live && setLoaded(null), // said once, as a warning, when the app loaded
    );
    return () => {
      live = false;
    };
  }, [load, name]);
  if (loaded?.name !== name) return <NamedIcon size={size} className={className} />;
  return (
    <img
      src={loaded.url}
      width={size}
      height={size}
      className={className}
      data-icon={name}
      alt=""
      aria-hidden
    />
  );
}

function NamedIcon({ name, size = 14, className }: AttioIconProps) {
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
