package runtime

import (
	"attio-studio/backend/runtime/attiosdk"
	"attio-studio/backend/runtime/base64"
	"attio-studio/backend/runtime/blob"
	"attio-studio/backend/runtime/clone"
	"attio-studio/backend/runtime/console"
	"attio-studio/backend/runtime/dom"
	"attio-studio/backend/runtime/encoding"
	"attio-studio/backend/runtime/fetch"
	"attio-studio/backend/runtime/host"
	"attio-studio/backend/runtime/performance"
	"attio-studio/backend/runtime/timers"
	"attio-studio/backend/runtime/urlapi"
	"attio-studio/backend/runtime/webcrypto"
)

// modules lists every host module, in install order: later modules may use earlier ones (fetch
// needs URL, the console, the dom module's AbortSignal and the blob module's Blob and FormData;
// timers and the SDK report through the console). Modules with globals install lazily, on first
// use, so a call pays only for what its code touches.
func modules(p *Program, s Services) []host.Module {
	return []host.Module{
		console.Module(),
		timers.Module(),
		urlapi.Module(),
		encoding.Module(),
		dom.Module(),
		base64.Module(),
		blob.Module(),
		clone.Module(),
		webcrypto.Module(),
		performance.Module(),
		fetch.Module(fetch.Service{Do: s.Fetch}),
		attiosdk.Module(attiosdk.Config{
			Fetch:             s.Fetch,
			AttioToken:        s.AttioToken,
			AttioFetchRemoved: s.AttioFetchRemoved,
			Connections:       s.Connections,
			WebhookHandlers:   s.WebhookHandlers,
			KV:                s.KV,
			Settings:          s.Settings,
			CurrentUser:       s.CurrentUser,
			WebhookFiles:      p.webhookFiles(),
		}),
	}
}

// nodeGlobals are installed by goja_nodejs's event loop but are not in Attio's runtime, which is
// not Node. They are removed after the modules that need them have been installed.
var nodeGlobals = []string{"require"}
