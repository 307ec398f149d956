package extract

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current extractor (review the diff by hand)")

const (
	pagesDir  = "../testdata/pages"
	goldenDir = "../testdata/golden"
)

// manifestRow is one line of testdata/pages/MANIFEST.tsv: the answer key
// for a test page, written by hand independently of the golden files.
type manifestRow struct {
	File, URL, Title, Byline, PublishedDate, PublishedAt string
	FirstParagraph, LastParagraph                        string
	MustNotContain                                       []string
}

// readManifest reads the answer key for the test pages.
func readManifest(t *testing.T) map[string]manifestRow {
	t.Helper()
	f, err := os.Open(filepath.Join(pagesDir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(rows) < 2 {
		t.Fatal("manifest has no rows")
	}
	col := make(map[string]int)
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	get := func(row []string, name string) string {
		i, ok := col[name]
		if !ok || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[i])
	}
	out := make(map[string]manifestRow)
	for _, row := range rows[1:] {
		m := manifestRow{
			File: get(row, "file"), URL: get(row, "url"), Title: get(row, "title"),
			Byline: get(row, "byline"), PublishedDate: get(row, "published_date"),
			PublishedAt: get(row, "published_at"), FirstParagraph: get(row, "first_paragraph"),
			LastParagraph: get(row, "last_paragraph"),
		}
		for _, s := range strings.Split(get(row, "must_not_contain"), "|") {
			if s = strings.TrimSpace(s); s != "" {
				m.MustNotContain = append(m.MustNotContain, s)
			}
		}
		if m.File != "" {
			out[m.File] = m
		}
	}
	return out
}

// testPages lists the HTML pages under testdata/pages.
func testPages(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(pagesDir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages in %s", pagesDir)
	}
	return files
}

// TestGolden extracts every test page and compares the record with its
// golden file. Run `go test ./extract -update` to rewrite the golden files
// after a deliberate change, and review the diff before committing.
func TestGolden(t *testing.T) {
	manifest := readManifest(t)
	for _, file := range testPages(t) {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			row, ok := manifest[name]
			if !ok {
				t.Fatalf("%s has no row in MANIFEST.tsv", name)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := Extract(Input{HTML: data, URL: row.URL})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(goldenDir, strings.TrimSuffix(name, ".html")+".json")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("golden file: %v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("record differs from %s; got:\n%s", golden, got)
			}
		})
	}
}

// TestManifest checks every test page against the hand-written answer key:
// headline, byline, publication date and time, the first and last
// paragraphs, and the furniture that must stay out of the text. It keeps
// the golden files honest: a golden file that disagrees with the key fails
// here even if it was regenerated.
func TestManifest(t *testing.T) {
	manifest := readManifest(t)
	for _, file := range testPages(t) {
		name := filepath.Base(file)
		row, ok := manifest[name]
		if !ok {
			t.Errorf("%s has no row in MANIFEST.tsv", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := Extract(Input{HTML: data, URL: row.URL})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if rec.Title != row.Title {
				t.Errorf("title = %q, want %q", rec.Title, row.Title)
			}
			if row.Byline != "" && deref(rec.Byline) != row.Byline {
				t.Errorf("byline = %q, want %q", deref(rec.Byline), row.Byline)
			}
			if got := deref(rec.PublishedDate); got != row.PublishedDate {
				t.Errorf("published_date = %q, want %q", got, row.PublishedDate)
			}
			if got := deref(rec.PublishedAt); got != row.PublishedAt {
				t.Errorf("published_at = %q, want %q", got, row.PublishedAt)
			}
			checkParagraphs(t, rec.Text, row.FirstParagraph, row.LastParagraph, 1, row.MustNotContain)
		})
	}
}
