import { createContext, useContext, useEffect } from "react";
import { Store } from "../../sdk/store";

/** Something the ⌘K palette offers: one of the app's actions where the user is. */
export interface Command {
  id: string;
  label: string;
  icon?: string;
  /** The heading it is listed under, e.g. "Ada Lovelace" or "People". */
  group: string;
  run?: () => unknown;
  disabledReason?: string;
}

/** The palette's commands, by the view that offers them (the record page, the list view). */
export class CommandRegistry {
  readonly commands = new Store<ReadonlyMap<string, Command[]>>(new Map());

  offer(source: string, commands: Command[]) {
    this.commands.set((map) => new Map(map).set(source, commands));
  }

  withdraw(source: string) {
    this.commands.set((map) => {
      const next = new Map(map);
      next.delete(source);
      return next;
    });
  }
}

export const CommandRegistryContext = createContext<CommandRegistry | null>(null);

/** Offers commands in the palette while the calling view is mounted. */
export function useCommands(source: string, commands: Command[]) {
  const registry = useContext(CommandRegistryContext);
  useEffect(() => {
    if (!registry) return;
    registry.offer(source, commands);
    return () => registry.withdraw(source);
  }, [registry, source, commands]);
}
