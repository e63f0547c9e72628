import {Settings} from "attio"

export default Settings.defineWorkspaceSchema({
  maxScore: Settings.Schema.number(),
  owner: Settings.Schema.string(),
})
