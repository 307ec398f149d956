package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// benchPages loads the pages the benchmarks run over: the project's own
// test pages (several of them as heavy as real portals) and the real
// article pages from the shared folder when it is there.
func benchPages(b *testing.B) []Input {
	b.Helper()
	var files []string
	own, _ := filepath.Glob("../testdata/pages/*.html")
	files = append(files, own...)
	real, _ := filepath.Glob(filepath.Join(realPages, "*.html"))
	for _, f := range real {
		if !strings.Contains(f, "listing") {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		b.Skip("no pages to benchmark")
	}
	var pages []Input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, Input{HTML: data, URL: "https://example.vn/" + filepath.Base(f)})
	}
	return pages
}

func reportPages(b *testing.B, pages []Input) {
	var size int
	for _, p := range pages {
		size += len(p.HTML)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtract measures the whole extract step (decode, parse, metadata,
// datelines, readability, clean-up) per page, on one core and on all
// cores, beside go-trafilatura with its default options (no fallback) on
// the same pages. Compare the pages/s columns.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	b.Run("vnnews/1core", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := Extract(pages[i%len(pages)]); err != nil {
				b.Fatal(err)
			}
		}
		reportPages(b, pages)
	})
	b.Run("vnnews/allcores", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				if _, err := Extract(pages[i%len(pages)]); err != nil {
					b.Error(err)
					return
				}
				i++
			}
		})
		reportPages(b, pages)
	})
	// The rule extractors alone on the same pages' records: their cost is
	// part of vnnews/1core above; this shows their share.
	b.Run("rules/1core", func(b *testing.B) {
		type article struct {
			title, text string
			published   *time.Time
		}
		var arts []article
		for _, p := range pages {
			rec, err := Extract(p)
			if err != nil {
				b.Fatal(err)
			}
			var pub *time.Time
			if rec.PublishedDate != nil {
				t, _ := time.ParseInLocation("2006-01-02", *rec.PublishedDate, vietnam)
				pub = &t
			}
			arts = append(arts, article{rec.Title, rec.Text, pub})
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			a := arts[i%len(arts)]
			ReadFacts(a.title, a.text, a.published)
		}
		reportPages(b, pages)
	})
	b.Run("trafilatura/1core", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := pages[i%len(pages)]
			u, _ := url.Parse(p.URL)
			// go-trafilatura fails on some pages (no content found); the
			// time spent counts all the same.
			_, _ = trafilatura.Extract(bytes.NewReader(p.HTML), trafilatura.Options{OriginalURL: u})
		}
		reportPages(b, pages)
	})
}
