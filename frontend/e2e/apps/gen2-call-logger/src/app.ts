import type {App} from "attio"

import {brokenAction} from "./broken-action"
import {logCallAction} from "./log-call-action"
import {stepsAction} from "./steps-action"
import {tagBulkAction} from "./tag-bulk-action"
import {quoteTextAction} from "./quote-text-action"
import {callCountWidget} from "./call-count-widget"

export const app: App = {
  record: {
    actions: [logCallAction, stepsAction, brokenAction],
    bulkActions: [tagBulkAction],
    widgets: [callCountWidget],
  },
  callRecording: {
    summary: {textActions: [quoteTextAction]},
  },
}
