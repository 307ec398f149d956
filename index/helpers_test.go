package index

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnnews/vnnews/extract"
)

// corpusPath is the small Vietnamese corpus the search tests run on.
var corpusPath = filepath.Join("..", "testdata", "index", "corpus.jsonl")

// loadCorpus reads the test corpus: one {"id", "site", "record"} per line.
func loadCorpus(t testing.TB) []Doc {
	t.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []Doc
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
		docs = append(docs, Doc{ID: line.ID, Site: line.Site, Record: line.Record})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// corpusIndex returns an index of the test corpus in a temporary directory.
func corpusIndex(t testing.TB) (*Index, []Doc) {
	t.Helper()
	ctx := context.Background()
	x, err := Create(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	docs := loadCorpus(t)
	if err := x.Put(ctx, docs, nil, 0); err != nil {
		t.Fatal(err)
	}
	return x, docs
}

// ids returns the ids of the corpus records that a result's hits are.
func ids(t testing.TB, docs []Doc, res Result) []string {
	t.Helper()
	byURL := map[string]string{}
	for _, d := range docs {
		byURL[d.Record.URL] = d.ID
	}
	out := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, ok := byURL[h.URL]
		if !ok {
			t.Fatalf("hit %s is not in the corpus", h.URL)
		}
		out = append(out, id)
	}
	return out
}

// corpusReadOnly returns a read-only index of the test corpus, as a
// published snapshot is read: searches on it use one view, built once.
func corpusReadOnly(t testing.TB) (*Index, []Doc) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	w, err := Create(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := loadCorpus(t)
	if err := w.Put(ctx, docs, nil, 0); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	x, err := Open(ctx, dir, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x, docs
}

// bothIndexes runs f on a writable and on a read-only index of the corpus.
func bothIndexes(t *testing.T, f func(t *testing.T, x *Index, docs []Doc)) {
	for _, c := range []struct {
		name string
		open func(testing.TB) (*Index, []Doc)
	}{{"writable", corpusIndex}, {"read-only", corpusReadOnly}} {
		t.Run(c.name, func(t *testing.T) {
			x, docs := c.open(t)
			f(t, x, docs)
		})
	}
}
