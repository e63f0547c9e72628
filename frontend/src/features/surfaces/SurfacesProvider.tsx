import { useState, type ReactNode } from "react";
import { CommandPalette } from "./CommandPalette";
import { CommandRegistry, CommandRegistryContext } from "./commands";
import { RecordSelection, RecordSelectionContext } from "./selection";

/**
 * Shares what the app's surfaces need across the studio's views: the ⌘K palette's commands
 * (offered by the record page and list view) and the records checked for bulk actions.
 */
export function SurfacesProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new CommandRegistry());
  const [selection] = useState(() => new RecordSelection());
  return (
    <CommandRegistryContext value={registry}>
      <RecordSelectionContext value={selection}>
        {children}
        <CommandPalette registry={registry} />
      </RecordSelectionContext>
    </CommandRegistryContext>
  );
}
