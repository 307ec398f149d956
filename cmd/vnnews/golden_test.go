package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/extract"
)

// TestExtractCommandMatchesGolden runs `vnnews extract --url URL page.html`
// for every test page, as a user would, and checks the record against the
// page's golden file (regenerated with go test ./extract -update).
func TestExtractCommandMatchesGolden(t *testing.T) {
	urls := manifestURLs(t)
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatal("no test pages")
	}
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", "extract", "--url", urls[name], page)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var got, want extract.Record
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output is not one record: %v", err)
			}
			data, err := os.ReadFile(filepath.Join("../../testdata/golden", strings.TrimSuffix(name, ".html")+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if got.Schema != extract.Schema || got.URL != urls[name] {
				t.Errorf("schema %q url %q", got.Schema, got.URL)
			}
			if got.Title != want.Title || str(got.PublishedDate) != str(want.PublishedDate) ||
				str(got.PublishedAt) != str(want.PublishedAt) || got.Text != want.Text {
				t.Errorf("record differs from the golden file:\ngot  %q %s %s\nwant %q %s %s",
					got.Title, str(got.PublishedDate), str(got.PublishedAt), want.Title, str(want.PublishedDate), str(want.PublishedAt))
			}
		})
	}
}

func str(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// manifestURLs maps each test page to its URL in testdata/pages/MANIFEST.tsv.
func manifestURLs(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("../../testdata/pages/MANIFEST.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	urls := make(map[string]string)
	for _, row := range rows[1:] {
		if len(row) > 1 {
			urls[row[0]] = row[1]
		}
	}
	return urls
}
