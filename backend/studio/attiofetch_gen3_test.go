package studio

import (
	"strings"
	"testing"
)

// attio/server of SDK 1.0 has no attioFetch: a Gen 3 app's call of it fails saying what to call
// instead, while fetch to api.attio.com with ATTIO_API_TOKEN works.
func TestAGen3AppHasNoAttioFetch(t *testing.T) {
	s := openAppWithTimeout(t, map[string]string{
		"package.json": `{"name": "gen3-fetch"}`,
		"src/app/extensions/a/extension.ts": `import {Extensions} from "attio"
export default Extensions.defineExtension({type: "record-action", id: "a", label: "A",
  onTrigger() {}})`,
		"src/old.server.ts": `import {attioFetch} from "attio/server"
export default async function () {
  return await attioFetch({method: "GET", path: "/self"})
}`,
		"src/new.server.ts": `import {ATTIO_API_TOKEN} from "attio/server"
export default async function () {
  const response = await fetch("https://api.attio.com/v2/self",
    {headers: {Authorization: "Bearer " + ATTIO_API_TOKEN}})
  return (await response.json()).workspace_slug
}`,
	}, 0)
	old := callRecord(t, s, "old.server")
	if old.Error == nil || old.Error.Name != "TypeError" ||
		!strings.Contains(old.Error.Message, "attioFetch is not in attio/server from SDK 1.0") {
		t.Errorf("attioFetch in a Gen 3 app gave %+v", old.Error)
	}
	if got := callRecord(t, s, "new.server"); got.Error != nil || string(got.Result) != `"acme"` {
		t.Errorf("fetch to the Attio API gave %s, %+v", got.Result, got.Error)
	}
}
