package crawl

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func testFetcher(o FetchOptions) *Fetcher {
	o.AllowPrivate = true
	if o.StallTimeout == 0 {
		o.StallTimeout = 500 * time.Millisecond
	}
	o.BackoffBase, o.BackoffMax = 5*time.Millisecond, 20*time.Millisecond
	return NewFetcher(o)
}

func TestFetchDecoding(t *testing.T) {
	page := []byte(strings.Repeat("<p>Hội nghị quán triệt Kết luận số 01-KL/TW</p>\n", 200))
	enc := func(name string) []byte {
		var b bytes.Buffer
		var w interface {
			Write([]byte) (int, error)
			Close() error
		}
		switch name {
		case "gzip":
			w = gzip.NewWriter(&b)
		case "deflate":
			w = zlib.NewWriter(&b)
		case "rawdeflate":
			w, _ = flate.NewWriter(&b, 5)
		case "br":
			w = brotli.NewWriter(&b)
		}
		w.Write(page)
		w.Close()
		return b.Bytes()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
			t.Error("brotli not offered")
		}
		ce := name
		if name == "rawdeflate" {
			ce = "deflate"
		}
		w.Header().Set("Content-Encoding", ce)
		w.Write(enc(name))
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{})
	for _, name := range []string{"gzip", "deflate", "rawdeflate", "br"} {
		resp, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/" + name})
		if err == nil && !bytes.Equal(resp.Body, page) {
			err = errors.New("body differs")
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestFetchLimits(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		switch r.URL.Path {
		case "/big-declared":
			w.Header().Set("Content-Length", "2000000")
			w.Write(make([]byte, 2000000))
		case "/big-gzip": // a small gzip bomb
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(200)
			w.(http.Flusher).Flush()
			zw := gzip.NewWriter(w)
			zw.Write(make([]byte, 2<<20))
			zw.Close()
		case "/stall":
			w.Write([]byte("<html>"))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		case "/slow-headers":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/redirects":
			http.Redirect(w, r, "/redirects?n="+r.URL.Query().Get("n")+"x", http.StatusFound)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF"))
		}
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{MaxBody: 1 << 20, Retries: -1, MaxRedirects: 5, StallTimeout: time.Second})
	for _, tc := range []struct {
		path string
		want error
	}{
		{"/big-declared", ErrTooLarge},
		{"/big-gzip", ErrTooLarge},
		{"/stall", ErrStalled},
		{"/slow-headers", nil},
		{"/redirects", ErrTooManyRedirect},
	} {
		start := time.Now()
		_, err := f.Fetch(context.Background(), Request{URL: srv.URL + tc.path})
		if err == nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.path, err, tc.want)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s took %v", tc.path, d)
		}
	}
	if _, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/pdf", HTMLOnly: true}); !errors.Is(err, ErrNotHTML) {
		t.Errorf("pdf: %v", err)
	}
}

func TestFetchRetries(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k := n.Add(1)
		switch r.URL.Path {
		case "/flaky": // 500, 429 with Retry-After, then fine
			switch k {
			case 1:
				w.WriteHeader(500)
			case 2:
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(429)
			default:
				w.Write([]byte("ok"))
			}
		case "/gone":
			w.WriteHeader(410)
		case "/later":
			w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
			w.WriteHeader(503)
		}
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{Retries: 3, MaxRetryAfter: time.Second})
	ctx := context.Background()
	resp, err := f.Fetch(ctx, Request{URL: srv.URL + "/flaky"})
	if err != nil || resp.Status != 200 || resp.Attempts != 3 {
		t.Errorf("flaky: %+v %v", resp, err)
	}
	n.Store(0)
	resp, _ = f.Fetch(ctx, Request{URL: srv.URL + "/gone"})
	if resp.Status != 410 || n.Load() != 1 {
		t.Errorf("410 retried: %d calls", n.Load())
	}
	n.Store(0)
	resp, _ = f.Fetch(ctx, Request{URL: srv.URL + "/later"})
	if resp.Status != 503 || n.Load() != 1 || time.Until(resp.RetryAt) < 50*time.Minute {
		t.Errorf("Retry-After an hour away: %d calls, RetryAt %v", n.Load(), resp.RetryAt)
	}
	if r := nextRetry(time.Now(), resp, nil, 1); time.Until(r) < 50*time.Minute {
		t.Errorf("next retry %v ignores Retry-After", r)
	}
	// Cancellation stops a backoff at once.
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	slow := testFetcher(FetchOptions{Retries: 5, MaxRetryAfter: time.Hour})
	slow.opts.BackoffBase, slow.opts.BackoffMax = time.Minute, time.Minute
	start := time.Now()
	n.Store(0)
	if _, err := slow.Fetch(cctx, Request{URL: srv.URL + "/flaky"}); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Errorf("cancelled backoff: %v after %v", err, time.Since(start))
	}
}

func TestFetchConditional(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Wed, 01 May 2024 01:00:00 GMT" {
			w.WriteHeader(304)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", `text/html; charset="windows-1258"`)
		w.Write([]byte("x"))
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{})
	ctx := context.Background()
	resp, err := f.Fetch(ctx, Request{URL: srv.URL})
	if err != nil || resp.Status != 200 || resp.ETag != `"v1"` || resp.Charset != "windows-1258" {
		t.Fatalf("%+v %v", resp, err)
	}
	for _, req := range []Request{{URL: srv.URL, ETag: `"v1"`}, {URL: srv.URL, LastModified: "Wed, 01 May 2024 01:00:00 GMT"}} {
		if resp, err := f.Fetch(ctx, req); err != nil || resp.Status != 304 || resp.Body != nil {
			t.Errorf("conditional %+v: %+v %v", req, resp, err)
		}
	}
}

func TestFetchPoliteness(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	var inFlight, maxInFlight atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n := inFlight.Add(1); n > maxInFlight.Load() {
			maxInFlight.Store(n)
		}
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		inFlight.Add(-1)
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{})
	done := make(chan bool)
	for range 4 {
		go func() {
			f.Fetch(context.Background(), Request{URL: srv.URL, Delay: 40 * time.Millisecond})
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if maxInFlight.Load() != 1 {
		t.Errorf("%d requests to one host at once", maxInFlight.Load())
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 40*time.Millisecond {
			t.Errorf("requests %v apart, delay 40ms", gap)
		}
	}
}

// A redirect is followed after the host's delay, like any next request.
func TestFetchRedirectPaced(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		switch r.URL.Path {
		case "/a":
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
		case "/b":
			http.Redirect(w, r, "/c", http.StatusFound)
		default:
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	f := testFetcher(FetchOptions{})
	resp, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/a", Delay: 60 * time.Millisecond})
	if err != nil || resp.Status != 200 || !strings.HasSuffix(resp.FinalURL, "/c") {
		t.Fatalf("fetch: %+v, %v", resp, err)
	}
	if len(times) != 3 {
		t.Fatalf("%d requests, want 3", len(times))
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 60*time.Millisecond {
			t.Errorf("hop %d followed after %v, delay 60ms", i, gap)
		}
	}
}

func TestDialGuard(t *testing.T) {
	for addr, public := range map[string]bool{
		"8.8.8.8": true, "203.113.131.1": true, "2001:4860:4860::8888": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"0.0.0.0": false, "100.64.0.1": false, "224.0.0.1": false, "255.255.255.255": false,
		"::1": false, "::": false, "fc00::1": false, "fd12::1": false, "fe80::1": false, "::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1": false, "64:ff9b::a00:1": false, "ff02::1": false,
	} {
		if got := isPublicAddr(netip.MustParseAddr(addr)); got != public {
			t.Errorf("isPublicAddr(%s) = %v", addr, got)
		}
	}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	f := NewFetcher(FetchOptions{Retries: -1})
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL})
	if !errors.Is(err, ErrBlockedAddress) || hits.Load() != 0 {
		t.Errorf("loopback fetched without allow_private: %v, %d hits", err, hits.Load())
	}
	_, err = f.Fetch(context.Background(), Request{URL: "http://localhost:1/"})
	if !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("localhost: %v", err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 5, 17, 10, 0, 0, 0, time.UTC)
	for v, want := range map[string]time.Time{
		"120":                           now.Add(2 * time.Minute),
		"-5":                            now,
		"Fri, 17 May 2024 10:30:00 GMT": now.Add(30 * time.Minute),
		"soon":                          {},
	} {
		if got := parseRetryAfter(v, now); !got.Equal(want) {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", v, got, want)
		}
	}
}
