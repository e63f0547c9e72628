import type {App} from "attio"

import {crashWidget, okWidget} from "./crash-widget"
import {iframeAction, networkAction} from "./rules-actions"
import {raiseLimitAction, readSettingsAction} from "./settings-actions"
import {SettingsPage} from "./settings-page"

export const app: App = {
  record: {
    actions: [readSettingsAction, raiseLimitAction, iframeAction, networkAction],
    widgets: [crashWidget, okWidget],
  },
  settings: {workspace: {Page: SettingsPage}},
}
