package blob

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"strings"
)

// Part is one entry of a multipart/form-data body: a field (Value) or a file (IsFile, with
// Filename, Type and Bytes).
type Part struct {
	Name     string
	Value    string
	IsFile   bool
	Filename string
	Type     string
	Bytes    []byte
}

// MaxParts bounds how many parts DecodeMultipart reads, so a hostile body cannot exhaust memory.
const MaxParts = 10000

// EncodeMultipart writes parts as a multipart/form-data body the way browsers do: names and file
// names escape ", CR and LF as %22, %0D and %0A; a field's line breaks become CRLF; a file
// without a type is application/octet-stream.
func EncodeMultipart(parts []Part) (body []byte, contentType string) {
	var buf bytes.Buffer
	boundary := newBoundary()
	for _, p := range parts {
		fmt.Fprintf(&buf, "--%s\r\nContent-Disposition: form-data; name=\"%s\"", boundary,
			escapeName(p.Name))
		if p.IsFile {
			typ := p.Type
			if typ == "" {
				typ = "application/octet-stream"
			}
			fmt.Fprintf(&buf, "; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n",
				escapeName(p.Filename), typ)
			buf.Write(p.Bytes)
		} else {
			buf.WriteString("\r\n\r\n")
			buf.WriteString(crlf(p.Value))
		}
		buf.WriteString("\r\n")
	}
	fmt.Fprintf(&buf, "--%s--\r\n", boundary)
	return buf.Bytes(), "multipart/form-data; boundary=" + boundary
}

func newBoundary() string {
	raw := make([]byte, 12)
	_, _ = rand.Read(raw) // crypto/rand.Read never fails on supported platforms
	return "----AttioStudioFormBoundary" + hex.EncodeToString(raw)
}

var nameEscaper = strings.NewReplacer("\"", "%22", "\r", "%0D", "\n", "%0A")

func escapeName(s string) string { return nameEscaper.Replace(s) }

func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// DecodeMultipart reads a multipart/form-data body whose Content-Type (with its boundary) is
// contentType. A part with a filename is a file (IsFile), else a field whose bytes are its value.
func DecodeMultipart(body []byte, contentType string) ([]Part, error) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, fmt.Errorf("the content type %q cannot be read: %w", contentType, err)
	}
	boundary := params["boundary"]
	if boundary == "" {
		return nil, errors.New("the multipart/form-data content type has no boundary")
	}
	r := multipart.NewReader(bytes.NewReader(body), boundary)
	var parts []Part
	for len(parts) < MaxParts {
		p, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			if len(parts) == 0 && len(bytes.TrimSpace(body)) > 0 {
				return nil, fmt.Errorf("the multipart body is malformed: no part starts with "+
					"the boundary %q", boundary)
			}
			return parts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("the multipart body is malformed: %w", err)
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, fmt.Errorf("the multipart body is malformed: %w", err)
		}
		part := Part{Name: p.FormName(), Bytes: data, Type: p.Header.Get("Content-Type")}
		if _, dp, err := mime.ParseMediaType(p.Header.Get("Content-Disposition")); err == nil {
			if name, ok := dp["filename"]; ok {
				part.IsFile, part.Filename = true, name
			}
		}
		parts = append(parts, part)
	}
	return nil, fmt.Errorf("the multipart body has more than %d parts", MaxParts)
}
