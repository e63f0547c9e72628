import React from "react"
import type {App} from "attio"
import {useQuery, Widget} from "attio/client"

import callCount from "./call-count.graphql"

function CallCount({recordId}: {recordId: string}) {
  const {person} = useQuery(callCount, {recordId})
  const phones = person?.phone_numbers.length ?? 0
  return (
    <Widget.TextWidget>
      <Widget.Title>Phone numbers</Widget.Title>
      <Widget.Text.Primary>{`${phones} on file`}</Widget.Text.Primary>
      <Widget.Text.Secondary>{person?.name?.full_name ?? "Unknown"}</Widget.Text.Secondary>
    </Widget.TextWidget>
  )
}

export const callCountWidget: App.Record.Widget = {
  id: "call-count",
  label: "Phone numbers",
  color: "#2a6bf0",
  objects: "people",
  Widget: ({recordId}) => (
    <React.Suspense fallback={<Widget.Loading />}>
      <CallCount recordId={recordId} />
    </React.Suspense>
  ),
}
