import React from "react"
import type {RecordAction} from "attio/client"
import {Button, Column, Row, showDialog, showToast, TextBlock} from "attio/client"

function GreetDialog({hideDialog}: {hideDialog: () => void}) {
  return (
    <Column>
      <TextBlock>Say hello from a Gen 1 app.</TextBlock>
      <Row align="left">
        <TextBlock align="left">Left</TextBlock>
        <TextBlock align="left">Middle</TextBlock>
        <TextBlock align="left">Right</TextBlock>
      </Row>
      <Button label="Close" onClick={hideDialog} />
    </Column>
  )
}

export const recordAction: RecordAction = {
  id: "greet",
  label: "Greet",
  icon: "greet.png",
  onTrigger: async () => {
    // Gen 1's showDialog resolves once the dialog is open, with hideDialog.
    const {hideDialog} = await showDialog({title: "Greet", Dialog: GreetDialog})
    await showToast({variant: "neutral", title: "The dialog is open"})
    void hideDialog
  },
}
