package index

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/extract"
)

// benchDocsEnv names the environment variable that sets how many records
// the benchmarks index (default 2,000, quick; the README's figures use
// VNNEWS_BENCH_DOCS=100000).
const benchDocsEnv = "VNNEWS_BENCH_DOCS"

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

// sentences returns the sentences of the articles in testdata/gold and
// testdata/golden: the material of the generated records.
func sentences(b *testing.B) []string {
	var out []string
	split := regexp.MustCompile(`[.!?]\s+|\n\n`)
	for _, dir := range []string{"gold", "golden"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.json"))
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
	benchDirectives = []struct{ num, kind string }{{"01-KL/TW", "Kết luận"}, {"05-CT/TW", "Chỉ thị"}, {"35-CT/TW", "Chỉ thị"}, {"57-NQ/TW", "Nghị quyết"}, {"21-NQ/TW", "Nghị quyết"}, {"1234/QĐ-UBND", "Quyết định"}, {"15-KH/ĐUK", "Kế hoạch"}, {"08-QĐi/TW", "Quy định"}}
	benchAwards     = []string{"Bằng khen", "Giấy khen", "Huân chương Lao động hạng Ba", "Cờ thi đua"}
)

// benchRecord generates record i: about 3 KB of text drawn from the
// sentences, most with the phrase "học tập và làm theo", varied provinces,
// directives, awards and dates from 2019 to 2025.
func benchRecord(rng *rand.Rand, sents []string, i int) Doc {
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
	title := sents[rng.IntN(len(sents))]
	if r := []rune(title); len(r) > 120 {
		title = string(r[:120])
	}
	day := time.Date(2019, 1, 1, 0, 0, 0, 0, vietnam).AddDate(0, 0, rng.IntN(7*365))
	date := day.Format(time.DateOnly)
	site := fmt.Sprintf("site%02d", rng.IntN(40))
	rec := extract.Record{
		Schema: extract.Schema, URL: fmt.Sprintf("https://%s.example.vn/tin-tuc/bai-%07d.html", site, i),
		Title: title, PublishedDate: &date, Text: text.String(),
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
	return Doc{ID: rec.URL, Site: site, Record: rec}
}

// peakRSS returns the process's peak resident set size in bytes (Linux),
// or 0.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb * 1024
		}
	}
	return 0
}

// dirSize returns the bytes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// benchIndexEnv names the environment variable that keeps the
// benchmark's index in a directory: an index of the right size found there
// is searched without being built again (for working on queries).
const benchIndexEnv = "VNNEWS_BENCH_INDEX"

// benchQueryRounds is how many times one benchmark iteration runs a query.
const benchQueryRounds = 100

// BenchmarkIndexAndSearch indexes generated records (from record to
// committed, closed index) and reports docs/s, index size against the raw
// text, and the process's peak memory; then measures query latency
// percentiles on that index. Set VNNEWS_BENCH_DOCS to scale it. Indexing
// runs with the garbage collector as vnnews index sets it (TuneGC), unless
// GOGC or GOMEMLIMIT is set.
func BenchmarkIndexAndSearch(b *testing.B) {
	if testing.Short() {
		b.Skip("indexing benchmark skipped in short mode")
	}
	n := benchDocs(b)
	sents := sentences(b)
	ctx := context.Background()
	dir := os.Getenv(benchIndexEnv)
	if dir == "" {
		dir = b.TempDir()
	}
	var x *Index
	reuse := false
	if x, err := Open(ctx, dir, true); err == nil {
		count, _ := x.Count()
		x.Close()
		reuse = count == uint64(n)
	}

	b.Run(fmt.Sprintf("index/%d", n), func(b *testing.B) {
		if reuse {
			b.Skipf("reusing the index of %d records in %s", n, dir)
		}
		defer TuneGC(DefaultMemoryLimit)()
		for range b.N {
			os.RemoveAll(filepath.Join(dir, Dir))
			rng := rand.New(rand.NewPCG(1, 2))
			start := time.Now()
			var err error
			if x, err = Create(ctx, dir); err != nil {
				b.Fatal(err)
			}
			var raw int64
			batch := DefaultBatchSize
			docs := make([]Doc, 0, batch)
			for i := 0; i < n; i++ {
				d := benchRecord(rng, sents, i)
				raw += int64(len(d.Record.Text) + len(d.Record.Title))
				docs = append(docs, d)
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
			elapsed := time.Since(start)
			size := dirSize(filepath.Join(dir, Dir))
			b.ReportMetric(float64(n)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(size)/float64(raw), "size/text")
			b.ReportMetric(float64(size)/(1<<20), "index-MB")
			b.ReportMetric(peakRSS()/(1<<20), "peak-RSS-MB")
		}
	})

	// Opening a snapshot builds its view (view.go) before the first search.
	b.Run("open", func(b *testing.B) {
		for range b.N {
			start := time.Now()
			x, err := Open(ctx, dir, true)
			if err != nil {
				b.Fatal(err)
			}
			x.warm(ctx)
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "open-ms")
			x.Close()
		}
	})

	var err error
	if x, err = Open(ctx, dir, true); err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	queries := []struct {
		name string
		req  Request
	}{
		{"word", Request{Query: "chuyển đổi số"}},
		{"phrase", Request{Query: `"học tập và làm theo"`}},
		{"directive+facets", Request{Filters: Filters{Directive: "1-KL/TW"}}},
		{"folded", Request{Query: "uy ban nhan dan"}},
		{"folded-phrase", Request{Query: `"hoc tap va lam theo"`}},
		{"all+awards", Request{AwardsByProvince: true}},
		{"phrase-by-date", Request{Query: `"học tập và làm theo"`, Sort: SortDate}},
	}
	// A dump of every record, as JSON Lines.
	b.Run("dump", func(b *testing.B) {
		for range b.N {
			start := time.Now()
			n, err := x.Dump(ctx, io.Discard, FormatJSONL, Request{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "records/s")
		}
	})

	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			// Each iteration runs the query benchQueryRounds times, after
			// one unmeasured run, so that one iteration gives percentiles.
			if _, err := x.Search(ctx, q.req); err != nil {
				b.Fatal(err)
			}
			lat := make([]time.Duration, 0, b.N*benchQueryRounds)
			var total uint64
			for range b.N * benchQueryRounds {
				start := time.Now()
				res, err := x.Search(ctx, q.req)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				total = res.Total
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(total), "hits")
		})
	}
}

// benchPage renders a generated record as a news site's article page:
// navigation, headline, dateline, paragraphs, related links and footer.
func benchPage(d Doc) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>`)
	b.WriteString(html.EscapeString(d.Record.Title))
	b.WriteString(` - Báo điện tử</title></head><body><header><nav><ul>`)
	for _, s := range []string{"Trang chủ", "Thời sự", "Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Liên hệ"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, url.PathEscape(s), s)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>`)
	b.WriteString(html.EscapeString(d.Record.Title))
	day, _ := time.Parse(time.DateOnly, *d.Record.PublishedDate)
	fmt.Fprintf(&b, `</h1><div class="date">Thứ Hai, %s 08:30</div><div class="content">`, day.Format("02/01/2006"))
	for _, p := range strings.Split(d.Record.Text, "\n\n") {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString(`</div></article><aside><h3>Tin liên quan</h3><ul>`)
	for i := range 5 {
		fmt.Fprintf(&b, `<li><a href="/tin-tuc/lien-quan-%d.html">Tin liên quan số %d về công tác xây dựng Đảng</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside></main><footer>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 123/GP-BTTTT.</footer></body></html>`)
	return []byte(b.String())
}

// BenchmarkUpdate measures vnnews index end to end: generated article
// pages in a capture store, extracted and indexed by Update from scratch
// (with the garbage collector as the command sets it). It reports pages/s
// and the process's peak memory. Set VNNEWS_BENCH_DOCS to scale it.
func BenchmarkUpdate(b *testing.B) {
	if testing.Short() {
		b.Skip("update benchmark skipped in short mode")
	}
	n := benchDocs(b)
	sents := sentences(b)
	ctx := context.Background()
	defer TuneGC(DefaultMemoryLimit)()
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		st, err := crawl.Open(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		var bytes int64
		for i := range n {
			d := benchRecord(rng, sents, i)
			body := benchPage(d)
			bytes += int64(len(body))
			putPage(b, st, d.ID, d.Site, body)
		}
		x, err := Create(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		stats, err := x.Update(ctx, st, UpdateOptions{Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		elapsed := time.Since(start)
		b.StopTimer()
		if stats.Indexed < n*9/10 {
			b.Fatalf("indexed %d of %d pages (%+v)", stats.Indexed, n, stats)
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "pages/s")
		b.ReportMetric(float64(bytes)/float64(n)/1024, "KB/page")
		b.ReportMetric(peakRSS()/(1<<20), "peak-RSS-MB")
		st.Close()
	}
}
