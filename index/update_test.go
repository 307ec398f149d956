package index

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/crawl"
)

// fixturePage is one page of testdata/pages with the URL it was served at.
type fixturePage struct {
	file, url string
	body      []byte
}

// fixturePages reads testdata/pages/MANIFEST.tsv and the pages it lists.
func fixturePages(t testing.TB) []fixturePage {
	t.Helper()
	dir := filepath.Join("..", "testdata", "pages")
	f, err := os.Open(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []fixturePage
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		cols := strings.Split(sc.Text(), "\t")
		if first || len(cols) < 2 {
			continue
		}
		body, err := os.ReadFile(filepath.Join(dir, cols[0]))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, fixturePage{file: cols[0], url: cols[1], body: body})
	}
	if len(pages) < 10 {
		t.Fatalf("only %d fixture pages", len(pages))
	}
	return pages
}

// putPage stores one page in the capture store as the crawler would.
func putPage(t testing.TB, st *crawl.Store, url, site string, body []byte) {
	t.Helper()
	_, err := st.Put(context.Background(), crawl.Capture{
		URL: url, FinalURL: url, Site: site, Kind: crawl.KindArticle,
		Status: 200, ContentType: "text/html", Body: body,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// filledStore returns a data directory whose capture store holds the
// fixture pages and a listing page.
func filledStore(t testing.TB) (string, *crawl.Store, []fixturePage) {
	t.Helper()
	dir := t.TempDir()
	st, err := crawl.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pages := fixturePages(t)
	for _, p := range pages {
		putPage(t, st, p.url, "fixture", p.body)
	}
	_, err = st.Put(context.Background(), crawl.Capture{
		URL: "https://example.vn/", Site: "fixture", Kind: crawl.KindListing,
		Status: 200, Body: []byte("<html><body><a href=/a>a</a></body></html>"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st, pages
}

func TestUpdateIncremental(t *testing.T) {
	ctx := context.Background()
	dir, st, pages := filledStore(t)
	x, err := OpenOrCreate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()

	s1, err := x.Update(ctx, st, UpdateOptions{BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if s1.Indexed+s1.Failed != len(pages) || s1.Skipped != 1 || s1.Indexed < len(pages)-1 {
		t.Fatalf("first update: %+v for %d pages", s1, len(pages))
	}
	if s1.Records != uint64(s1.Indexed) {
		t.Errorf("first update: %d records, %d indexed", s1.Records, s1.Indexed)
	}

	// Nothing new: nothing indexed.
	s2, err := x.Update(ctx, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Indexed != 0 || s2.Records != s1.Records {
		t.Errorf("second update: %+v", s2)
	}

	// A changed page replaces its record; a duplicate adds nothing.
	p := pages[0]
	changed := strings.ReplaceAll(string(p.body), "Sáng 9/5", "Sáng 9/5 xyzzyquux")
	if changed == string(p.body) {
		t.Fatalf("%s lacks the text to change", p.file)
	}
	putPage(t, st, p.url, "fixture", []byte(changed))
	putPage(t, st, "https://mirror.example.vn/copy.html", "fixture", pages[1].body)
	s3, err := x.Update(ctx, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s3.Indexed != 1 || s3.Skipped != 1 || s3.Records != s1.Records {
		t.Errorf("update after a change: %+v (first %+v)", s3, s1)
	}
	res, err := x.Search(ctx, Request{Query: "xyzzyquux"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].URL != p.url || res.Hits[0].Site != "fixture" {
		t.Errorf("changed page: %+v", res)
	}
	last, _ := st.LastSeq(ctx)
	if seq, _ := x.Seq(); seq != last {
		t.Errorf("checkpoint %d, store at %d", seq, last)
	}
}

// An update interrupted between batches leaves an index that opens, and
// the next update finishes the work.
func TestUpdateInterrupted(t *testing.T) {
	dir, st, _ := filledStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	x, err := OpenOrCreate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Update(ctx, st, UpdateOptions{BatchSize: 3, Progress: progressFunc(func(done, total int64, s UpdateStats) {
		if s.Indexed >= 3 {
			cancel()
		}
	})})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted update: %v", err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}

	bg := context.Background()
	x, err = Open(bg, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	partial, _ := x.Count()
	if partial == 0 {
		t.Fatal("the interrupted update committed nothing")
	}
	s, err := x.Update(bg, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	full, _ := x.Count()
	if s.Indexed == 0 || full != partial+uint64(s.Indexed) {
		t.Errorf("resumed update: %+v; %d records before, %d after", s, partial, full)
	}
}

func TestRebuild(t *testing.T) {
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
	x.Close()

	// A rebuild that fails (here: cancelled) leaves the index as it was.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Rebuild(cctx, dir, st, UpdateOptions{}); err == nil {
		t.Fatal("cancelled rebuild succeeded")
	}
	x, err = Open(ctx, dir, true)
	if err != nil {
		t.Fatalf("index after a failed rebuild: %v", err)
	}
	if n, _ := x.Count(); n != s1.Records {
		t.Errorf("after a failed rebuild: %d records, want %d", n, s1.Records)
	}
	x.Close()

	s2, err := Rebuild(ctx, dir, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Records != s1.Records || !s2.FromScratch {
		t.Errorf("rebuild: %+v, first build %+v", s2, s1)
	}
	for _, leftover := range []string{rebuildDir, oldDir} {
		if _, err := os.Stat(filepath.Join(dir, leftover)); err == nil {
			t.Errorf("%s left behind", leftover)
		}
	}
	x, err = Open(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	s3, err := x.Update(ctx, st, UpdateOptions{})
	if err != nil || s3.Indexed != 0 {
		t.Errorf("update after rebuild: %+v, %v", s3, err)
	}
}

// A swap killed between its two renames is repaired by the next Open.
func TestRecoverSwap(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	x, err := Create(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
	if err := os.Rename(filepath.Join(dir, Dir), filepath.Join(dir, oldDir)); err != nil {
		t.Fatal(err)
	}
	x, err = Open(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
}

func TestLock(t *testing.T) {
	dir := t.TempDir()
	l, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second lock: %v", err)
	}
	l.Unlock()
	l, err = Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	l.Unlock()
}

type progressFunc func(done, total int64, s UpdateStats)

func (f progressFunc) Update(done, total int64, s UpdateStats) { f(done, total, s) }
