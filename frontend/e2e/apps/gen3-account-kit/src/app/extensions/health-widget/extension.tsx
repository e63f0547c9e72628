import React from "react"
import {Extensions} from "attio"
import {Badge, useAsyncCache, Widget} from "attio/client"

import health from "../../../health.server"

function Health({recordId}: {recordId: string}) {
  const {values} = useAsyncCache({health: [health, recordId]})
  return (
    <Widget.TextWidget>
      <Widget.Title>Account health</Widget.Title>
      <Widget.Text.Primary>{`${values.health.score} / ${values.health.max}`}</Widget.Text.Primary>
      <Badge color={values.health.trend === "up" ? "green" : "grey"}>{values.health.trend}</Badge>
    </Widget.TextWidget>
  )
}

export default Extensions.defineExtension({
  type: "record-widget",
  id: "health",
  label: "Account health",
  Widget: ({recordId}) => (
    <React.Suspense fallback={<Widget.Loading />}>
      <Health recordId={recordId} />
    </React.Suspense>
  ),
})
