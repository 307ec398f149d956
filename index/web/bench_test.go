package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/index"
)

// Environment variables of the benchmark.
const (
	// benchDocsEnv sets how many records the benchmark indexes (default
	// 2,000, quick; the README's figures use 100000).
	benchDocsEnv = "VNNEWS_BENCH_DOCS"
	// benchDirEnv, when set, names a directory where the benchmark keeps
	// its index between runs (built there when absent), so that a run at
	// 100,000 records pays for indexing once.
	benchDirEnv = "VNNEWS_BENCH_DIR"
)

// benchClients is how many clients send requests at once.
const benchClients = 8

// benchQueries is the mix of /api/search requests the clients send, in
// turn: a word, a phrase, a query without diacritics, a directive filter,
// and filters with a query.
var benchQueries = []string{
	"q=" + url.QueryEscape("chuyển đổi số"),
	"q=" + url.QueryEscape(`"học tập và làm theo"`),
	"q=" + url.QueryEscape("uy ban nhan dan"),
	"directive=" + url.QueryEscape("1-KL/TW"),
	"q=" + url.QueryEscape("hoi nghi") + "&province=" + url.QueryEscape("Hải Phòng") + "&from=2023-01-01&to=2023-12-31",
	"q=" + url.QueryEscape("thi đua") + "&award=" + url.QueryEscape("Bằng khen") + "&sort=date&page=3",
}

// BenchmarkAPISearch measures /api/search under concurrent load over
// loopback: benchClients clients send b.N requests of benchQueries in all
// (each a page of 20 hits with every facet, the timeline and the award
// totals by province), and the benchmark reports requests per second and
// the p50 and p99 latency. Run it with a fixed count, e.g.
//
//	VNNEWS_BENCH_DOCS=100000 go test ./index/web -run XXX -bench APISearch -benchtime 400x
func BenchmarkAPISearch(b *testing.B) {
	n := benchDocs(b)
	x := benchIndex(b, n)
	s, err := New(Options{Backend: x, Logger: quietLogger(), SearchTimeout: time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: benchClients}}
	defer client.CloseIdleConnections()
	get := func(q string) error {
		res, err := client.Get(ts.URL + "/api/search?" + q)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		if _, err := io.Copy(io.Discard, res.Body); err != nil {
			return err
		}
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("GET /api/search?%s: %s", q, res.Status)
		}
		return nil
	}
	for _, q := range benchQueries { // warm up, and check every query works
		if err := get(q); err != nil {
			b.Fatal(err)
		}
	}

	b.ResetTimer()
	var next atomic.Int64
	lat := make([][]time.Duration, benchClients)
	errs := make([]error, benchClients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range benchClients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if err := get(benchQueries[i%int64(len(benchQueries))]); err != nil {
					errs[c] = err
					return
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	for _, err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(ms(percentile(all, 50)), "p50-ms")
	b.ReportMetric(ms(percentile(all, 99)), "p99-ms")
}

// percentile returns the p-th percentile of sorted durations.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}

// ms writes a duration in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// benchDocs returns the number of records to index.
func benchDocs(b *testing.B) int {
	if s := os.Getenv(benchDocsEnv); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			b.Fatalf("%s=%q: want a positive number", benchDocsEnv, s)
		}
		return n
	}
	return 2000
}

// benchIndexes keeps the benchmark's indexes by size across the runs of
// one benchmark (with b.N = 1, then the real count); TestMain closes them.
var benchIndexes struct {
	mu   sync.Mutex
	x    map[int]*index.Index
	dirs []string // temporary directories to remove
}

// closeBenchIndexes closes the benchmark's indexes and removes the
// temporary ones.
func closeBenchIndexes() {
	benchIndexes.mu.Lock()
	defer benchIndexes.mu.Unlock()
	for _, x := range benchIndexes.x {
		x.Close()
	}
	for _, d := range benchIndexes.dirs {
		os.RemoveAll(d)
	}
}

// benchIndex returns an index of n generated records, built in a temporary
// directory, or kept in $VNNEWS_BENCH_DIR/N and reused from there.
func benchIndex(b *testing.B, n int) *index.Index {
	b.Helper()
	benchIndexes.mu.Lock()
	defer benchIndexes.mu.Unlock()
	if x := benchIndexes.x[n]; x != nil {
		return x
	}
	if benchIndexes.x == nil {
		benchIndexes.x = map[int]*index.Index{}
	}
	ctx := context.Background()
	var dir string
	if d := os.Getenv(benchDirEnv); d != "" {
		dir = filepath.Join(d, strconv.Itoa(n))
		if x, err := index.Open(ctx, dir, true); err == nil {
			benchIndexes.x[n] = x
			return x
		}
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
	} else {
		var err error
		if dir, err = os.MkdirTemp("", "vnnews-web-bench-"); err != nil {
			b.Fatal(err)
		}
		benchIndexes.dirs = append(benchIndexes.dirs, dir)
	}
	start := time.Now()
	x, err := index.Create(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b)
	rng := rand.New(rand.NewPCG(7, 11))
	const batch = 1000
	docs := make([]index.Doc, 0, batch)
	for i := range n {
		docs = append(docs, benchRecord(rng, sents, i))
		if len(docs) == batch || i == n-1 {
			if err := x.Put(ctx, docs, nil, int64(i+1)); err != nil {
				b.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	if err := x.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed %d records in %v", n, time.Since(start).Round(time.Second))
	if x, err = index.Open(ctx, dir, true); err != nil {
		b.Fatal(err)
	}
	benchIndexes.x[n] = x
	return x
}

// benchSentences returns the sentences of the articles of testdata/gold
// and testdata/golden, the material of the generated records.
func benchSentences(b *testing.B) []string {
	b.Helper()
	var out []string
	split := regexp.MustCompile(`[.!?]\s+|\n\n`)
	for _, d := range []string{"gold", "golden"} {
		files, err := filepath.Glob(filepath.Join("..", "..", "testdata", d, "*.json"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var a struct{ Text string }
			if json.Unmarshal(data, &a) != nil {
				continue
			}
			for _, s := range split.Split(a.Text, -1) {
				if s = strings.TrimSpace(s); len(s) > 40 {
					out = append(out, s+".")
				}
			}
		}
	}
	if len(out) < 100 {
		b.Fatalf("only %d sentences in testdata", len(out))
	}
	return out
}

var (
	benchProvinces  = []string{"Hải Phòng", "Hà Nội", "Đắk Lắk", "Cần Thơ", "Nghệ An", "Thừa Thiên Huế", "Quảng Ninh", "Lâm Đồng", "Đồng Tháp", "Bình Định", "Hồ Chí Minh", "Thanh Hóa", "Hòa Bình", "Bà Rịa - Vũng Tàu", "Lào Cai", "Kiên Giang"}
	benchDirectives = []struct{ num, kind string }{{"01-KL/TW", "Kết luận"}, {"05-CT/TW", "Chỉ thị"}, {"35-CT/TW", "Chỉ thị"}, {"57-NQ/TW", "Nghị quyết"}, {"21-NQ/TW", "Nghị quyết"}, {"1234/QĐ-UBND", "Quyết định"}}
	benchAwards     = []string{"Bằng khen", "Giấy khen", "Huân chương Lao động hạng Ba", "Cờ thi đua"}
)

// benchRecord generates record i: about 3 KB of text from the sentences,
// most with "học tập và làm theo", a province, up to two directives, an
// award one time in three, and a date from 2019 to 2025.
func benchRecord(rng *rand.Rand, sents []string, i int) index.Doc {
	var text strings.Builder
	for text.Len() < 3000 {
		if text.Len() > 0 {
			if rng.IntN(4) == 0 {
				text.WriteString("\n\n")
			} else {
				text.WriteByte(' ')
			}
		}
		text.WriteString(sents[rng.IntN(len(sents))])
		if text.Len() > 1000 && text.Len() < 1400 && rng.IntN(10) < 7 {
			text.WriteString(" Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
		}
	}
	title := []rune(sents[rng.IntN(len(sents))])
	title = title[:min(len(title), 120)]
	date := time.Date(2019, 1, 1, 0, 0, 0, 0, vietnam).AddDate(0, 0, rng.IntN(7*365)).Format(time.DateOnly)
	site := fmt.Sprintf("site%02d", rng.IntN(40))
	rec := extract.Record{
		Schema: extract.Schema, URL: fmt.Sprintf("https://%s.example.vn/tin-tuc/bai-%07d.html", site, i),
		Title: string(title), PublishedDate: &date, Text: text.String(),
		Directives: []extract.Directive{}, Awards: []extract.Award{},
		Provinces: []string{benchProvinces[rng.IntN(len(benchProvinces))]},
	}
	for k := rng.IntN(3); k > 0; k-- {
		d := benchDirectives[rng.IntN(len(benchDirectives))]
		rec.Directives = append(rec.Directives, extract.Directive{Number: d.num, Kind: d.kind, Mentions: 1 + rng.IntN(3)})
	}
	if rng.IntN(3) == 0 {
		a := extract.Award{Award: benchAwards[rng.IntN(len(benchAwards))], Collectives: rng.IntN(40), Individuals: rng.IntN(60)}
		rec.Awards = append(rec.Awards, a)
		rec.AwardTotals = extract.AwardTotals{Collectives: a.Collectives, Individuals: a.Individuals}
	}
	return index.Doc{ID: rec.URL, Site: site, Record: rec}
}
