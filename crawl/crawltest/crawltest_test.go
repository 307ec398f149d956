package crawltest_test

import (
	"bufio"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/crawl/crawltest"
)

// sampleDir holds the bundled sample sites.
const sampleDir = "../../testdata/sites"

func serveSamples(t testing.TB) *crawltest.Sites {
	t.Helper()
	s, err := crawltest.Serve(sampleDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func get(t *testing.T, u string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestFileName(t *testing.T) {
	for _, c := range []struct{ p, q, want string }{
		{"/", "", ""},
		{"/tin-tuc", "", "tin-tuc"},
		{"/tin-tuc/", "", "tin-tuc"},
		{"/tin-tuc", "cur=2", "tin-tuc__cur=2"},
		{"/Pages/chi-tiet.aspx", "ItemID=123", "Pages/chi-tiet.aspx__ItemID=123"},
		{"/Default.aspx", "tabid=63&ndid=3581", "Default.aspx__ndid=3581&tabid=63"},
		{"/Default.aspx", "ndid=3581&tabid=63", "Default.aspx__ndid=3581&tabid=63"},
		{"/a/../../etc/passwd", "", "etc/passwd"},
		{"/tim-kiem", "q=k%E1%BA%BFt+lu%E1%BA%ADn", "tim-kiem__q=k%E1%BA%BFt+lu%E1%BA%ADn"},
	} {
		got, ok := crawltest.FileName(c.p, c.q)
		if !ok || got != c.want {
			t.Errorf("FileName(%q, %q) = %q, %v; want %q", c.p, c.q, got, ok, c.want)
		}
	}
	if _, ok := crawltest.FileName("/x", "a=%zz"); ok {
		t.Errorf("FileName accepted a malformed query")
	}
}

// urlOf returns the URL path that serves the file f of a site (the
// inverse of the package's rule).
func urlOf(f string) string {
	if strings.Contains(f, "__") {
		return "/" + strings.Replace(strings.TrimSuffix(f, ".html"), "__", "?", 1)
	}
	if f == "index.html" {
		return "/"
	}
	if d, ok := strings.CutSuffix(f, "/index.html"); ok {
		return "/" + d + "/"
	}
	return "/" + f
}

// TestServeSamples checks that every sample site serves its home page,
// robots.txt, sitemaps and feeds (with {{base}} substituted) and every file
// it holds, with the right types.
func TestServeSamples(t *testing.T) {
	s := serveSamples(t)
	if got := len(s.IDs()); got < 4 {
		t.Fatalf("%d sample sites, want at least 4", got)
	}
	arts, err := crawltest.ReadArticles(sampleDir)
	if err != nil {
		t.Fatal(err)
	}
	perSite := make(map[string]int)
	for _, a := range arts {
		perSite[a.Site]++
	}
	for id, base := range s.URLs() {
		t.Run(id, func(t *testing.T) {
			if perSite[id] < 10 {
				t.Errorf("%d articles in %s, want at least 10", perSite[id], crawltest.ArticlesFile)
			}
			_, charsetErr := os.Stat(path.Join(sampleDir, id, "charset"))
			resp, body := get(t, base+"/")
			ct := resp.Header.Get("Content-Type")
			if resp.StatusCode != 200 || !strings.HasPrefix(ct, "text/html") {
				t.Fatalf("home: %d %q", resp.StatusCode, ct)
			}
			if hasCharset := strings.Contains(ct, "charset="); hasCharset != (charsetErr == nil) {
				t.Errorf("home Content-Type %q; charset file present: %v", ct, charsetErr == nil)
			}
			if strings.Contains(body, crawltest.Placeholder) {
				t.Errorf("home page still holds %s", crawltest.Placeholder)
			}

			resp, robots := get(t, base+"/robots.txt")
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
				t.Fatalf("robots.txt: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			if len(disallowed(robots)) == 0 {
				t.Errorf("robots.txt disallows nothing")
			}
			sitemaps := 0
			for line := range strings.Lines(robots) {
				if v, ok := strings.CutPrefix(strings.TrimSpace(line), "Sitemap:"); ok {
					sitemaps++
					if !strings.HasPrefix(strings.TrimSpace(v), base+"/") {
						t.Errorf("robots.txt Sitemap %q is not on %s", v, base)
					}
				}
			}

			// Every file is served, text files with {{base}} replaced.
			feeds := 0
			err := fs.WalkDir(os.DirFS(path.Join(sampleDir, id)), ".", func(f string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || f == "site.toml" || f == "charset" {
					return err
				}
				resp, body := get(t, base+urlOf(f))
				if resp.StatusCode != 200 {
					t.Errorf("%s (%s): %d", urlOf(f), f, resp.StatusCode)
					return nil
				}
				if strings.Contains(body, crawltest.Placeholder) {
					t.Errorf("%s still holds %s", f, crawltest.Placeholder)
				}
				if strings.HasSuffix(f, ".xml") {
					feeds++
					ct := resp.Header.Get("Content-Type")
					if ct != "application/xml" && ct != "application/rss+xml" {
						t.Errorf("%s: Content-Type %q", f, ct)
					}
					if !strings.Contains(body, "<loc>"+base+"/") && !strings.Contains(body, "<link>"+base+"/") {
						t.Errorf("%s: no absolute URL on %s", f, base)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if feeds == 0 {
				t.Errorf("no sitemap or feed")
			}
			if sitemaps == 0 && !strings.Contains(body, `type="application/rss+xml"`) {
				t.Errorf("neither a robots.txt Sitemap line nor a feed link on the home page")
			}

			for _, a := range arts {
				if a.Site != id {
					continue
				}
				resp, body := get(t, a.URL(base))
				if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
					t.Errorf("article %s: %d %q", a.Path, resp.StatusCode, resp.Header.Get("Content-Type"))
				}
				if len(body) < 3000 {
					t.Errorf("article %s: only %d bytes", a.Path, len(body))
				}
			}

			for _, p := range []string{"/khong-ton-tai.html", "/site.toml", "/charset", "/tin-tuc/khong-co-bai-nay", "/?p=999999"} {
				if resp, _ := get(t, base+p); resp.StatusCode != 404 {
					t.Errorf("%s: %d, want 404", p, resp.StatusCode)
				}
			}
		})
	}
}

func TestServeDetails(t *testing.T) {
	s := serveSamples(t)
	lb := s.URL("longbien")
	if lb == "" {
		t.Fatal("no longbien site")
	}
	// Query order does not matter; the header names no charset.
	r1, b1 := get(t, lb+"/Default.aspx?tabid=63&ndid=3581")
	r2, b2 := get(t, lb+"/Default.aspx?ndid=3581&tabid=63")
	if r1.StatusCode != 200 || r2.StatusCode != 200 || b1 != b2 {
		t.Fatalf("query order changed the answer: %d %d", r1.StatusCode, r2.StatusCode)
	}
	if ct := r1.Header.Get("Content-Type"); ct != "text/html" {
		t.Errorf("windows-1258 page Content-Type %q, want text/html", ct)
	}
	if !strings.Contains(b1, "charset=windows-1258") {
		t.Errorf("windows-1258 page has no meta charset")
	}
	// Conditional requests.
	etag := r1.Header.Get("ETag")
	if etag == "" || r1.Header.Get("Last-Modified") == "" {
		t.Fatalf("no validators: ETag %q Last-Modified %q", etag, r1.Header.Get("Last-Modified"))
	}
	if r, _ := get(t, lb+"/Default.aspx?tabid=63&ndid=3581", "If-None-Match", etag); r.StatusCode != 304 {
		t.Errorf("If-None-Match: %d, want 304", r.StatusCode)
	}
	if r, _ := get(t, lb+"/Default.aspx?tabid=63&ndid=3581", "If-Modified-Since", r1.Header.Get("Last-Modified")); r.StatusCode != 304 {
		t.Errorf("If-Modified-Since: %d, want 304", r.StatusCode)
	}
	// A site with a charset file names it.
	if bq := s.URL("baoquangninh"); bq != "" {
		r, _ := get(t, bq+"/")
		if ct := r.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("baoquangninh Content-Type %q", ct)
		}
	}
	// Sites are distinct hosts.
	hosts := make(map[string]bool)
	for _, u := range s.URLs() {
		hosts[u] = true
	}
	if len(hosts) != len(s.IDs()) {
		t.Errorf("sites share a base URL: %v", s.URLs())
	}
	// Requests are logged with their answers.
	found := false
	for _, r := range s.Requests() {
		if r.Site == "longbien" && r.Path == "/Default.aspx?tabid=63&ndid=3581" && r.Status == 304 {
			found = true
		}
	}
	if !found {
		t.Errorf("request log lacks the 304: %v", s.Requests())
	}
}

func TestSitesTOML(t *testing.T) {
	s := serveSamples(t)
	cfg, err := s.Config()
	if err != nil {
		t.Fatalf("%v\n%s", err, s.SitesTOML())
	}
	if !cfg.AllowPrivate {
		t.Errorf("allow_private not set")
	}
	if len(cfg.Sites) != len(s.IDs()) {
		t.Fatalf("%d sites in the file, %d served", len(cfg.Sites), len(s.IDs()))
	}
	for _, site := range cfg.Sites {
		if site.Name == "" || site.Name == site.ID || site.Province == "" {
			t.Errorf("site %s: name %q province %q", site.ID, site.Name, site.Province)
		}
		if len(site.Start) != 1 || site.Start[0] != s.URL(site.ID)+"/" {
			t.Errorf("site %s: start %v", site.ID, site.Start)
		}
		if site.Delay != 0 {
			t.Errorf("site %s: delay %v", site.ID, site.Delay)
		}
	}
}

// disallowed returns the Disallow prefixes of the "User-agent: *" group.
func disallowed(robots string) []string {
	var out []string
	star := false
	sc := bufio.NewScanner(strings.NewReader(robots))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "user-agent":
			star = v == "*"
		case "disallow":
			if star && v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

func TestFindSamples(t *testing.T) {
	dir, err := crawltest.FindSamples()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := filepath.Abs(sampleDir)
	if dir != want {
		t.Errorf("FindSamples() = %s, want %s", dir, want)
	}
}

func TestSitesTOMLQuoting(t *testing.T) {
	s := serveSamples(t)
	toml := s.SitesTOML()
	for _, want := range []string{`id = "kienan"`, `province = "Hải Phòng"`, `article = '[?&]ndid=\d+'`, `delay = "0s"`, "allow_private = true"} {
		if !strings.Contains(toml, want) {
			t.Errorf("sites file lacks %s:\n%s", want, toml)
		}
	}
}
