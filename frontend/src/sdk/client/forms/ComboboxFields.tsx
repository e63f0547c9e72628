import { useCallback, useMemo } from "react";
import type { StudioApi } from "../../../api";
import { useRuntime } from "../../RuntimeContext";
import { useSurfaceScope } from "../../surfaceScope";
import { ComboboxView } from "./ComboboxView";
import {
  isProvider,
  listSource,
  providerSource,
  type AppOption,
  type AppOptionsProvider,
  type ComboOption,
  type OptionSource,
} from "./comboboxOptions";
import { useField } from "./Field";
import type { FormState } from "./formState";
import { recordLabel } from "./recordLabel";

interface CommonProps {
  label: string;
  name: string;
  placeholder?: string;
  searchPlaceholder?: string;
  disabled?: boolean;
}

export interface ComboboxProps extends CommonProps {
  options: AppOption[] | AppOptionsProvider;
  decorated?: boolean;
  __experimental_decorated?: boolean;
}

/** A string field chosen from the app's options: a list, or a provider searched as one types. */
export function Combobox({ form, ...props }: ComboboxProps & { form: FormState }) {
  const field = useField(form, props.name, ["string"], "Combobox");
  const scope = useSurfaceScope();
  const { options } = props;
  const source = useMemo(
    () =>
      isProvider(options) ? providerSource(options, scope.run) : listSource(options as AppOption[]),
    [options, scope],
  );
  const report = useCallback((error: unknown) => scope.report(error), [scope]);
  const value = field.value;
  return (
    <ComboboxView
      {...props}
      decorated={props.decorated ?? props.__experimental_decorated}
      disabled={props.disabled || field.submitting}
      error={field.error}
      source={source}
      value={value}
      valueKey={value === undefined || value === null || value === "" ? null : String(value)}
      onChoose={(option) => field.set(option.value)}
      onReport={report}
      onClose={field.touch}
    />
  );
}

const standardObjects = ["people", "companies", "deals", "workspaces", "users"];
const singular: Record<string, string> = { person: "people", company: "companies", deal: "deals" };

function recordSource(api: StudioApi, objects: string[]): OptionSource {
  const option = (object: string, record: Awaited<ReturnType<StudioApi["getRecord"]>>) => ({
    key: `${object}:${record.id.record_id}`,
    value: { recordId: record.id.record_id, object },
    label: recordLabel(record),
    categoryLabel: objects.length > 1 ? object : undefined,
  });
  return {
    search: async (query) => {
      const found = await Promise.all(
        objects.map(async (object) =>
          (await api.searchRecords(object, query, 10)).map((record) => option(object, record)),
        ),
      );
      return found.flat();
    },
    find: async (value) => {
      const { recordId, object } = value as { recordId: string; object: string };
      return option(object, await api.getRecord(object, recordId));
    },
  };
}

export interface AttioRecordComboboxProps extends CommonProps {
  object?: string | string[];
  /** The September 2025 name of object, with singular names ("company"). */
  recordTypes?: string | string[];
}

/** A Forms.attioRecord() field: a record of the mock workspace, searched by name. */
export function AttioRecordCombobox({
  form,
  ...props
}: AttioRecordComboboxProps & { form: FormState }) {
  const field = useField(form, props.name, ["attioRecord"], "AttioRecordCombobox");
  const runtime = useRuntime();
  const scope = useSurfaceScope();
  const given = props.object ?? props.recordTypes ?? field.spec.objects;
  const list = given === undefined ? standardObjects : Array.isArray(given) ? given : [given];
  const objects = list.map((object) => singular[object] ?? object);
  const objectsKey = objects.join(",");
  const source = useMemo(
    () => recordSource(runtime.api, objectsKey.split(",")),
    [runtime, objectsKey],
  );
  const report = useCallback((error: unknown) => scope.report(error), [scope]);
  const value = field.value as { recordId?: string; object?: string } | undefined;
  return (
    <ComboboxView
      {...props}
      disabled={props.disabled || field.submitting}
      error={field.error}
      source={source}
      value={value}
      valueKey={value?.recordId ? `${value.object}:${value.recordId}` : null}
      onChoose={(option: ComboOption) => field.set(option.value)}
      onReport={report}
      onClose={field.touch}
    />
  );
}

function memberSource(api: StudioApi): OptionSource {
  const all = async () =>
    (await api.members()).map((member) => ({
      key: member.id,
      value: member.id,
      label: `${member.first_name} ${member.last_name}`.trim() || member.email_address,
      description: member.email_address,
    }));
  return {
    search: async (query) => {
      const needle = query.trim().toLowerCase();
      return (await all()).filter((option) =>
        `${option.label} ${option.description}`.toLowerCase().includes(needle),
      );
    },
    find: async (value) => (await all()).find((option) => option.key === value),
  };
}

/** A string field holding a workspace member's id. */
export function AttioUserCombobox({ form, ...props }: CommonProps & { form: FormState }) {
  const field = useField(form, props.name, ["string"], "AttioUserCombobox");
  const runtime = useRuntime();
  const scope = useSurfaceScope();
  const source = useMemo(() => memberSource(runtime.api), [runtime]);
  const report = useCallback((error: unknown) => scope.report(error), [scope]);
  const value = field.value;
  return (
    <ComboboxView
      {...props}
      disabled={props.disabled || field.submitting}
      error={field.error}
      source={source}
      value={value}
      valueKey={typeof value === "string" && value !== "" ? value : null}
      onChoose={(option) => field.set(option.value)}
      onReport={report}
      onClose={field.touch}
    />
  );
}
