import { useState, type ReactNode } from "react";
import { useRuntime } from "../../sdk/RuntimeContext";
import { AssetIconLoader } from "../../ui/AttioIcon";
import { CommandPalette } from "./CommandPalette";
import { CommandRegistry, CommandRegistryContext } from "./commands";
import { RecordSelection, RecordSelectionContext } from "./selection";

/**
 * Shares what the app's surfaces need across the studio's views: the ⌘K palette's commands
 * (offered by the record page and list view), the records checked for bulk actions, and the
 * app's images its icons name.
 */
export function SurfacesProvider({ children }: { children: ReactNode }) {
  const runtime = useRuntime();
  const [registry] = useState(() => new CommandRegistry());
  const [selection] = useState(() => new RecordSelection());
  return (
    <AssetIconLoader value={runtime.assetUrl}>
      <CommandRegistryContext value={registry}>
        <RecordSelectionContext value={selection}>
          {children}
          <CommandPalette registry={registry} />
        </RecordSelectionContext>
      </CommandRegistryContext>
    </AssetIconLoader>
  );
}
