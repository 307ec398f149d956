package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnnews/vnnews/extract"
)

// A reader reads published snapshots: the writer is never blocked by it,
// and what the writer publishes is read from then on.
func TestReaderFollowsSnapshots(t *testing.T) {
	ctx := context.Background()
	dir, st, _ := filledStore(t)
	x, err := OpenOrCreate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	s1, err := x.Update(ctx, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}

	r, err := OpenReader(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.every = 0 // look for a new snapshot on every call
	if n, err := r.Count(ctx); err != nil || n != s1.Records {
		t.Fatalf("reader: %d records, %v; want %d", n, err, s1.Records)
	}
	first := r.Path()

	// The writer opens the index while the reader reads it, and adds one
	// record; until it closes, the reader sees the old snapshot.
	x, err = Open(ctx, dir, false)
	if err != nil {
		t.Fatalf("writer beside a reader: %v", err)
	}
	rec := extract.Record{Schema: extract.Schema, URL: "https://example.vn/new", Title: "Bài mới", Text: "Nội dung xyzzyquux.",
		Directives: []extract.Directive{}, Awards: []extract.Award{}, Provinces: []string{}}
	if err := x.Put(ctx, []Doc{{ID: rec.URL, Site: "fixture", Record: rec}}, nil, 0); err != nil {
		t.Fatal(err)
	}
	if res, err := r.Search(ctx, Request{Query: "xyzzyquux"}); err != nil || res.Total != 0 {
		t.Errorf("before publishing: %d hits, %v", res.Total, err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := r.Search(ctx, Request{Query: "xyzzyquux"})
	if err != nil || res.Total != 1 {
		t.Fatalf("after publishing: %d hits, %v", res.Total, err)
	}
	if r.Path() == first {
		t.Error("the reader stayed on its first snapshot")
	}
	raw, site, err := r.Record(ctx, res.Hits[0].ID)
	if err != nil || site != "fixture" || len(raw) == 0 {
		t.Errorf("Record: %q %q %v", raw, site, err)
	}

	// Publishing often keeps a few snapshots, and removes what a killed
	// publish left.
	if err := os.MkdirAll(filepath.Join(dir, SnapshotsDir, tmpPrefix+"1"), 0o755); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		x, err := Open(ctx, dir, false)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Close(); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, SnapshotsDir))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != keepSnapshots {
		t.Errorf("%d entries in %s, want %d", len(entries), SnapshotsDir, keepSnapshots)
	}
	if n, err := r.Count(ctx); err != nil || n != s1.Records+1 {
		t.Errorf("reader after pruning: %d records, %v", n, err)
	}
}

// An index that has no snapshot (an older vnnews wrote it) gets one when a
// reader opens it, unless a writer holds it.
func TestReaderFirstSnapshot(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := OpenReader(ctx, dir); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("no index: %v", err)
	}
	docs := loadCorpus(t)
	w, err := Create(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Put(ctx, docs, nil, 0); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if err := os.RemoveAll(filepath.Join(dir, SnapshotsDir)); err != nil {
		t.Fatal(err)
	}
	lock, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReader(ctx, dir); err == nil {
		t.Error("a reader published while the lock was held")
	}
	lock.Unlock()
	r, err := OpenReader(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, _ := r.Count(ctx); n != uint64(len(docs)) {
		t.Errorf("%d records, want %d", n, len(docs))
	}
}

// An index of another layout version is refused with ErrOldIndex, so that
// the index command rebuilds it.
func TestOldIndexRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	x, err := Create(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.bi.SetInternal(versionKey, []byte("1")); err != nil {
		t.Fatal(err)
	}
	x.dataDir = ""
	x.Close()
	for _, readOnly := range []bool{false, true} {
		if _, err := Open(ctx, dir, readOnly); !errors.Is(err, ErrOldIndex) {
			t.Errorf("Open(readOnly=%v): %v, want ErrOldIndex", readOnly, err)
		}
	}
	if _, err := OpenReader(ctx, dir); !errors.Is(err, ErrOldIndex) {
		t.Errorf("OpenReader: %v, want ErrOldIndex", err)
	}
}
