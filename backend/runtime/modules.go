package runtime

import (
	"attio-studio/backend/runtime/attiosdk"
	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/encoding"
	"attio-studio/backend/runtime/fetch"
	"attio-studio/backend/runtime/host"
	"attio-studio/backend/runtime/timers"
	"attio-studio/backend/runtime/urlapi"
)

// modules lists every host module, in install order: later modules may use earlier ones
// (fetch needs URL and the console; timers and the SDK report through the console).
//
// TODO: AbortController, crypto, structuredClone, atob/btoa and the kv store are not installed
// yet; server code using them fails with a ReferenceError naming the missing global.
func modules(p *Program, s Services) []host.Module {
	return []host.Module{
		console.Module(),
		timers.Module(),
		urlapi.Module(),
		encoding.Module(),
		fetch.Module(fetch.Service{Do: s.Fetch}),
		attiosdk.Module(attiosdk.Config{
			Fetch:           s.Fetch,
			AttioToken:      s.AttioToken,
			Connections:     s.Connections,
			WebhookHandlers: s.WebhookHandlers,
			CurrentUserID:   s.CurrentUserID,
			WebhookFiles:    p.webhookFiles(),
		}),
	}
}

// nodeGlobals are installed by goja_nodejs's event loop but are not in Attio's runtime, which is
// not Node. They are removed after the modules that need them have been installed.
var nodeGlobals = []string{"require"}
