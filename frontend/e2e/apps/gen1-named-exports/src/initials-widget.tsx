import React from "react"
import type {RecordWidget} from "attio/client"
import {Widget} from "attio/client"

export const recordWidget: RecordWidget = {
  id: "initials",
  label: "Initials",
  objects: "people",
  Widget: ({recordId}) => (
    <Widget.TextWidget>
      <Widget.Title>Gen 1 widget</Widget.Title>
      <Widget.Text.Primary>{`Record ${recordId.slice(0, 4)}`}</Widget.Text.Primary>
    </Widget.TextWidget>
  ),
}
