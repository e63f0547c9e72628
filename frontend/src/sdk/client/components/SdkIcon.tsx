import { AttioIcon } from "../../../ui/AttioIcon";
import { useIconCheck } from "./hostHooks";

interface SdkIconProps {
  name?: string;
  /** Names the place that asked for the icon in the warning about an unknown name. */
  where: string;
  size?: number;
}

/** An icon an app asked for by AttioIcon name; an unknown name is a warning, not a crash. */
export function SdkIcon({ name, where, size = 14 }: SdkIconProps) {
  useIconCheck(name, where);
  return <AttioIcon name={name} size={size} />;
}
