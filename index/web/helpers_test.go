package web

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/index"
)

// corpusPath is the small Vietnamese corpus the index's own tests run on.
var corpusPath = filepath.Join("..", "..", "testdata", "index", "corpus.jsonl")

// The hostile record: everything in it comes from the web and must come
// out as text.
const (
	xssURL   = "https://evil.example.vn/tin-tuc/xss.html"
	xssTitle = "<script>alert(1)</script>"
	xssText  = "Học tập và làm theo <img src=x onerror=alert(2)> tư tưởng Hồ Chí Minh & \"nhân dân\".\n\n" +
		"Đoạn hai </p><script>alert(3)</script> theo Kết luận số 01-KL/TW."
)

// loadCorpus reads the test corpus, plus the hostile record.
func loadCorpus(t testing.TB) []index.Doc {
	t.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []index.Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			ID     string         `json:"id"`
			Site   string         `json:"site"`
			Record extract.Record `json:"record"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("%s: %v", corpusPath, err)
		}
		docs = append(docs, index.Doc{ID: line.Record.URL, Site: line.Site, Record: line.Record})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	date := "2024-06-01"
	byline := "<b>Phóng viên</b>"
	docs = append(docs, index.Doc{ID: xssURL, Site: "evil", Record: extract.Record{
		Schema: extract.Schema, URL: xssURL, Title: xssTitle, Byline: &byline,
		PublishedDate: &date, Text: xssText,
		Directives:  []extract.Directive{{Number: "01-KL/TW", Kind: "Kết luận", Mentions: 1}},
		Awards:      []extract.Award{},
		AwardTotals: extract.AwardTotals{Collectives: 2, Individuals: 3},
		Provinces:   []string{"Quảng Trị"},
	}})
	return docs
}

// shared is one index of the corpus for the tests that only read it.
var shared struct {
	once sync.Once
	x    *index.Index
	docs []index.Doc
	dir  string
	err  error
}

// sharedIndex returns the index of the corpus shared by the read-only
// tests (built once; removed by TestMain).
func sharedIndex(t testing.TB) (*index.Index, []index.Doc) {
	t.Helper()
	shared.once.Do(func() {
		ctx := context.Background()
		if shared.dir, shared.err = os.MkdirTemp("", "vnnews-web-test-"); shared.err != nil {
			return
		}
		if shared.x, shared.err = index.Create(ctx, shared.dir); shared.err != nil {
			return
		}
		shared.docs = loadCorpus(t)
		shared.err = shared.x.Put(ctx, shared.docs, nil, 0)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.x, shared.docs
}

func TestMain(m *testing.M) {
	code := m.Run()
	closeBenchIndexes()
	if shared.x != nil {
		shared.x.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// quietLogger discards log lines (tests of failures log on purpose).
func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newTestServer returns a server over the shared corpus index.
func newTestServer(t testing.TB, opts Options) (*Server, []index.Doc) {
	t.Helper()
	x, docs := sharedIndex(t)
	if opts.Backend == nil {
		opts.Backend = x
	}
	if opts.Logger == nil {
		opts.Logger = quietLogger()
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, docs
}

// response is a recorded answer.
type response struct {
	Status int
	Header http.Header
	Body   string
}

// do sends one request to s and records the answer.
func do(t testing.TB, s http.Handler, method, target string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return response{Status: res.StatusCode, Header: res.Header, Body: string(body)}
}

// get sends a GET.
func get(t testing.TB, s http.Handler, target string) response {
	t.Helper()
	return do(t, s, http.MethodGet, target)
}

// wantStatus fails the test unless r has status and a content type
// starting with ctype.
func wantStatus(t testing.TB, r response, target string, status int, ctype string) {
	t.Helper()
	if r.Status != status {
		t.Errorf("GET %s: status %d, want %d; body: %.300s", target, r.Status, status, r.Body)
	}
	if got := r.Header.Get("Content-Type"); !strings.HasPrefix(got, ctype) {
		t.Errorf("GET %s: Content-Type %q, want %s", target, got, ctype)
	}
}

// apiError decodes an API error answer, failing when it is not one.
func apiError(t testing.TB, r response) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.Body), &e); err != nil || e.Error == "" {
		t.Fatalf("not a JSON error: %v: %.300s", err, r.Body)
	}
	return e.Error
}
