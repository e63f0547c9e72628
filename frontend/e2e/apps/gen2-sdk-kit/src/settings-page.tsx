import React from "react"
import {experimental_useWorkspaceSettingsForm} from "attio/client"

export function SettingsPage() {
  const {Form, Section, TextInput, NumberInput, Toggle} = experimental_useWorkspaceSettingsForm()
  return (
    <Form>
      <Section title="Sync" description="Where and how much to sync">
        <TextInput label="Region" name="region" minLength={2} />
        <NumberInput label="Limit" name="limit" min={1} max={1000} />
        <Toggle label="Enabled" name="enabled" description="Sync every hour" />
      </Section>
    </Form>
  )
}
