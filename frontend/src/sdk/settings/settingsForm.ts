import { createElement, type ReactNode } from "react";
import { Section } from "../client/components/Section";
import { Fieldset, InputGroup } from "../client/forms/layout";
import {
  SettingBoolean,
  SettingChoice,
  SettingChoiceItem,
  SettingNumber,
  SettingsForm,
  SettingText,
  type SettingBooleanProps,
  type SettingChoiceProps,
  type SettingNumberProps,
  type SettingTextProps,
} from "./settingsInputs";
import type { WorkspaceSettings } from "./WorkspaceSettings";

type Unbound<P> = Omit<P, "settings">;

/**
 * What experimental_useWorkspaceSettingsForm() (Gen 2) and Settings.useForm() (Gen 3) give:
 * the settings page's Form and its fields, each bound to the workspace's settings by name.
 */
export function createSettingsFormApi(settings: WorkspaceSettings) {
  const bind =
    <P>(View: (props: P) => ReactNode, extra: Partial<P> = {}) =>
    (props: Unbound<P>) =>
      createElement(View as (props: object) => ReactNode, { ...props, ...extra, settings });
  const radioGroup = Object.assign(bind<SettingChoiceProps>(SettingChoice), {
    Item: SettingChoiceItem,
  });
  return {
    Form: SettingsForm,
    TextInput: bind<SettingTextProps>(SettingText),
    NumberInput: bind<SettingNumberProps>(SettingNumber),
    Checkbox: bind<SettingBooleanProps & { toggle?: boolean }>(SettingBoolean),
    Toggle: bind<SettingBooleanProps & { toggle?: boolean }>(SettingBoolean, { toggle: true }),
    Combobox: bind<SettingChoiceProps>(SettingChoice),
    Experimental_RadioGroup: radioGroup,
    RadioGroup: radioGroup,
    Section,
    Fieldset,
    InputGroup,
  };
}

export type SettingsFormApi = ReturnType<typeof createSettingsFormApi>;
