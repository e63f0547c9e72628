/** One choice a combobox offers, whatever the field's value type. */
export interface ComboOption {
  /** Identity of the value, to tell which option is chosen. */
  key: string;
  value: unknown;
  label: string;
  description?: string;
  icon?: string;
  avatarUrl?: string;
  color?: string;
  categoryLabel?: string;
}

/** Where a combobox's options come from: a fixed list, the app's provider, or the workspace. */
export interface OptionSource {
  search(query: string): Promise<ComboOption[]>;
  /** The option of a value chosen earlier, to draw it when the list has not loaded. */
  find(value: unknown): Promise<ComboOption | undefined>;
}

/** An option as apps write them: {value, label, description?, icon|avatarUrl|color?, ...}. */
export interface AppOption {
  value: string;
  label: string;
  description?: string;
  icon?: string;
  avatarUrl?: string;
  color?: string;
  categoryLabel?: string;
}

export function fromAppOption(option: AppOption): ComboOption {
  return { ...option, key: String(option.value), label: String(option.label ?? option.value) };
}

/** A fixed list, searched by label (and description) without regard to case. */
export function listSource(options: AppOption[]): OptionSource {
  const all = (Array.isArray(options) ? options : []).map(fromAppOption);
  return {
    search: async (query) => {
      const needle = query.trim().toLowerCase();
      if (!needle) return all;
      return all.filter((option) =>
        `${option.label} ${option.description ?? ""}`.toLowerCase().includes(needle),
      );
    },
    find: async (value) => all.find((option) => option.key === String(value)),
  };
}

export interface AppOptionsProvider {
  getOption(value: string): Promise<Omit<AppOption, "value"> | undefined> | undefined;
  search(query: string): Promise<AppOption[]> | AppOption[];
}

export function isProvider(options: unknown): options is AppOptionsProvider {
  const candidate = options as Partial<AppOptionsProvider> | null;
  return (
    !!candidate &&
    typeof candidate.search === "function" &&
    typeof candidate.getOption === "function"
  );
}

/** The app's provider; its code runs under the surface's call via run. */
export function providerSource(
  provider: AppOptionsProvider,
  run: <T>(fn: () => T) => T,
): OptionSource {
  return {
    search: async (query) => {
      const found = await run(() => provider.search(query));
      return (Array.isArray(found) ? found : []).map(fromAppOption);
    },
    find: async (value) => {
      const option = await run(() => provider.getOption(String(value)));
      return option ? fromAppOption({ ...option, value: String(value) }) : undefined;
    },
  };
}
