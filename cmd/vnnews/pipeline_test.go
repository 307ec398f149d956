package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/crawl/crawltest"
	"github.com/vnnews/vnnews/extract"
)

// sampleSites serves the bundled sample sites for one test and writes a
// sites file for them.
func sampleSites(t *testing.T) (*crawltest.Sites, string, []crawltest.Article) {
	t.Helper()
	dir, err := crawltest.FindSamples()
	if err != nil {
		t.Fatal(err)
	}
	sites, err := crawltest.Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sites.Close)
	arts, err := crawltest.ReadArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "sites.toml")
	if err := os.WriteFile(file, []byte(sites.SitesTOML()), 0o644); err != nil {
		t.Fatal(err)
	}
	return sites, file, arts
}

func runCtx(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestPipelineEndToEnd runs the nightly job on the sample sites, then
// searches and dumps, as a user would: the directive filter finds the
// articles that cite it with the right facet counts, and the dump holds
// exactly what extract prints for the same pages.
func TestPipelineEndToEnd(t *testing.T) {
	sites, file, arts := sampleSites(t)
	data := t.TempDir()
	if code, _, errOut := runCmd(t, "", "run", "--sites", file, "--data", data); code != 0 {
		t.Fatalf("run: exit %d\n%s", code, errOut)
	}

	wantTotal, wantByProvince := 0, map[string]int{}
	for _, a := range arts {
		for _, d := range a.Directives {
			if d == "01-KL/TW" {
				wantTotal++
				wantByProvince[a.Province]++
			}
		}
	}
	code, out, errOut := runCmd(t, "", "search", "--data", data, "--directive", "1 KL/TW", "--size", "100", "--json")
	if code != 0 {
		t.Fatalf("search: exit %d\n%s", code, errOut)
	}
	var res struct {
		Total  int `json:"total"`
		Hits   []struct{ URL string }
		Facets map[string][]struct {
			Term  string
			Count int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if res.Total != wantTotal || len(res.Hits) != wantTotal {
		t.Errorf("--directive 01-KL/TW: %d hits (total %d), want %d", len(res.Hits), res.Total, wantTotal)
	}
	got := map[string]int{}
	for _, f := range res.Facets["province"] {
		got[f.Term] = f.Count
	}
	for p, n := range wantByProvince {
		if got[p] != n {
			t.Errorf("province facet %s = %d, want %d (facets %v)", p, got[p], n, res.Facets["province"])
		}
	}

	code, out, errOut = runCmd(t, "", "dump", "--data", data, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("dump: exit %d\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(arts) {
		t.Fatalf("dump has %d records, want %d", len(lines), len(arts))
	}
	for _, line := range lines {
		var rec extract.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		want := extractLive(t, rec.URL)
		if line != want {
			t.Errorf("dumped record of %s differs from extract:\ndump    %.300s\nextract %.300s", rec.URL, line, want)
		}
	}
	_ = sites
}

// extractLive fetches url from a sample site and prints its record as
// vnnews extract does.
func extractLive(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := extract.Extract(extract.Input{HTML: body, URL: url, Charset: charsetOf(resp.Header.Get("Content-Type"))})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(buf.String())
}

func charsetOf(ct string) string {
	if i := strings.Index(strings.ToLower(ct), "charset="); i >= 0 {
		return strings.Trim(ct[i+len("charset="):], `"' `)
	}
	return ""
}

// TestRunInterruptedThenResumed kills the nightly job at several points of
// its crawl; the next run must end with the same records as a run that was
// never interrupted.
func TestRunInterruptedThenResumed(t *testing.T) {
	sites, file, _ := sampleSites(t)
	clean := t.TempDir()
	if code, _, errOut := runCmd(t, "", "run", "--sites", file, "--data", clean); code != 0 {
		t.Fatalf("run: exit %d\n%s", code, errOut)
	}
	_, want, _ := runCmd(t, "", "dump", "--data", clean, "--format", "jsonl")
	base := len(sites.Requests())

	for _, stopAfter := range []int{3, 20, 50} {
		data := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			for len(sites.Requests()) < base+stopAfter {
				select {
				case <-ctx.Done():
					return
				case <-time.After(time.Millisecond):
				}
			}
			cancel()
		}()
		code, _, _ := runCtx(t, ctx, "run", "--sites", file, "--data", data)
		cancel()
		<-done
		if code == 0 {
			t.Logf("run finished before request %d", stopAfter)
		}
		if code, _, errOut := runCmd(t, "", "run", "--sites", file, "--data", data); code != 0 {
			t.Fatalf("resumed run after %d requests: exit %d\n%s", stopAfter, code, errOut)
		}
		_, got, _ := runCmd(t, "", "dump", "--data", data, "--format", "jsonl")
		if got != want {
			t.Errorf("after an interruption at request %d, the dump differs from an uninterrupted run's", stopAfter)
		}
		base = len(sites.Requests())
	}

	// Killed while indexing: cancel as soon as the index appears.
	data := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for ctx.Err() == nil {
			if _, err := os.Stat(filepath.Join(data, "index.bleve")); err == nil {
				cancel()
				return
			}
			time.Sleep(200 * time.Microsecond)
		}
	}()
	runCtx(t, ctx, "run", "--sites", file, "--data", data)
	cancel()
	if code, _, errOut := runCmd(t, "", "run", "--sites", file, "--data", data); code != 0 {
		t.Fatalf("resumed run after an interrupted indexing: exit %d\n%s", code, errOut)
	}
	if _, got, _ := runCmd(t, "", "dump", "--data", data, "--format", "jsonl"); got != want {
		t.Errorf("after an interruption during indexing, the dump differs from an uninterrupted run's")
	}
}

// TestRunLocked: a second job on a DIR that another holds reports the lock
// and exits 1.
func TestRunLocked(t *testing.T) {
	_, file, _ := sampleSites(t)
	data := t.TempDir()
	lock, err := crawl.LockDir(context.Background(), data, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	code, _, errOut := runCmd(t, "", "run", "--sites", file, "--data", data)
	if code != 1 || !strings.Contains(errOut, data) {
		t.Errorf("exit %d, stderr %q; want 1 and a message naming %s", code, errOut, data)
	}
}

// TestDemo runs vnnews demo: no flags, no network, and it prints the
// searches it promises.
func TestDemo(t *testing.T) {
	dir, err := crawltest.FindSamples()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := crawltest.ReadArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	cites, colls := 0, map[string]int{}
	for _, a := range arts {
		for _, d := range a.Directives {
			if d == "01-KL/TW" {
				cites++
			}
		}
		colls[a.Province] += a.Collectives
	}
	code, out, errOut := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	want := []string{
		fmt.Sprintf("%d articles captured", len(arts)),
		"--directive 01-KL/TW",
		fmt.Sprintf("%d matching articles", cites),
		"hoc tap va lam theo",
		"Award totals by province",
	}
	for p, n := range colls {
		want = append(want, fmt.Sprintf("%-12s", p), fmt.Sprintf("%4d collectives", n))
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("demo output lacks %q:\n%s", w, out)
		}
	}
}
