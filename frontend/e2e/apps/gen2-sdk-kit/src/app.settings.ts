import {Settings, type SettingsSchema} from "attio"

export const settingsSchema = {
  workspace: {
    region: Settings.string(),
    limit: Settings.number(),
    enabled: Settings.boolean(),
  },
} satisfies SettingsSchema

export default settingsSchema
