import React from "react"
import {Extensions} from "attio"
import {Badge, Banner, Button, DescriptionList, Experimental_Table as Table, showDialog, showToast} from "attio/client"

function Overview({recordId}: {recordId: string}) {
  return (
    <>
      <Banner variant="warning" size="large" title="Renewal in 30 days">
        The contract renews soon; check the open deals.
      </Banner>
      <DescriptionList title="Account">
        <DescriptionList.Menu>
          <DescriptionList.Menu.Item label="Copy id" icon="Copy" onSelect={() => showToast({variant: "neutral", title: recordId})} />
        </DescriptionList.Menu>
        <DescriptionList.Item label="Record" icon="Record">{recordId}</DescriptionList.Item>
        <DescriptionList.Item label="Segments">
          <DescriptionList.Item.Tag label="Enterprise" color="purple" />
          <DescriptionList.Item.Tag label="EMEA" color="blue" />
        </DescriptionList.Item>
      </DescriptionList>
      <Table label="Open deals">
        <Table.Header>
          <Table.HeaderCell icon="Sales">Deal</Table.HeaderCell>
          <Table.HeaderCell>Stage</Table.HeaderCell>
        </Table.Header>
        <Table.Body>
          <Table.Row>
            <Table.Cell>Platform renewal</Table.Cell>
            <Table.Cell><Table.Cell.Badge color="green">Negotiation</Table.Cell.Badge></Table.Cell>
          </Table.Row>
          <Table.Row>
            <Table.Cell>Analytics add-on</Table.Cell>
            <Table.Cell><Table.Cell.Badge color="amber">Discovery</Table.Cell.Badge></Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
      <Badge color="lime">Healthy</Badge>
      <Button label="Done" onClick={() => showToast({variant: "success", title: "Reviewed"})} />
    </>
  )
}

export default Extensions.defineExtension({
  type: "record-action",
  id: "account-overview",
  label: "Account overview",
  icon: "Company",
  onTrigger: async ({recordId}) => {
    await showDialog({title: "Account overview", Dialog: () => <Overview recordId={recordId} />})
  },
})
