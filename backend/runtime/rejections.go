package runtime

import (
	"slices"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/console"
)

// trackRejection keeps the promises that are rejected with no handler attached, as goja reports
// them; a handler attached later takes the promise off the list.
func (c *call) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		c.unhandled = append(c.unhandled, p)
	case goja.PromiseRejectionHandle:
		c.unhandled = slices.DeleteFunc(c.unhandled, func(q *goja.Promise) bool { return q == p })
	}
}

// reportUnhandled writes one console error per promise still rejected and unhandled when the
// call ends, the way a browser console shows "Uncaught (in promise)". Attio would lose these
// errors silently; the studio shows them because they are almost always bugs.
func (c *call) reportUnhandled() {
	for _, p := range c.unhandled {
		console.Uncaught(c.env, "Uncaught (in promise)", p.Result())
	}
	c.unhandled = nil
}
