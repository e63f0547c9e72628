package webhooks

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// Curl returns a POSIX shell command that sends r to rawURL with curl: the same method, query,
// headers and body byte for byte, signed as r says. Every argument is single-quoted where it
// needs to be, so pasting it into sh, bash or zsh runs exactly that request. rawURL's own query
// is replaced by r.Query when r has one.
func Curl(rawURL string, r Request) string {
	if r.Query != "" {
		if u, err := url.Parse(rawURL); err == nil {
			u.RawQuery = r.Query
			rawURL = u.String()
		}
	}
	body := []byte(r.Body)
	header := r.header()
	var args []string
	// curl's -d would read a file for a body starting with @, and no shell argument can hold
	// a NUL byte, so such bodies are piped in instead.
	piped := strings.ContainsRune(r.Body, 0)
	if method := r.method(); method != http.MethodGet || len(body) > 0 {
		args = append(args, "-X "+shellQuote(method))
	}
	if strings.ContainsAny(rawURL, "[]{}") {
		args = append(args, "--globoff")
	}
	args = append(args, shellQuote(rawURL))
	for _, f := range headerFields(header) {
		line := f.Name + ": " + f.Value
		if f.Value == "" {
			line = f.Name + ";" // "Name:" would tell curl to drop the header
		}
		args = append(args, "-H "+shellQuote(line))
	}
	if len(body) > 0 && header.Get("Content-Type") == "" {
		args = append(args, "-H "+shellQuote("Content-Type:")) // curl would add a form type
	}
	switch {
	case len(body) == 0:
	case piped:
		args = append(args, "--data-binary @-")
	default:
		args = append(args, "--data-raw "+shellQuote(r.Body))
	}
	cmd := "curl " + strings.Join(args, " \\\n  ")
	if piped {
		cmd = fmt.Sprintf("printf '%%b' %s | %s", shellQuote(printfEscape(body)), cmd)
	}
	return cmd
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_+:,./-]+$`)

// shellQuote quotes s for a POSIX shell: inside single quotes nothing is special but the
// single quote itself, which is closed, escaped and reopened.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// printfEscape writes body for printf's %b: backslashes doubled and every byte that is not
// printable ASCII as an octal escape.
func printfEscape(body []byte) string {
	var b strings.Builder
	for _, c := range body {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, `\0%03o`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
