package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/crawl"
)

// pagesData returns a data directory whose capture store holds the pages
// of testdata/pages, under the URLs of their manifest.
func pagesData(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	st, err := crawl.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for file, u := range manifestURLs(t) {
		body, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = st.Put(context.Background(), crawl.Capture{URL: u, FinalURL: u, Site: "pages", Kind: crawl.KindArticle, Status: 200, Body: body})
		if err != nil {
			t.Fatal(err)
		}
	}
	return data
}

func TestIndexSearchDump(t *testing.T) {
	data := pagesData(t)
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK || !strings.Contains(stderr, "indexed=0") {
		t.Fatalf("second index: exit %d: %s", code, stderr)
	}

	code, out, stderr := runCmd(t, "", "search", "--data", data, "--json", "--directive", "1-KL/TW", "ket luan")
	if code != exitOK {
		t.Fatalf("search: exit %d: %s", code, stderr)
	}
	var res struct {
		Total int `json:"total"`
		Hits  []struct {
			URL, Title, Site, Snippet string
			PublishedDate             *string         `json:"published_date"`
			Score                     float64         `json:"score"`
			Record                    json.RawMessage `json:"record"`
		} `json:"hits"`
		Facets map[string][]struct {
			Term  string `json:"term"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if res.Total == 0 || len(res.Hits) == 0 || res.Hits[0].Site != "pages" || res.Hits[0].URL == "" || res.Hits[0].Snippet == "" {
		t.Errorf("search --json: %s", out)
	}
	for _, f := range []string{"province", "site", "directive", "award", "year"} {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("facet %s missing", f)
		}
	}

	code, out, stderr = runCmd(t, "", "search", "--data", data, `"học tập và làm theo"`)
	if code != exitOK || !strings.Contains(out, "records match") || !strings.Contains(out, "[học] [tập] [và] [làm] [theo]") {
		t.Errorf("search: exit %d: %s%s", code, out, stderr)
	}

	outFile := filepath.Join(t.TempDir(), "records.csv")
	if code, _, stderr := runCmd(t, "", "dump", "--data", data, "--format", "csv", "--out", outFile); code != exitOK {
		t.Fatalf("dump: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) < 10 || !strings.Contains(string(b), "Hải Phòng") {
		t.Errorf("dump csv: %d rows, %v", len(rows), err)
	}
	entries, _ := os.ReadDir(filepath.Dir(outFile))
	if len(entries) != 1 {
		t.Errorf("dump left %d files", len(entries))
	}

	code, out, _ = runCmd(t, "", "dump", "--data", data, "--format", "jsonl", "--province", "hai phong")
	if code != exitOK || strings.Count(out, "\n") == 0 {
		t.Errorf("dump jsonl: exit %d: %q", code, out)
	}

	if code, _, stderr := runCmd(t, "", "index", "--data", data, "--rebuild"); code != exitOK {
		t.Fatalf("index --rebuild: exit %d: %s", code, stderr)
	}
}

func TestIndexCommandErrors(t *testing.T) {
	data := pagesData(t)
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	empty := t.TempDir()
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"index"}, exitUsage},
		{[]string{"search", "ket luan"}, exitUsage},
		{[]string{"search", "--data", data, `"unclosed`}, exitUsage},
		{[]string{"search", "--data", data, "--directive", "nonsense"}, exitUsage},
		{[]string{"search", "--data", data, "--from", "yesterday"}, exitUsage},
		{[]string{"search", "--data", data, "--sort", "title"}, exitUsage},
		{[]string{"search", "--data", data, "--size", "x"}, exitUsage},
		{[]string{"dump", "--data", data}, exitUsage},
		{[]string{"dump", "--data", data, "--format", "xml"}, exitUsage},
		{[]string{"search", "--data", empty, "x"}, exitFail},
		{[]string{"frobnicate"}, exitUsage},
		{[]string{"index", "--data", data, "--bogus"}, exitUsage},
		{[]string{"index", "--data", data, "extra"}, exitUsage},
		{[]string{"extract"}, exitUsage},
		{[]string{"dump", "--data", data, "--format", "csv", "--out", filepath.Join(empty, "no", "such", "dir", "x.csv")}, exitFail},
	}
	for _, tt := range tests {
		if code, _, stderr := runCmd(t, "", tt.args...); code != tt.code {
			t.Errorf("%q: exit %d, want %d: %s", tt.args, code, tt.code, stderr)
		}
	}
}

// Damaged index files give a clear error to readers, never a crash, and
// the next index run rebuilds the index from the captures.
func TestIndexDamaged(t *testing.T) {
	data := pagesData(t)
	if code, _, stderr := runCmd(t, "", "index", "--data", data); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	// Cut every segment short: the index and its snapshots share them.
	segs, _ := filepath.Glob(filepath.Join(data, "index.bleve", "store", "*.zap"))
	if len(segs) == 0 {
		t.Fatal("no segments")
	}
	for _, s := range segs {
		if err := os.Truncate(s, 100); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCmd(t, "", "search", "--data", data, "ket luan")
	if code != exitFail || !strings.Contains(stderr, "damaged") || strings.Contains(stderr, "panic") {
		t.Errorf("search of a damaged index: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "index", "--data", data)
	if code != exitOK || !strings.Contains(stderr, "rebuilding") {
		t.Fatalf("index of a damaged index: exit %d: %s", code, stderr)
	}
	code, out, stderr := runCmd(t, "", "search", "--data", data, "ket luan")
	if code != exitOK || !strings.Contains(out, "records match") {
		t.Errorf("search after the rebuild: exit %d: %s%s", code, out, stderr)
	}
}
