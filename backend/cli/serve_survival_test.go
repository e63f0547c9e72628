package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attio-studio/backend/server"
	"attio-studio/backend/store"
	"attio-studio/backend/studio"
)

// openExample opens the example on a fresh data file, as a first studio would, and returns the
// session and the data file.
func openExample(t *testing.T) (*studio.Session, string) {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data.db")
	s, err := studio.Open(studio.Options{Dir: example, DataFile: data})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, data
}

func fileSum(t *testing.T, path string) ([32]byte, time.Time) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(raw), info.ModTime()
}

// TestASecondStudioOnTheSameDataFileIsToldItIsOpen runs the verbs that open a data file while a
// studio holds it: each says the file is already open and exits non-zero, and the first studio
// keeps working.
func TestASecondStudioOnTheSameDataFileIsToldItIsOpen(t *testing.T) {
	first, data := openExample(t)
	for _, args := range secondStudios(data) {
		t.Run(args[0], func(t *testing.T) { checkToldItIsOpen(t, data, args) })
	}
	if m := first.Manifest(); m.BuildVersion == 0 {
		t.Errorf("the first studio stopped working: %+v", m.Diagnostics)
	}
	if _, err := first.CallServerFunction(t.Context(), "send-to-alc.server",
		[]json.RawMessage{[]byte(`"x"`)}, ""); err != nil {
		t.Errorf("the first studio cannot call its server function: %v", err)
	}
}

// TestASecondStudioLeavesTheDataFileAlone holds a data file the way a studio does, without the
// studio's own background writes, and checks the refused verbs did not write to it.
func TestASecondStudioLeavesTheDataFileAlone(t *testing.T) {
	first, data := openExample(t)
	first.Close()
	holder, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	sum, modified := fileSum(t, data)
	for _, args := range secondStudios(data) {
		checkToldItIsOpen(t, data, args)
	}
	if s, m := fileSum(t, data); s != sum || !m.Equal(modified) {
		t.Error("the second studios changed the data file")
	}
}

func secondStudios(data string) [][]string {
	return [][]string{
		{"serve", "--addr", "127.0.0.1:0", "--data", data, example},
		{"call", "--data", data, example, "send-to-alc.server", `"x"`, `"Ada"`, `"+44"`},
		{"data", "export", "--data", data, example},
		{"webhooks", "list", "--data", data, example},
	}
}

func checkToldItIsOpen(t *testing.T, data string, args []string) {
	t.Helper()
	out, stderr, code := run(t, args...)
	if code == 0 {
		t.Fatalf("%s ran on an open data file: %s", args[0], out)
	}
	for _, want := range []string{"already open in another studio", "close it first", data} {
		if !strings.Contains(stderr, want) {
			t.Errorf("%s: stderr does not say %q:\n%s", args[0], want, stderr)
		}
	}
}

// TestServeRefusesAddressesOffLoopback asks serve to listen where others could reach it.
func TestServeRefusesAddressesOffLoopback(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data.db")
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0", "192.0.2.1:0", "example.com:0"} {
		t.Run(addr, func(t *testing.T) {
			_, stderr, code := run(t, "serve", "--addr", addr, "--data", data, example)
			if code == 0 || !strings.Contains(stderr, "is not on loopback") ||
				!strings.Contains(stderr, "only listens on 127.0.0.1") {
				t.Errorf("exit %d, stderr:\n%s", code, stderr)
			}
		})
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Error("serve created the data file although it could not listen")
	}
}

// TestListenersAnswerOnlyOnLoopback checks the serve listener and the session's webhook server
// are bound to a loopback address, and cannot be reached through another address of this
// machine.
func TestListenersAnswerOnlyOnLoopback(t *testing.T) {
	s, _ := openExample(t)
	hooks, err := url.Parse(s.Manifest().WebhookURL)
	if err != nil || hooks.Hostname() != "127.0.0.1" {
		t.Fatalf("the webhook server is at %q", s.Manifest().WebhookURL)
	}
	l, err := server.Listen("localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if ip := l.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		t.Fatalf("serve listens on %s", l.Addr())
	}

	other := nonLoopbackIP(t)
	if other == nil {
		t.Skip("this machine has no address but loopback to try")
	}
	for _, port := range []string{hooks.Port(), portOf(l.Addr())} {
		conn, err := net.DialTimeout("tcp", net.JoinHostPort(other.String(), port), time.Second)
		if err == nil {
			conn.Close()
			t.Errorf("port %s answers on %s", port, other)
		}
	}
}

func portOf(a net.Addr) string {
	_, port, _ := net.SplitHostPort(a.String())
	return port
}

// nonLoopbackIP is an IPv4 address of this machine other than loopback, or nil.
func nonLoopbackIP(t *testing.T) net.IP {
	t.Helper()
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil &&
			!bytes.Equal(n.IP.To4(), net.IPv4zero.To4()) {
			return n.IP
		}
	}
	return nil
}
