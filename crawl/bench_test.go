package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// benchHost serves a site of n articles: a sitemap naming them all, a home
// page, and article pages of a few KiB with navigation and related links.
func benchHost(b *testing.B, n int) *httptest.Server {
	filler := strings.Repeat("<p>Sáng 9/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt, triển khai thực hiện Kết luận số 01-KL/TW của Bộ Chính trị.</p>\n", 20)
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nDisallow: /admin/\nSitemap: %s/sitemap.xml\n", srv.URL)
		case r.URL.Path == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			var sb strings.Builder
			sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range n {
				fmt.Fprintf(&sb, "<url><loc>%s/tin-tuc/hoi-nghi-quan-triet-ket-luan-%d.html</loc><lastmod>2024-05-17</lastmod></url>\n", srv.URL, i)
			}
			sb.WriteString("</urlset>")
			w.Write([]byte(sb.String()))
		case r.URL.Path == "/":
			var sb strings.Builder
			sb.WriteString("<html><body>")
			for i := range min(n, 20) {
				fmt.Fprintf(&sb, `<a href="/tin-tuc/hoi-nghi-quan-triet-ket-luan-%d.html">%d</a>`, i, i)
			}
			sb.WriteString("</body></html>")
			w.Write([]byte(sb.String()))
		case strings.HasPrefix(r.URL.Path, "/tin-tuc/hoi-nghi-quan-triet-ket-luan-"):
			id, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/tin-tuc/hoi-nghi-quan-triet-ket-luan-"), ".html"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Hội nghị %d</title><link rel="canonical" href="%s"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/admin/">Quản trị</a> <a href="mailto:a@b.vn">Thư</a></nav>
<article><h1>Hội nghị quán triệt số %d</h1>%s</article>
<aside><a href="/tin-tuc/hoi-nghi-quan-triet-ket-luan-%d.html?utm_source=rel">a</a> <a href="/tin-tuc/hoi-nghi-quan-triet-ket-luan-%d.html">b</a></aside>
</body></html>`, id, srv.URL+r.URL.Path, id, filler, (id+1)%n, (id+7)%n)
		default:
			http.NotFound(w, r)
		}
	}))
	b.Cleanup(srv.Close)
	return srv
}

// peakMemory samples the heap in use and the memory obtained from the OS
// until stop is called and returns the highest values seen.
func peakMemory() (stop func() (heap, sys uint64)) {
	var mu sync.Mutex
	var peak, peakSys uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			peak = max(peak, ms.HeapInuse)
			peakSys = max(peakSys, ms.Sys)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak, peakSys
	}
}

// BenchmarkCrawl crawls 20 loopback hosts with delay 0 and reports pages
// fetched per second and the peak heap in use. Compare the two sizes for
// memory growth: go test ./crawl -run XXX -bench Crawl -benchtime 1x
func BenchmarkCrawl(b *testing.B) {
	for _, perHost := range []int{50, 500} {
		b.Run(fmt.Sprintf("20x%d", perHost), func(b *testing.B) {
			var cfg Config
			cfg.AllowPrivate = true
			cfg.UserAgent = DefaultUserAgent
			for h := range 20 {
				srv := benchHost(b, perHost)
				cfg.Sites = append(cfg.Sites, Site{ID: "host" + strconv.Itoa(h), Start: []string{srv.URL + "/"},
					MaxPages: DefaultMaxPages})
			}
			runtime.GC()
			b.ResetTimer()
			var pages int
			var elapsed time.Duration
			var peak, peakSys uint64
			for range b.N {
				b.StopTimer()
				st, err := Open(context.Background(), b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				stop := peakMemory()
				start := time.Now()
				sum, err := New(st, Options{}).Run(context.Background(), &cfg)
				elapsed += time.Since(start)
				heap, sys := stop()
				peak, peakSys = max(peak, heap), max(peakSys, sys)
				if err != nil {
					b.Fatal(err)
				}
				for _, s := range sum.Sites {
					pages += s.Fetched
					if s.New < perHost {
						b.Fatalf("%s: %d new articles, want %d (%+v)", s.Site, s.New, perHost, s)
					}
				}
				b.StopTimer()
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peakSys)/(1<<20), "peak-sys-MB")
			b.ReportMetric(0, "ns/op")
		})
	}
}
