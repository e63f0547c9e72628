package workspace

import (
	"regexp"
	"strings"
)

// A note keeps its content in two forms. These conversions cover the markdown Attio's note
// editor writes (headings, emphasis, code, links, lists); anything else passes through.

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "#", `\#`)

// escapeMarkdown is plaintext written so markdown shows it unchanged.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

var (
	mdHeading = regexp.MustCompile(`(?m)^#{1,6}[ \t]+`)
	mdLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	// Emphasis hugs its text: "2 * 3 * 4" is not italic.
	mdEmphasis = regexp.MustCompile("(\\*\\*|__|\\*|_|~~|`)([^\\s*_~`](?:[^*_~`\n]*" +
		"[^\\s*_~`])?)(\\*\\*|__|\\*|_|~~|`)")
	mdEscape = regexp.MustCompile("\\\\([\\\\*_`\\[\\]#~])")
)

// stripMarkdown is the text a markdown note shows, without its markup.
func stripMarkdown(s string) string {
	s = mdHeading.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	for {
		next := mdEmphasis.ReplaceAllStringFunc(s, func(m string) string {
			parts := mdEmphasis.FindStringSubmatch(m)
			if parts[1] != parts[3] {
				return m
			}
			return parts[2]
		})
		if next == s {
			break
		}
		s = next
	}
	return mdEscape.ReplaceAllString(s, "$1")
}
