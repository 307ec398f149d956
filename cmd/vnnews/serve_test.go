package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer several goroutines may write to.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs `vnnews serve` on a free loopback port until the test
// ends, and returns its base URL and a function that stops it and returns
// its exit code and standard error.
func startServe(t *testing.T, data string) (string, func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &stderr)
	}()
	addrRE := regexp.MustCompile(`msg=serving addr=(http://127\.0\.0\.1:\d+)/`)
	deadline := time.Now().Add(10 * time.Second)
	var base string
	for base == "" {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			cancel()
			t.Fatalf("serve exited with %d before serving: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start: %s", stderr.String())
		}
	}
	stopped := false
	stop := func() (int, string) {
		stopped = true
		cancel()
		select {
		case code := <-done:
			return code, stderr.String()
		case <-time.After(15 * time.Second):
			t.Fatal("serve did not stop when its context was cancelled")
			return -1, ""
		}
	}
	t.Cleanup(func() {
		if !stopped {
			stop()
		}
	})
	return base, stop
}

// fetch GETs url and returns the status and body.
func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(body)
}

// TestServeCommand serves an index, searches it over HTTP while the index
// is rebuilt in the same data directory (neither waits for the other), and
// stops cleanly when its context is cancelled (as SIGINT and SIGTERM do).
func TestServeCommand(t *testing.T) {
	data := pagesData(t)
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	base, stop := startServe(t, data)

	status, body := fetch(t, base+"/?q=ket+luan")
	if status != http.StatusOK || !strings.Contains(body, "kết quả") {
		t.Fatalf("GET /: %d\n%.500s", status, body)
	}
	status, body = fetch(t, base+"/api/search?q=ket+luan")
	var res struct {
		Total int `json:"total"`
	}
	if status != http.StatusOK || json.Unmarshal([]byte(body), &res) != nil || res.Total == 0 {
		t.Fatalf("GET /api/search: %d %.300s", status, body)
	}

	// The nightly job's index step runs while serve holds its reader.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if code, _, stderr := runCtx(t, ctx, "index", "--data", data, "--rebuild"); code != exitOK {
		t.Fatalf("index --rebuild while serving: exit %d: %s", code, stderr)
	}
	status, body = fetch(t, base+"/api/search?q=ket+luan")
	var after struct {
		Total int `json:"total"`
	}
	if status != http.StatusOK || json.Unmarshal([]byte(body), &after) != nil || after.Total != res.Total {
		t.Errorf("GET /api/search after the rebuild: %d %.300s", status, body)
	}

	code, stderr := stop()
	if code != exitOK {
		t.Errorf("serve: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "msg=stopped") {
		t.Errorf("serve did not log its stop: %s", stderr)
	}
	if _, err := http.Get(base + "/"); err == nil {
		t.Error("serve still answers after stopping")
	}
}

// Started before there is an index, serve answers 503, then serves the
// index once the first run publishes it.
func TestServeBeforeTheFirstIndex(t *testing.T) {
	data := pagesData(t)
	base, _ := startServe(t, data)
	if status, body := fetch(t, base+"/api/search?q=ket+luan"); status != http.StatusServiceUnavailable || !strings.Contains(body, "no index") {
		t.Errorf("API before the first index: %d %s", status, body)
	}
	if status, body := fetch(t, base+"/?q=ket+luan"); status != http.StatusServiceUnavailable || !strings.Contains(body, "Chưa có chỉ mục") {
		t.Errorf("page before the first index: %d %.300s", status, body)
	}
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	deadline := time.Now().Add(awaitedIndexRetry + 5*time.Second)
	for {
		status, body := fetch(t, base+"/api/search?q=ket+luan")
		if status == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the first index: %d %s", status, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestServeCommandErrors(t *testing.T) {
	empty := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve"}, exitUsage, "--data"},
		{[]string{"serve", "--data", empty, "extra"}, exitUsage, "unknown command"},
		{[]string{"serve", "--data", empty, "--bogus"}, exitUsage, "unknown flag"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d; stderr %q lacks %q", c.args, code, c.code, stderr, c.want)
		}
	}
	data := pagesData(t)
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "", "serve", "--data", data, "--addr", "127.0.0.1:99999"); code != exitFail || !strings.Contains(stderr, "listen") {
		t.Errorf("serve on a bad port: exit %d: %s", code, stderr)
	}
}
