import { SdkIcon } from "../components/SdkIcon";
import type { ComboOption } from "./comboboxOptions";

/** What is drawn before an option's label: its icon, avatar or colour dot. */
export function OptionDecoration({ option }: { option: ComboOption }) {
  if (option.icon) {
    return <SdkIcon name={option.icon} where={`The option "${option.label}"`} />;
  }
  if (option.avatarUrl) {
    return <img className="sdk-option__avatar" src={option.avatarUrl} alt="" />;
  }
  if (option.color) {
    return <span className="sdk-option__dot" style={{ background: option.color }} />;
  }
  return null;
}
