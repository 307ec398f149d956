package crawl

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// fixtureSite is a small provincial news portal on loopback, with every
// hazard the crawler must survive. It counts what it is asked and answers.
type fixtureSite struct {
	t   *testing.T
	srv *httptest.Server

	mu         sync.Mutex
	requests   map[string]int // by path and query
	bodies     map[string]int // 200 answers with a body, by path and query
	starts     []time.Time    // when each request arrived
	redirected []bool         // whether it followed a redirect
	agents     map[string]bool
	served503  bool
	pages      map[string]string    // path → HTML of the ordinary pages
	lastmod    map[string]time.Time // sitemap lastmod of sitemap articles
}

// Paths of the fixture's pages.
const (
	pathGzip      = "/tin-tuc/bai-viet-nen-gzip-dac-biet.html"
	path1258      = "/tin-tuc/bai-viet-ma-windows-1258-cu.html"
	path503       = "/tin-tuc/bai-viet-loi-tam-thoi-503.html"
	pathStall     = "/tin-tuc/bai-viet-bi-treo-giua-chung.html"
	pathHuge      = "/tin-tuc/bai-viet-rat-lon-64-mib.html"
	path404       = "/tin-tuc/bai-viet-khong-con-ton-tai.html"
	pathDuplicate = "/tin-tuc/ban-sao-trung-lap-noi-dung.html"
	pathPrivate   = "/private/bai-viet-noi-bo-khong-cong-khai.html"
	pathLoop      = "/chuyen/vong-lap-a"
)

func sitemapArticle(i int) string {
	return fmt.Sprintf("/tin-tuc/hoi-nghi-tong-ket-cong-tac-so-%d.html", i)
}
func feedArticle(i int) string { return fmt.Sprintf("/tin-tuc/ban-tin-dia-phuong-moi-nhat-%d.html", i) }
func listArticle(i int) string { return fmt.Sprintf("/tin-tuc/bai-viet-chuyen-muc-thu-%d.html", i) }

// cp1258Page is a windows-1258 page ("Hội nghị" with a combining tone mark
// byte) served with no charset in its Content-Type.
var cp1258Page = []byte("<html><head><title>H\xf4i nghi\xf2</title></head><body><h1>H\xf4\xf2i ngh\xec\xf2 t\xf4\xf2ng k\xea\xf3t</h1></body></html>")

func newFixtureSite(t testing.TB) *fixtureSite {
	f := &fixtureSite{
		requests: make(map[string]int), bodies: make(map[string]int), agents: make(map[string]bool),
		pages: make(map[string]string), lastmod: make(map[string]time.Time),
	}
	if tt, ok := t.(*testing.T); ok {
		f.t = tt
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	base := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	for i := 1; i <= 6; i++ {
		f.pages[sitemapArticle(i)] = articleHTML(fmt.Sprintf("Hội nghị tổng kết công tác số %d", i), "")
		f.lastmod[sitemapArticle(i)] = base.Add(time.Duration(i) * time.Hour)
	}
	for i := 1; i <= 3; i++ {
		f.pages[feedArticle(i)] = articleHTML(fmt.Sprintf("Bản tin địa phương %d", i), "")
	}
	for i := 1; i <= 9; i++ {
		f.pages[listArticle(i)] = articleHTML(fmt.Sprintf("Bài viết chuyên mục %d", i), "")
	}
	f.pages[listArticle(1)+"?print=1"] = articleHTML("Bài viết chuyên mục 1 (bản in)", listArticle(1))
	f.pages[pathDuplicate] = f.pages[sitemapArticle(1)]
	f.pages[pathGzip] = articleHTML("Bài viết nén gzip", "")
	f.pages[path503] = articleHTML("Bài viết lỗi tạm thời", "")
	f.pages["/"] = `<html><head><title>Cổng thông tin</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
<a href="/tin-tuc">Tin tức</a> <a href="` + pathPrivate + `">Nội bộ</a> <a href="/lich?ngay=2024-05-01">Lịch</a>
<a href="mailto:banbientap@example.vn">Thư</a> <a href="javascript:void(0)">JS</a> <a href="tel:+84225">Gọi</a> <a href="#top">Lên</a>
<a href="http://example.invalid/tin-tuc/bai-viet-ben-ngoai-khong-thuoc.html">Ngoài</a>
<a href="/files/van-ban-so-01-kl-tw.pdf">PDF</a>
<a href="` + pathGzip + `">gzip</a> <a href="` + path1258 + `">1258</a> <a href="` + path503 + `">503</a>
<a href="` + pathStall + `">treo</a> <a href="` + pathHuge + `">lớn</a> <a href="` + path404 + `">404</a>
<a href="` + pathLoop + `">vòng</a> <a href="` + pathDuplicate + `">trùng</a>
</body></html>`
	for page := 1; page <= 3; page++ {
		var b strings.Builder
		b.WriteString("<html><body><h1>Tin tức</h1>\n")
		for i := 3*page - 2; i <= 3*page; i++ {
			// tracking parameters and a relative, dotted form of the same link
			fmt.Fprintf(&b, `<a href="%s?utm_source=zalo&utm_medium=social&fbclid=IwAR%d">x</a> <a href="./../tin-tuc/%s#binh-luan">y</a>`+"\n",
				listArticle(i), i, strings.TrimPrefix(listArticle(i), "/tin-tuc/"))
		}
		if page == 3 {
			fmt.Fprintf(&b, `<a href="%s?print=1&zarsrc=30">in</a>`+"\n", listArticle(1))
		}
		if page < 3 {
			fmt.Fprintf(&b, `<a rel="next" href="/tin-tuc/trang-%d?gidzl=abc">Trang sau</a>`+"\n", page+1)
		}
		b.WriteString("</body></html>")
		if page == 1 {
			f.pages["/tin-tuc"] = b.String()
		} else {
			f.pages[fmt.Sprintf("/tin-tuc/trang-%d", page)] = b.String()
		}
	}
	return f
}

func articleHTML(title, canonical string) string {
	link := ""
	if canonical != "" {
		link = `<link rel="canonical" href="` + canonical + `">`
	}
	return `<html><head><meta charset="utf-8"><title>` + title + `</title>` + link + `</head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>
<article><h1>` + title + `</h1><p>Sáng 9/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 01-KL/TW.</p></article>
</body></html>`
}

func (f *fixtureSite) URL(p string) string { return f.srv.URL + p }

func (f *fixtureSite) setPage(p, html string, lastmod time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pages[p] = html
	if !lastmod.IsZero() {
		f.lastmod[p] = lastmod
	}
}

// resetCounts forgets what was requested so far.
func (f *fixtureSite) resetCounts() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = make(map[string]int)
	f.bodies = make(map[string]int)
	f.starts = nil
	f.redirected = nil
}

func (f *fixtureSite) count(p string) (requests, bodies int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests[p], f.bodies[p]
}

func (f *fixtureSite) requested(prefix string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for p := range f.requests {
		if strings.HasPrefix(p, prefix) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// articles lists every article path the crawler should capture with a body.
func (f *fixtureSite) articles() []string {
	var out []string
	for i := 1; i <= 6; i++ {
		out = append(out, sitemapArticle(i))
	}
	for i := 1; i <= 3; i++ {
		out = append(out, feedArticle(i))
	}
	for i := 1; i <= 9; i++ {
		out = append(out, listArticle(i))
	}
	return append(out, listArticle(1)+"?print=1", pathDuplicate, pathGzip, path1258, path503)
}

func (f *fixtureSite) serve(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	f.mu.Lock()
	if os.Getenv("FIXTURE_LOG") != "" {
		fmt.Fprintf(os.Stderr, "%s %s inm=%q\n", time.Now().Format("15:04:05.000"), key, r.Header.Get("If-None-Match"))
	}
	f.requests[key]++
	f.starts = append(f.starts, time.Now())
	f.redirected = append(f.redirected, r.Header.Get("Referer") != "")
	f.agents[r.Header.Get("User-Agent")] = true
	f.mu.Unlock()

	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.05\n\nUser-agent: otherbot\nDisallow: /\n\nSitemap: %s/sitemap_index.xml\n", f.srv.URL)
		return
	case r.URL.Path == "/sitemap_index.xml":
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%s/sitemaps/tin-tuc.xml.gz</loc></sitemap></sitemapindex>`, f.srv.URL)
		return
	case r.URL.Path == "/sitemaps/tin-tuc.xml.gz":
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		f.mu.Lock()
		for i := 1; i <= 6; i++ {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>\n", f.srv.URL, sitemapArticle(i),
				f.lastmod[sitemapArticle(i)].Format(time.RFC3339))
		}
		f.mu.Unlock()
		b.WriteString("</urlset>")
		w.Header().Set("Content-Type", "application/x-gzip")
		zw := gzip.NewWriter(w)
		zw.Write(b.Bytes())
		zw.Close()
		f.countBody(key)
		return
	case r.URL.Path == "/rss.xml":
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin mới</title>`)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&b, "<item><title>Bản tin %d</title><link>%s%s?utm_source=rss</link><pubDate>Wed, 01 May 2024 0%d:00:00 +0700</pubDate></item>",
				i, f.srv.URL, feedArticle(i), i)
		}
		fmt.Fprintf(&b, "<item><title>Hội nghị</title><link>%s%s</link></item></channel></rss>", f.srv.URL, sitemapArticle(1))
		w.Write([]byte(b.String()))
		return
	case r.URL.Path == "/lich":
		// A calendar whose every day links to the next and previous day.
		day, err := time.Parse("2006-01-02", r.URL.Query().Get("ngay"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, `<html><body><a href="/lich?ngay=%s">Hôm trước</a> <a href="/lich?ngay=%s">Hôm sau</a></body></html>`,
			day.AddDate(0, 0, -1).Format("2006-01-02"), day.AddDate(0, 0, 1).Format("2006-01-02"))
		return
	case r.URL.Path == pathLoop:
		http.Redirect(w, r, "/chuyen/vong-lap-b", http.StatusFound)
		return
	case r.URL.Path == "/chuyen/vong-lap-b":
		http.Redirect(w, r, pathLoop, http.StatusMovedPermanently)
		return
	case r.URL.Path == pathStall:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><h1>Bài viết bị treo</h1>"))
		w.(http.Flusher).Flush()
		select { // stalls until the client gives up
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	case r.URL.Path == pathHuge:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		chunk := bytes.Repeat([]byte("<p>Hội nghị</p>\n"), 1<<16)
		for n := 0; n < 64<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		return
	case r.URL.Path == path1258:
		w.Header().Set("Content-Type", "text/html")
		w.Write(cp1258Page)
		f.countBody(key)
		return
	case r.URL.Path == path503:
		f.mu.Lock()
		first := !f.served503
		f.served503 = true
		f.mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "bảo trì", http.StatusServiceUnavailable)
			return
		}
	case strings.HasPrefix(r.URL.Path, "/private/"):
		f.t.Errorf("disallowed page requested: %s", key)
	}

	f.mu.Lock()
	page, ok := f.pages[key]
	if !ok {
		page, ok = f.pages[r.URL.Path]
	}
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(page))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", "Wed, 01 May 2024 01:00:00 GMT")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.countBody(key)
	if r.URL.Path == pathGzip {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte(page))
		zw.Close()
		return
	}
	w.Write([]byte(page))
}

func (f *fixtureSite) countBody(key string) {
	f.mu.Lock()
	f.bodies[key]++
	f.mu.Unlock()
}

// sitesConfig is the sites file for the fixture.
func (f *fixtureSite) config() *Config {
	cfg, err := ParseSites(strings.NewReader(fmt.Sprintf(`
allow_private = true
user_agent = "vnnews-test/1.0 (+https://example.org/vnnews)"
[[site]]
id = "fixture"
name = "Cổng thông tin thử"
start = ["%s/"]
delay = "10ms"
`, f.srv.URL)))
	if err != nil {
		panic(err)
	}
	return cfg
}
