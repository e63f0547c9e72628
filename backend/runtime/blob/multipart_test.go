package blob

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMultipartRoundTrip(t *testing.T) {
	parts := []Part{
		{Name: "name", Value: "Ada\nLovelace"},
		{Name: `odd "name"`, Value: "x"},
		{Name: "cv", IsFile: true, Filename: "cv.pdf", Type: "application/pdf", Bytes: []byte("%PDF")},
		{Name: "blank", IsFile: true, Filename: "empty.bin", Bytes: []byte{}},
	}
	body, contentType := EncodeMultipart(parts)
	if !strings.HasPrefix(contentType, "multipart/form-data; boundary=") {
		t.Fatalf("content type %q", contentType)
	}
	for _, want := range []string{
		"Content-Disposition: form-data; name=\"odd %22name%22\"\r\n",
		"\r\n\r\nAda\r\nLovelace\r\n",
		"filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n",
		"filename=\"empty.bin\"\r\nContent-Type: application/octet-stream\r\n",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	got, err := DecodeMultipart(body, contentType)
	if err != nil {
		t.Fatal(err)
	}
	want := []Part{
		{Name: "name", Bytes: []byte("Ada\r\nLovelace")},
		{Name: `odd %22name%22`, Bytes: []byte("x")},
		{Name: "cv", IsFile: true, Filename: "cv.pdf", Type: "application/pdf", Bytes: []byte("%PDF")},
		{Name: "blank", IsFile: true, Filename: "empty.bin", Type: "application/octet-stream",
			Bytes: []byte{}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestDecodeMultipartErrors(t *testing.T) {
	tests := []struct{ body, contentType, want string }{
		{"x", "multipart/form-data", "has no boundary"},
		{"x", "multipart/form-data; boundary=", "cannot be read"},
		{"not multipart", "multipart/form-data; boundary=b", "malformed"},
		{"x", "multipart/form-data; boundary=\"unclosed", "cannot be read"},
	}
	for _, tt := range tests {
		if _, err := DecodeMultipart([]byte(tt.body), tt.contentType); err == nil ||
			!strings.Contains(err.Error(), tt.want) {
			t.Errorf("DecodeMultipart(%q, %q) err = %v, want %q", tt.body, tt.contentType, err, tt.want)
		}
	}
}
