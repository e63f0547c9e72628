//go:build unix

package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"attio-studio/backend/project/projecttest"
)

// serve --timeout limits each server call the served page makes.
func TestServeTimeoutLimitsEachServerCall(t *testing.T) {
	dir := projecttest.WriteApp(t, map[string]string{
		"package.json": `{"name": "slow-app"}`,
		"src/slow.server.ts": `export default async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 10000))
  return "done"
}`,
	})
	out, printed := io.Pipe()
	done := make(chan int)
	go func() {
		done <- Run([]string{"serve", "--addr", "127.0.0.1:0", "--timeout", "300ms",
			"--data", t.TempDir() + "/data.db", dir}, Env{Stdout: printed, Stderr: io.Discard})
		printed.Close()
	}()
	lines := bufio.NewScanner(out)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing; exit %d", <-done)
	}
	url := regexp.MustCompile(`http://\S+/`).FindString(lines.Text())
	go io.Copy(io.Discard, out)
	defer func() {
		syscall.Kill(syscall.Getpid(), syscall.SIGINT)
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	}()

	resp, err := http.Post(url+"api/CallServerFunction", "application/json",
		strings.NewReader(`["slow.server", [], ""]`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var result struct {
		Error *struct{ Code, Message string } `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		t.Fatal(err)
	}
	if result.Error == nil || result.Error.Code != "timeout" ||
		!strings.Contains(result.Error.Message, "timed out after 300ms") {
		t.Errorf("the slow call gave %+v, want a timeout after 300ms", result.Error)
	}
}
