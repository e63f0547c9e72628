import React from "react"
import {Forms, showToast, TextBlock, useForm} from "attio/client"

import logCall from "./log-call.server"

const schema = {
  subject: Forms.string().minLength(3),
  minutes: Forms.number().min(1).max(240),
  outcome: Forms.string(),
  website: Forms.string().url().optional(),
  followUp: Forms.boolean(),
}

export function LogCallDialog({recordId, hideDialog}: {recordId: string; hideDialog: () => void}) {
  const {Form, TextInput, NumberInput, Combobox, Toggle, SubmitButton, WithState} = useForm(schema, {})
  return (
    <Form
      onSubmit={async (values) => {
        const logged = await logCall(recordId, {subject: values.subject, minutes: values.minutes})
        await showToast({variant: "success", title: "Call logged", text: `${logged.id}: ${logged.minutes} min`})
        hideDialog()
      }}
    >
      <TextBlock align="left">Log the call you just had.</TextBlock>
      <TextInput label="Subject" name="subject" placeholder="What was it about?" />
      <NumberInput label="Minutes" name="minutes" />
      <Combobox
        label="Outcome"
        name="outcome"
        options={[
          {value: "interested", label: "Interested", color: "#1d8a4c"},
          {value: "later", label: "Call back later", color: "#b26b00"},
          {value: "no", label: "Not interested", color: "#d5343c"},
        ]}
      />
      <TextInput label="Website" name="website" type="url" />
      <Toggle label="Follow up next week" name="followUp" />
      <WithState submitting>
        {({submitting}) => (submitting ? <TextBlock align="left">Saving…</TextBlock> : <></>)}
      </WithState>
      <SubmitButton label="Log call" />
    </Form>
  )
}
