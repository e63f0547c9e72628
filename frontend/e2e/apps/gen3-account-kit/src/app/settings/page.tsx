import React from "react"
import {Settings} from "attio"

import schema from "./schema"

export default Settings.defineWorkspacePage(schema, () => {
  const {Form, Section, TextInput, NumberInput} = Settings.useForm(schema)
  return (
    <Form>
      <Section title="Health score" description="How account health is scored">
        <NumberInput label="Highest score" name="maxScore" min={10} max={1000} />
        <TextInput label="Owner" name="owner" />
      </Section>
    </Form>
  )
})
