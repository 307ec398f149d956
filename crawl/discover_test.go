package crawl

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseRobots(t *testing.T) {
	body := []byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n\nUser-agent: vnnews\nDisallow: /admin\nAllow: /admin/public\nCrawl-delay: 2\n\nUser-agent: badbot\nDisallow: /\n\nSitemap: https://x.vn/sitemap.xml\nSitemap: https://x.vn/news.xml\n")
	r := parseRobots(200, body, "vnnews")
	for u, want := range map[string]bool{
		"https://x.vn/tin-tuc/a.html":       true,
		"https://x.vn/admin/x":              false,
		"https://x.vn/admin/public/a":       true,
		"https://x.vn/private/a":            true, // our own group replaces "*"
		"https://x.vn/adminx?page=2":        false,
		"https://x.vn/tin-tuc?admin=/admin": true,
	} {
		if got := r.Allowed(u); got != want {
			t.Errorf("vnnews Allowed(%s) = %v", u, got)
		}
	}
	if r.CrawlDelay != 2*time.Second {
		t.Errorf("Crawl-delay %v, want 2s", r.CrawlDelay)
	}
	if !reflect.DeepEqual(r.Sitemaps, []string{"https://x.vn/sitemap.xml", "https://x.vn/news.xml"}) {
		t.Errorf("sitemaps %v", r.Sitemaps)
	}
	other := parseRobots(200, body, "otherbot")
	if other.Allowed("https://x.vn/private/a") || other.CrawlDelay != 3*time.Second {
		t.Errorf("the * group not applied to other agents")
	}
	if !parseRobots(404, nil, "vnnews").Allowed("https://x.vn/private/a") {
		t.Error("a missing robots.txt must allow everything")
	}
	for _, st := range []int{0, 500, 503} {
		if r := parseRobots(st, nil, "vnnews"); !r.Unavailable || r.Allowed("https://x.vn/") {
			t.Errorf("status %d: host must be left for later", st)
		}
	}
	if d := parseRobots(200, []byte("User-agent: *\nCrawl-delay: 86400\n"), "vnnews").CrawlDelay; d != maxCrawlDelay {
		t.Errorf("huge Crawl-delay %v not capped", d)
	}
	if agentToken("vnnews/1.0 (+https://example.org)") != "vnnews" {
		t.Error("agent token")
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestParseSitemap(t *testing.T) {
	index := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc> https://x.vn/sm1.xml.gz </loc><lastmod>2024-05-17</lastmod></sitemap>
 <sitemap><loc>https://x.vn/sm2.xml</loc></sitemap>
</sitemapindex>`)
	urlset := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://x.vn/a.html?x=1&amp;y=2</loc><lastmod>2024-05-17T10:20:00+07:00</lastmod><news:news><news:title>Hội nghị</news:title></news:news></url>
 <url><loc>https://x.vn/b.html</loc><lastmod>2024-05-17 10:20:00</lastmod></url>
 <url><lastmod>2024-05-17</lastmod></url>
</urlset>`)
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	for _, tc := range []struct {
		name string
		body []byte
		want sitemap
	}{
		{"index", index, sitemap{Index: true, Entries: []sitemapEntry{
			{"https://x.vn/sm1.xml.gz", at("2024-05-17T00:00:00+07:00")}, {"https://x.vn/sm2.xml", time.Time{}}}}},
		{"urlset", urlset, sitemap{Entries: []sitemapEntry{
			{"https://x.vn/a.html?x=1&y=2", at("2024-05-17T10:20:00+07:00")}, {"https://x.vn/b.html", at("2024-05-17T10:20:00+07:00")}}}},
		{"gzipped", gz(urlset), sitemap{Entries: []sitemapEntry{
			{"https://x.vn/a.html?x=1&y=2", at("2024-05-17T10:20:00+07:00")}, {"https://x.vn/b.html", at("2024-05-17T10:20:00+07:00")}}}},
		{"text", []byte("\xef\xbb\xbfhttps://x.vn/a.html\r\n\nnot a url\nhttp://x.vn/b.html\n"), sitemap{Entries: []sitemapEntry{
			{Loc: "https://x.vn/a.html"}, {Loc: "http://x.vn/b.html"}}}},
		{"truncated", urlset[:len(urlset)-120], sitemap{Entries: []sitemapEntry{
			{"https://x.vn/a.html?x=1&y=2", at("2024-05-17T10:20:00+07:00")}}}},
	} {
		got, err := parseSitemap(tc.body)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(got.Entries) != len(tc.want.Entries) || got.Index != tc.want.Index {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
			continue
		}
		for i := range got.Entries {
			if got.Entries[i].Loc != tc.want.Entries[i].Loc || !got.Entries[i].Lastmod.Equal(tc.want.Entries[i].Lastmod) {
				t.Errorf("%s: entry %d = %+v, want %+v", tc.name, i, got.Entries[i], tc.want.Entries[i])
			}
		}
	}
	if _, err := parseSitemap([]byte("<html><body>not a sitemap</body></html>")); err == nil {
		t.Error("an HTML page parsed as a sitemap")
	}
}

func TestParseFeed(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://x.vn/a.html</link><pubDate>Fri, 17 May 2024 10:20:00 +0700</pubDate></item>
<item><title>B</title><link>https://x.vn/b.html</link></item></channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link href="https://x.vn/a.html"/><published>2024-05-17T10:20:00+07:00</published><updated>2024-05-18T08:00:00+07:00</updated></entry></feed>`
	items, err := parseFeed([]byte(rss))
	if err != nil || len(items) != 2 || items[0].Loc != "https://x.vn/a.html" || items[0].Lastmod.Unix() != 1715916000 || !items[1].Lastmod.IsZero() {
		t.Errorf("RSS: %+v %v", items, err)
	}
	items, err = parseFeed([]byte(atom))
	if err != nil || len(items) != 1 || items[0].Loc != "https://x.vn/a.html" || items[0].Lastmod.Day() != 18 {
		t.Errorf("Atom: %+v %v", items, err)
	}
	if _, err := parseFeed([]byte("<html></html>")); err == nil {
		t.Error("HTML parsed as a feed")
	}
}

func TestExtractLinks(t *testing.T) {
	page := []byte(`<html><head><base href="https://x.vn/tin-tuc/">
<link rel="canonical" href="/tin-tuc/bai-viet.html?utm_source=fb">
<link rel="alternate" type="application/rss+xml" href="/rss/tin-moi.rss">
<link rel="stylesheet" href="/style.css"><link rel="next" href="trang-2"></head><body>
<a href="a.html">a</a> <a href="A.html#c">dup?</a> <a href="a.html#c">dup</a> <a href="mailto:x@x.vn">m</a>
<a href="javascript:alert(1)">j</a> <a href="https://other.vn/x">o</a> <a rel="nofollow sponsored" href="/ad">ad</a>
<area href="/map.html"><A HREF="/upper.html">u</A><a href="
 /tin-tuc/xuong-dong.html ">nl</a></body></html>`)
	got := extractLinks("https://x.vn/tin-tuc/bai-viet.html", page)
	want := pageLinks{
		Links: []string{"https://x.vn/tin-tuc/trang-2", "https://x.vn/tin-tuc/a.html", "https://x.vn/tin-tuc/A.html",
			"https://other.vn/x", "https://x.vn/map.html", "https://x.vn/upper.html", "https://x.vn/tin-tuc/xuong-dong.html"},
		Feeds:     []string{"https://x.vn/rss/tin-moi.rss"},
		Canonical: "https://x.vn/tin-tuc/bai-viet.html",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if !extractLinks("https://x.vn/", []byte(`<meta name="robots" content="noindex, nofollow">`)).NoFollow {
		t.Error("meta robots nofollow not seen")
	}
}

func FuzzExtractLinks(f *testing.F) {
	f.Add([]byte(`<base href="/x/"><a href="../a.html?utm_source=1#x">a</a><link rel=canonical href=//y.vn/c>`))
	f.Add([]byte(`<a href=javascript:x><area href="http://[::1]:80/"><a href="%zz">`))
	f.Fuzz(func(t *testing.T, body []byte) {
		pl := extractLinks("https://x.vn/tin-tuc/bai.html", body)
		for _, l := range append(append(pl.Links, pl.Feeds...), pl.Canonical) {
			if l == "" {
				continue
			}
			if n, ok := Normalize(nil, l); !ok || n != l {
				t.Fatalf("link %q is not normalised", l)
			}
		}
		if len(pl.Links)+len(pl.Feeds) > maxLinksPerPage {
			t.Fatalf("%d links", len(pl.Links))
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://x.vn/a</loc><lastmod>2024-05-17</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://x.vn/s.xml</loc></sitemap></sitemapindex>`))
	f.Add(gz([]byte(`<urlset><url><loc>https://x.vn/a</loc></url></urlset>`)))
	f.Add([]byte("https://x.vn/a\nhttps://x.vn/b"))
	f.Fuzz(func(t *testing.T, body []byte) {
		sm, err := parseSitemap(body)
		if err != nil {
			return
		}
		if len(sm.Entries) > maxSitemapEntries {
			t.Fatalf("%d entries", len(sm.Entries))
		}
		for _, e := range sm.Entries {
			if e.Loc == "" {
				t.Fatal("empty location")
			}
		}
	})
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\nSitemap: https://x.vn/s.xml\n"))
	f.Add([]byte("Crawl-delay: 5\nUser-agent: vnnews\nDisallow: /*?page=\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		r := parseRobots(200, body, "vnnews")
		if r.CrawlDelay < 0 || r.CrawlDelay > maxCrawlDelay {
			t.Fatalf("crawl delay %v", r.CrawlDelay)
		}
		r.Allowed("https://x.vn/tin-tuc/a.html?page=2")
		_ = strings.Join(r.Sitemaps, "")
	})
}
