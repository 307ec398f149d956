package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/index"
)

// Every route answers with the security headers, also on errors.
func TestSecurityHeaders(t *testing.T) {
	s, docs := newTestServer(t, Options{})
	key := index.Key(docs[0].ID)
	for _, target := range []string{
		"/", "/?q=hoc+tap", "/?from=bad", "/bai/" + key, "/bai/zz", "/api/search", "/api/search?from=bad",
		"/api/articles/" + key, "/api/articles/0000000000000000", "/api/dump?format=jsonl", "/static/style.css", "/nope", "/api/nope",
	} {
		r := get(t, s, target)
		if got := r.Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
			t.Errorf("GET %s: Content-Security-Policy %q", target, got)
		}
		if !strings.Contains(r.Header.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: CSP allows foreign scripts", target)
		}
		if got := r.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q", target, got)
		}
		if got := r.Header.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("GET %s: Referrer-Policy %q", target, got)
		}
	}
}

// Methods other than GET and HEAD get 405, in JSON under /api/.
func TestMethodNotAllowed(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		r := do(t, s, m, "/api/search?q=x")
		wantStatus(t, r, m+" /api/search", http.StatusMethodNotAllowed, "application/json")
		apiError(t, r)
		if r.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /api/search: Allow %q", m, r.Header.Get("Allow"))
		}
		r = do(t, s, m, "/")
		wantStatus(t, r, m+" /", http.StatusMethodNotAllowed, "text/html")
	}
	if r := do(t, s, http.MethodHead, "/"); r.Status != http.StatusOK {
		t.Errorf("HEAD /: status %d", r.Status)
	}
}

// Unknown paths are 404: an HTML page, or JSON under /api/; static files
// come only from the embedded set.
func TestNotFound(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, target := range []string{"/nope", "/bai/", "/bai/x/y", "/index.html", "/..%2f..%2fetc%2fpasswd"} {
		wantStatus(t, get(t, s, target), target, http.StatusNotFound, "text/html")
	}
	for _, target := range []string{"/api/nope", "/api/articles/", "/api/search/x", "/api/"} {
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusNotFound, "application/json")
		apiError(t, r)
	}
	for _, target := range []string{"/static/", "/static/nope.css", "/static/../server.go", "/static/..%2fserver.go", "/static/%2e%2e/go.mod", "/static/templates/layout.html"} {
		if r := get(t, s, target); r.Status != http.StatusNotFound && r.Status/100 != 3 {
			t.Errorf("GET %s: status %d, want 404", target, r.Status)
		} else if strings.Contains(r.Body, "package web") || strings.Contains(r.Body, "module ") {
			t.Errorf("GET %s: served a source file", target)
		}
	}
}

// The stylesheet is served from memory, cacheable under its hashed URL.
func TestStatic(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	u, err := s.static.URL("style.css")
	if err != nil {
		t.Fatal(err)
	}
	r := get(t, s, u)
	wantStatus(t, r, u, http.StatusOK, "text/css")
	if !strings.Contains(r.Body, ".hits") || !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("GET %s: Cache-Control %q, body %.100s", u, r.Header.Get("Cache-Control"), r.Body)
	}
	page := get(t, s, "/")
	if !strings.Contains(page.Body, `href="`+strings.ReplaceAll(u, "&", "&amp;")+`"`) && !strings.Contains(page.Body, `href="`+u+`"`) {
		t.Errorf("the page does not link %s", u)
	}
}

// stubBackend answers with fixed errors, or blocks until its context ends.
type stubBackend struct {
	err   error
	block bool
}

func (b stubBackend) wait(ctx context.Context) error {
	if b.block {
		<-ctx.Done()
		return ctx.Err()
	}
	return b.err
}

func (b stubBackend) Search(ctx context.Context, r index.Request) (index.Result, error) {
	return index.Result{}, b.wait(ctx)
}

func (b stubBackend) Record(ctx context.Context, key string) ([]byte, string, error) {
	return nil, "", b.wait(ctx)
}

func (b stubBackend) Dump(ctx context.Context, w io.Writer, f index.Format, r index.Request) (int, error) {
	return 0, b.wait(ctx)
}

// A failing index gives 500 without its message; a slow one 504 when the
// request's time is up.
func TestBackendFailures(t *testing.T) {
	secret := errors.New("bolt: /var/lib/vnnews/index.bleve/store: input/output error")
	s, err := New(Options{Backend: stubBackend{err: secret}, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	key := "0123456789abcdef"
	for _, target := range []string{"/api/search?q=x", "/api/articles/" + key, "/api/dump?format=csv"} {
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusInternalServerError, "application/json")
		if msg := apiError(t, r); strings.Contains(msg, "/var/lib") {
			t.Errorf("GET %s: the error shows the index's message: %s", target, msg)
		}
	}
	for _, target := range []string{"/?q=x", "/bai/" + key} {
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusInternalServerError, "text/html")
		if strings.Contains(r.Body, "/var/lib") {
			t.Errorf("GET %s: the page shows the index's message", target)
		}
	}

	slow, err := New(Options{Backend: stubBackend{block: true}, Logger: quietLogger(), SearchTimeout: 50 * time.Millisecond, DumpTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/api/search?q=x", "/api/articles/" + key, "/api/dump?format=jsonl", "/?q=x", "/bai/" + key} {
		start := time.Now()
		r := get(t, slow, target)
		if r.Status != http.StatusGatewayTimeout {
			t.Errorf("GET %s on a slow index: status %d, want 504", target, r.Status)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("GET %s on a slow index took %v", target, d)
		}
	}
}

// The server honours the client going away: the index sees its request's
// context cancelled.
func TestClientGone(t *testing.T) {
	s, err := New(Options{Backend: stubBackend{block: true}, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "/api/search?q=x", nil)
		s.ServeHTTP(discardWriter{http.Header{}}, req)
	}()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the search did not end when its client went away")
	}
}

// discardWriter is a ResponseWriter that keeps nothing.
type discardWriter struct{ h http.Header }

func (d discardWriter) Header() http.Header         { return d.h }
func (d discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (d discardWriter) WriteHeader(int)             {}

// The http.Server has every timeout set.
func TestHTTPServerTimeouts(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	hs := s.HTTPServer("127.0.0.1:0")
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 {
		t.Errorf("timeouts not all set: %+v", hs)
	}
	if hs.Handler != s {
		t.Error("the http.Server does not serve s")
	}
}

func TestNewWithoutBackend(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New without a backend did not fail")
	}
}
