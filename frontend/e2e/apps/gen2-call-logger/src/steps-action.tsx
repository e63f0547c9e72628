import React from "react"
import type {App} from "attio"
import {Button, showDialog, TextBlock} from "attio/client"

function StepTwo() {
  return <TextBlock>Step two of two.</TextBlock>
}

function StepOne() {
  return (
    <>
      <TextBlock>Step one of two.</TextBlock>
      <Button label="Next" keyboardHint="enter" onClick={() => showDialog({title: "Step 2", Dialog: StepTwo})} />
    </>
  )
}

export const stepsAction: App.Record.Action = {
  id: "steps",
  label: "Two steps",
  icon: "ListView",
  onTrigger: async () => {
    await showDialog({title: "Step 1", Dialog: StepOne})
  },
}
