import React from "react"
import type {App} from "attio"
import {Widget} from "attio/client"

function Crash({recordId}: {recordId: string}): React.ReactElement {
  if (recordId) throw new Error("The crash widget always fails")
  return <Widget.TextWidget>Never</Widget.TextWidget>
}

export const crashWidget: App.Record.Widget = {
  id: "crash",
  label: "Crash",
  Widget: ({recordId}) => <Crash recordId={recordId} />,
}

export const okWidget: App.Record.Widget = {
  id: "fine",
  label: "Fine",
  Widget: () => (
    <Widget.TextWidget>
      <Widget.Title>Still here</Widget.Title>
      <Widget.Text.Primary>The other widget failed alone</Widget.Text.Primary>
    </Widget.TextWidget>
  ),
}
