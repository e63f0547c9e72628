package studio

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"testing"

	"attio-studio/backend/calllog"
	"attio-studio/backend/workspace"
)

// gen3App is an app in the Gen 3 layout (src/app/...): a record action extension calling a
// server function, a connection-added event registering a webhook handler, and the webhook
// handler verifying the third party's HMAC signature. Its server code uses the globals and
// attio/server functions a real app leans on: ATTIO_API_TOKEN with fetch, kv with a time to
// live, crypto.subtle, getCurrentUser and the connection getters.
var gen3App = map[string]string{
	"package.json": `{"name": "enricher"}`,
	"src/app/extensions/enrich/extension.tsx": `import {Extensions} from "attio/client"
import enrich from "../../server/enrich.server"

export default Extensions.defineExtension({
  type: "record-action",
  id: "enrich",
  label: "Enrich",
  onTrigger: async ({recordId}: {recordId: string}) => { await enrich(recordId) },
})
`,
	"src/app/server/enrich.server.ts": `import {ATTIO_API_TOKEN, getCurrentUser, kv} from "attio/server"

export default async function enrich(recordId: string) {
  const cached = await kv.get("enriched:" + recordId)
  if (cached) return {...(cached.value as object), cached: true}
  const response = await fetch("https://api.attio.com/v2/objects/people/records/" + recordId, {
    headers: {Authorization: "Bearer " + ATTIO_API_TOKEN},
  })
  if (!response.ok) throw new Error("Attio answered " + response.status)
  const {data} = await response.json()
  const name: string = data.values.name[0].full_name
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(name))
  const result = {
    name,
    hash: Array.from(new Uint8Array(digest).slice(0, 4), (b) => b.toString(16).padStart(2, "0")).join(""),
    by: getCurrentUser() !== null,
  }
  console.log("enriched", name)
  await kv.set("enriched:" + recordId, result, {ttlInSeconds: 3600})
  return {...result, cached: false}
}
`,
	"src/app/server/wrong-token.server.ts": `export default async function () {
  const response = await fetch("https://api.attio.com/v2/self", {headers: {Authorization: "Bearer nope"}})
  return response.status
}
`,
	"src/app/server/broken.server.ts": `class EnrichError extends Error {
  constructor(message: string, readonly code: string) {
    super(message)
    this.name = "EnrichError"
  }
}

export default async function () {
  throw new EnrichError("No such person", "no-person")
}
`,
	"src/app/events/connection-added.event.ts": `import {createWebhookHandler, kv} from "attio/server"

export default async function ({connection}: {connection: {value: string}}) {
  const handler = await createWebhookHandler({fileName: "signed"})
  await kv.set("webhook", handler.id)
  console.log("listening at", handler.url)
}
`,
	"src/app/webhooks/signed.webhook.ts": `import {getWorkspaceConnection} from "attio/server"

const encoder = new TextEncoder()

function fromHex(hex: string) {
  return new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)))
}

export default async function (request: Request): Promise<Response> {
  const body = await request.text()
  const key = await crypto.subtle.importKey("raw", encoder.encode(getWorkspaceConnection().value),
    {name: "HMAC", hash: "SHA-256"}, false, ["verify"])
  const signature = fromHex(request.headers.get("x-signature") ?? "")
  if (!(await crypto.subtle.verify("HMAC", key, signature, encoder.encode(body)))) {
    return new Response("bad signature", {status: 401})
  }
  return Response.json({received: JSON.parse(body).event})
}
`,
}

func TestGen3AppServerCodeRunsThroughTheSamePaths(t *testing.T) {
	s := openAppWithTimeout(t, gen3App, 0)
	m := s.Manifest()
	if m.App.Shape != "extensions" || len(m.RecordActions) != 1 {
		t.Fatalf("manifest shape %q, actions %+v, diagnostics %+v", m.App.Shape, m.RecordActions,
			m.Diagnostics)
	}
	ada := `"` + workspace.SeedRecordID("people", "ada-lovelace") + `"`

	first := callRecord(t, s, "app/server/enrich.server", ada)
	if first.Error != nil || !strings.Contains(string(first.Result),
		`"name":"Ada Lovelace","hash":"`) || !strings.HasSuffix(string(first.Result), `"by":true,"cached":false}`) {
		t.Fatalf("first call: %s %+v", first.Result, first.Error)
	}
	if len(first.Requests) != 1 || first.Requests[0].Source != "attio-api" || first.Requests[0].Status != 200 {
		t.Errorf("requests %+v", first.Requests)
	}
	if len(first.KV) != 2 || first.KV[0].Op != "get" || first.KV[1].Op != "set" {
		t.Errorf("kv operations %+v", first.KV)
	}
	second := callRecord(t, s, "app/server/enrich.server", ada)
	if !strings.HasSuffix(string(second.Result), `"cached":true}`) || len(second.Requests) != 0 {
		t.Errorf("second call was not answered from kv: %s %+v", second.Result, second.Requests)
	}

	if c := callRecord(t, s, "app/server/wrong-token.server"); string(c.Result) != "401" {
		t.Errorf("a wrong token got %s %+v", c.Result, c.Error)
	}

	broken := callRecord(t, s, "app/server/broken.server")
	if e := broken.Error; e == nil || e.Name != "EnrichError" || e.Code != "no-person" ||
		e.File != "src/app/server/broken.server.ts" || e.Line != 9 {
		t.Errorf("broken call error %+v", broken.Error)
	}
}

func TestGen3AppEventAndSignedWebhook(t *testing.T) {
	s := openAppWithTimeout(t, gen3App, 0)
	ctx := context.Background()
	secret := "whsec_gen3"
	if _, err := s.AddConnection(ctx, ConnectionSpec{Kind: "workspace", Value: secret}); err != nil {
		t.Fatal(err)
	}
	handlers, err := s.hooks.List(ctx)
	if err != nil || len(handlers) != 1 || handlers[0].FileName != "signed" {
		t.Fatalf("handlers %+v, %v", handlers, err)
	}

	body := `{"event":"person.enriched"}`
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(body))
	tests := []struct {
		signature string
		status    int
		want      string
	}{
		{hex.EncodeToString(mac.Sum(nil)), 200, `{"received":"person.enriched"}`},
		{strings.Repeat("00", 32), 401, "bad signature"},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("POST", handlers[0].URL, strings.NewReader(body))
		req.Header.Set("X-Signature", tt.signature)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || string(got) != tt.want {
			t.Errorf("signature %s…: %d %s, want %d %s", tt.signature[:8], resp.StatusCode, got, tt.status,
				tt.want)
		}
	}
	calls, _ := s.Calls(10)
	kinds := map[calllog.Kind]int{}
	for _, c := range calls {
		kinds[c.Kind]++
	}
	if kinds[calllog.KindWebhook] != 2 || kinds[calllog.KindEvent] != 1 {
		t.Errorf("recorded calls by kind %v", kinds)
	}
}
