import React from "react"
import {Extensions} from "attio"
import {DialogList, Section, showToast, TextBlock} from "attio/client"

export default Extensions.defineExtension({
  type: "record-tab",
  id: "activity",
  label: "Activity",
  Tab: ({recordId}) => (
    <Section title="Recent activity">
      <TextBlock align="left">{`Activity of ${recordId.slice(0, 8)}`}</TextBlock>
      <DialogList emptyState="No activity">
        <DialogList.Item icon="Email" actionLabel="Open" onTrigger={() => showToast({variant: "neutral", title: "Email opened"})}>
          Sent the renewal quote
        </DialogList.Item>
      </DialogList>
    </Section>
  ),
})
