package graphql

import (
	"fmt"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"attio-studio/backend/diag"
)

// ValidateDocument checks a .graphql file of an app the way Attio's codegen does: it must
// parse, hold exactly one query operation (fragments are allowed; mutations and subscriptions
// are not), and validate against the schema. The diagnostics carry line, column and the source
// line; their File is empty for the caller to fill in. No diagnostics means the file is good.
func ValidateDocument(text string) []diag.Diagnostic {
	doc, err := parseLimited(text)
	if err != nil {
		return []diag.Diagnostic{diagnostic(text, err)}
	}
	if ds := checkOperations(text, doc); len(ds) > 0 {
		return ds
	}
	var out []diag.Diagnostic
	for _, e := range validator.ValidateWithRules(parsedSchema, doc, rules.NewDefaultRules()) {
		out = append(out, diagnostic(text, e))
	}
	return out
}

func checkOperations(text string, doc *ast.QueryDocument) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, op := range doc.Operations {
		if op.Operation != ast.Query {
			d := diag.Errorf("A GraphQL file may only hold a query, and this %s %s is not one.",
				op.Operation, operationName(op))
			out = append(out, locate(d.WithNote("Attio apps only read data with GraphQL; "+
				"write with a server function and the REST API."), text, op.Position))
		}
	}
	switch n := len(doc.Operations); {
	case n == 0:
		out = append(out, diag.Errorf("The GraphQL file has no query; it must hold exactly "+
			"one.").At("", 1, 1))
	case n > 1 && len(out) == 0:
		d := diag.Errorf("The GraphQL file holds %d operations; it must hold exactly one query.",
			n)
		out = append(out, locate(d.WithNote("Put each query in its own .graphql file."), text,
			doc.Operations[1].Position))
	}
	return out
}

func operationName(op *ast.OperationDefinition) string {
	if op.Name == "" {
		return "(unnamed)"
	}
	return fmt.Sprintf("%q", op.Name)
}

func diagnostic(text string, e *gqlerror.Error) diag.Diagnostic {
	d := diag.Errorf("%s", e.Message)
	if len(e.Locations) > 0 {
		l := e.Locations[0]
		d = d.At("", l.Line, l.Column)
		d.LineText = sourceLine(text, l.Line)
	}
	return d
}

func locate(d diag.Diagnostic, text string, pos *ast.Position) diag.Diagnostic {
	if pos == nil {
		return d
	}
	d = d.At("", pos.Line, pos.Column)
	d.LineText = sourceLine(text, pos.Line)
	return d
}

func sourceLine(text string, line int) string {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r")
}
