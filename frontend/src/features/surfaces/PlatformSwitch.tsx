import { Monitor, Smartphone } from "lucide-react";
import { useEffect } from "react";
import { useRuntime } from "../../sdk/RuntimeContext";
import { useStore } from "../../sdk/store";
import "./PlatformSwitch.css";

const choices = [
  { platform: "web-app", label: "Web", Icon: Monitor },
  { platform: "mobile-app", label: "Mobile", Icon: Smartphone },
] as const;

/**
 * Which Attio client the studio plays: the app's `platform` reads it, its surfaces remount,
 * and on mobile the record page narrows to a phone's width and dialogs rise from the bottom.
 */
export function PlatformSwitch() {
  const runtime = useRuntime();
  const platform = useStore(runtime.platform);
  useEffect(() => {
    document.body.dataset.platform = platform;
  }, [platform]);
  return (
    <div className="platform-switch" role="radiogroup" aria-label="Attio client">
      {choices.map(({ platform: choice, label, Icon }) => (
        <button
          key={choice}
          type="button"
          role="radio"
          aria-checked={platform === choice}
          className="platform-switch__choice"
          data-testid={`platform-${choice}`}
          title={`Run the app as in Attio's ${label.toLowerCase()} client (platform "${choice}")`}
          onClick={() => runtime.setPlatform(choice)}
        >
          <Icon size={13} />
          {label}
        </button>
      ))}
    </div>
  );
}
