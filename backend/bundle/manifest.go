package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"attio-studio/backend/diag"
	"attio-studio/backend/runtime/srcmap"
)

// Surface is what is known of one declared surface without running it in a page.
type Surface struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Icon  string `json:"icon,omitempty"`
	// Objects the surface appears on: nil means every object. ObjectsPredicate says the app
	// decides per object with a function, which only the page can call.
	Objects          []string `json:"objects"`
	ObjectsPredicate bool     `json:"objectsPredicate,omitempty"`
	File             string   `json:"file"`
}

// Surfaces lists an app's declared surfaces by kind.
type Surfaces struct {
	RecordActions                      []Surface `json:"recordActions"`
	BulkRecordActions                  []Surface `json:"bulkRecordActions"`
	Widgets                            []Surface `json:"widgets"`
	RecordTabs                         []Surface `json:"recordTabs"`
	ObjectActions                      []Surface `json:"objectActions"`
	CallRecordingInsightTextActions    []Surface `json:"callRecordingInsightTextActions"`
	CallRecordingSummaryTextActions    []Surface `json:"callRecordingSummaryTextActions"`
	CallRecordingTranscriptTextActions []Surface `json:"callRecordingTranscriptTextActions"`
	// SettingsSchema is the type of each workspace setting the app's settings schema declares
	// ("string", "number" or "boolean"); nil when the app has no schema.
	SettingsSchema map[string]string `json:"settingsSchema,omitempty"`
}

// readerTimeout bounds the evaluation of an app's top-level client code.
const readerTimeout = 2 * time.Second

// moduleExports names what each host module exports, for the manifest reader's stand-ins.
var moduleExports = func() string {
	react := []string{"Children", "Component", "Fragment", "PureComponent", "StrictMode", "Suspense",
		"cloneElement", "createContext", "createElement", "createRef", "forwardRef", "isValidElement",
		"lazy", "memo", "startTransition", "use", "useActionState", "useCallback", "useContext",
		"useDebugValue", "useDeferredValue", "useEffect", "useId", "useImperativeHandle",
		"useInsertionEffect", "useLayoutEffect", "useMemo", "useOptimistic", "useReducer", "useRef",
		"useState", "useSyncExternalStore", "useTransition", "version"}
	client := []string{"alert", "confirm", "showToast", "showDialog", "showIframe", "hideToast",
		"runQuery", "useQuery", "useAsyncCache", "useForm", "Forms", "platform", "Button", "Row",
		"Column", "Section", "TextBlock", "Typography", "Link", "Divider", "Json", "Avatar", "Badge",
		"Banner", "StatusBadge", "LoadingState", "DescriptionList", "DialogList", "Experimental_Table",
		"Table", "Widget", "useRecord", "useRecords", "useWorkspace", "Extensions", "Settings",
		"AttioLink", "navigate", "Destinations", "Workflows", "experimental_useWorkspaceSettingsForm",
		"experimental_useWorkspaceSettings", "experimental_getWorkspaceSettings",
		"experimental_setWorkspaceSetting", "experimental_Workflow"}
	root := []string{"Extensions", "Settings", "AttioError", "AttioNoUserConnectionError",
		"AttioNoWorkspaceConnectionError", "AttioUnexpectedTransportError"}
	raw, _ := json.Marshal(map[string][]string{
		"react": react, "react/jsx-runtime": {"jsx", "jsxs", "Fragment"},
		"react/jsx-dev-runtime": {"jsxDEV", "Fragment"}, "attio/client": client, "attio": root,
	})
	return string(raw)
}()

// readerHost stands in for the studio page: every export of the modules the bundle imports is an
// object on which any property, call or construction gives another such object, so top-level
// code such as React.createContext() or Forms.string().optional() runs without a real page.
const readerHost = `(function () {
  const target = function () {};
  const anything = new Proxy(target, {
    get(_, key) {
      if (key === Symbol.toPrimitive) return () => "";
      if (key === "__esModule" || key === "then" || key === "prototype") return undefined;
      return anything;
    },
    apply() { return anything; },
    construct() { return anything; },
  });
  // A stand-in module lists the real module's export names, so a bundle's named imports (copied
  // from the module's own keys) find them; each is "anything", except the few whose result the
  // reader needs to be the app's own value.
  const node = (kind) => () => ({kind});
  const schemaNodes = {string: node("string"), number: node("number"), boolean: node("boolean")};
  const passThrough = {
    Extensions: {defineExtension: (x) => x},
    Settings: Object.assign({}, schemaNodes, {
      Schema: schemaNodes,
      defineWorkspaceSchema: (x) => x,
      defineWorkspacePage: (schema, Page) => ({schema, Page}),
      useForm: () => anything,
    }),
  };
  const module = (names) => new Proxy({}, {
    get(_, key) {
      if (typeof key !== "string" || key === "__esModule" || key === "then") return undefined;
      return key in passThrough ? passThrough[key] : anything;
    },
    ownKeys() { return names; },
    getOwnPropertyDescriptor(_, key) {
      if (!names.includes(key)) return undefined;
      const value = key in passThrough ? passThrough[key] : anything;
      return {configurable: true, enumerable: true, writable: false, value};
    },
  });
  const modules = {};
  for (const [name, names] of Object.entries(JSON.parse(MODULE_EXPORTS))) {
    modules[name] = module(names);
  }
  globalThis.__attioStudioHost = {
    modules,
    runServerFunction() { return Promise.resolve(undefined); },
    registerSurfaces(s) { globalThis.__surfaces = s; },
  };
  globalThis.console = {log() {}, info() {}, warn() {}, error() {}, debug() {}};
  globalThis.setTimeout = globalThis.setInterval = function () { return 0; };
  globalThis.clearTimeout = globalThis.clearInterval = function () {};
  globalThis.__describeSurfaces = function (s) {
    const out = {problems: s.problems, settingsSchema: s.settingsSchema || null};
    for (const key of Object.keys(s)) {
      if (key === "problems" || !Array.isArray(s[key])) continue;
      out[key] = s[key].map((x) => ({
        id: typeof x.id === "string" ? x.id : "",
        label: typeof x.label === "string" ? x.label : "",
        icon: typeof x.icon === "string" ? x.icon : "",
        objects: typeof x.objects === "string" ? [x.objects] :
          Array.isArray(x.objects) ? x.objects.map(String) : null,
        objectsPredicate: typeof x.objects === "function",
        file: x.file,
      }));
    }
    return JSON.stringify(out);
  };
})();`

// ReadSurfaces runs an app's client bundle in an isolated VM with a stand-in page and returns
// the surfaces it registers, with the problems Attio would report about them as diagnostics.
func ReadSurfaces(clientCode []byte, appDir string) (Surfaces, []diag.Diagnostic) {
	vm := goja.New()
	timer := time.AfterFunc(readerTimeout, func() { vm.Interrupt("timeout") })
	defer timer.Stop()

	if err := vm.Set("MODULE_EXPORTS", moduleExports); err != nil {
		return Surfaces{}, []diag.Diagnostic{diag.Errorf("Could not start the manifest reader: %v", err)}
	}
	if _, err := vm.RunString(readerHost); err != nil {
		return Surfaces{}, []diag.Diagnostic{diag.Errorf("Could not start the manifest reader: %v", err)}
	}
	if err := runClientBundle(vm, clientCode); err != nil {
		return Surfaces{}, []diag.Diagnostic{loadError(err, clientCode)}
	}
	registered := vm.Get("__surfaces")
	if registered == nil || goja.IsUndefined(registered) {
		return Surfaces{}, []diag.Diagnostic{diag.Errorf("The client bundle registered no surfaces")}
	}
	describe, _ := goja.AssertFunction(vm.Get("__describeSurfaces"))
	described, err := describe(goja.Undefined(), registered)
	if err != nil {
		return Surfaces{}, []diag.Diagnostic{loadError(err, clientCode)}
	}

	var out struct {
		Surfaces
		Problems []struct{ File, Text, ID, Stack, Hint string } `json:"problems"`
	}
	if err := json.Unmarshal([]byte(described.String()), &out); err != nil {
		return Surfaces{}, []diag.Diagnostic{diag.Errorf("Could not read the app's surfaces: %v", err)}
	}
	var ds []diag.Diagnostic
	for _, p := range out.Problems {
		d := diag.Diagnostic{Severity: diag.Error, Text: p.Text, File: p.File}
		if p.Stack != "" {
			d = atThrow(d, clientCode, func(m *srcmap.Map) []srcmap.Frame {
				_, frames := m.ParseStack(p.Stack)
				return frames
			})
		}
		d = locate(d, appDir, p.ID)
		if d.Line == 0 && p.Hint != "" {
			d = locateWord(d, appDir, p.Hint)
		}
		ds = append(ds, d)
	}
	return out.Surfaces, ds
}

// runClientBundle runs the client bundle with goja's own source mapping off, so that stack
// frames keep bundle positions for srcmap to map exactly (goja's columns are off by one).
func runClientBundle(vm *goja.Runtime, clientCode []byte) error {
	ast, err := parser.ParseFile(nil, clientBundleName, string(clientCode), 0,
		parser.WithDisableSourceMaps)
	if err != nil {
		return err
	}
	prg, err := goja.CompileAST(ast, false)
	if err != nil {
		return err
	}
	_, err = vm.RunProgram(prg)
	return err
}

// clientBundleName is the name the reader runs the client bundle under, which its source map
// is relative to.
const clientBundleName = "client.js"

func loadError(err error, clientCode []byte) diag.Diagnostic {
	var d diag.Diagnostic
	if _, ok := err.(*goja.InterruptedError); ok {
		d = diag.Errorf("The app's client code did not finish loading within %s", readerTimeout).
			WithNote("Top-level code runs when Attio loads the app; move long work into handlers.")
	} else {
		d = diag.Errorf("The app's client code threw while loading: %v", err)
	}
	var ex interface{ Stack() []goja.StackFrame }
	if errors.As(err, &ex) {
		d = atThrow(d, clientCode, func(m *srcmap.Map) []srcmap.Frame { return m.Frames(ex.Stack()) })
	}
	return d
}

// atThrow points d at the app's line that threw (or was running when interrupted), mapping
// the bundle frames that frames gives through the client bundle's source map.
func atThrow(d diag.Diagnostic, clientCode []byte,
	frames func(m *srcmap.Map) []srcmap.Frame) diag.Diagnostic {
	m, err := srcmap.FromBundle(clientBundleName, clientCode)
	if err != nil {
		return d
	}
	var app []srcmap.Frame
	for _, f := range frames(m) {
		if !isVirtual(f.File) {
			app = append(app, f)
		}
	}
	f, ok := srcmap.AppFrame(app)
	if !ok {
		return d
	}
	d.File, d.Line, d.Column, d.LineText = f.File, f.Line, f.Column, m.SourceLine(f.File, f.Line)
	return d
}

// locate points d at the first place the quoted id appears in its file, when there is one.
func locate(d diag.Diagnostic, appDir, id string) diag.Diagnostic {
	if id == "" || d.File == "" {
		return d
	}
	src, err := os.ReadFile(filepath.Join(appDir, filepath.FromSlash(d.File)))
	if err != nil {
		return d
	}
	at := func(i int) diag.Diagnostic { return pointAt(d, src, i) }
	for _, q := range []string{`"` + id + `"`, `'` + id + `'`, "`" + id + "`"} {
		if i := bytes.Index(src, []byte(q)); i >= 0 {
			return at(i)
		}
	}
	// A settings key is usually an unquoted property name.
	key := regexp.MustCompile(`\b` + regexp.QuoteMeta(id) + `\s*:`)
	if loc := key.FindIndex(src); loc != nil {
		return at(loc[0])
	}
	return d
}

// locateWord points d at the first whole-word use of word in its file (such as the export
// that declares a surface), for problems that have no id to look for.
func locateWord(d diag.Diagnostic, appDir, word string) diag.Diagnostic {
	src, err := os.ReadFile(filepath.Join(appDir, filepath.FromSlash(d.File)))
	if err != nil || d.File == "" {
		return d
	}
	if loc := regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`).FindIndex(src); loc != nil {
		return pointAt(d, src, loc[0])
	}
	return d
}

// pointAt points d at byte offset i of src, with the line it is on.
func pointAt(d diag.Diagnostic, src []byte, i int) diag.Diagnostic {
	line := bytes.Count(src[:i], []byte("\n")) + 1
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	end := bytes.IndexByte(src[i:], '\n')
	if end < 0 {
		end = len(src) - i
	}
	d.Line, d.Column, d.LineText = line, i-start+1, string(src[start:i+end])
	return d
}

// String names a surface for logs.
func (s Surface) String() string { return fmt.Sprintf("%s (%s)", s.ID, s.File) }
