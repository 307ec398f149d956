package crawl

import (
	"strings"
	"testing"
	"time"
)

func TestParseSites(t *testing.T) {
	cfg, err := ParseSites(strings.NewReader(`
user_agent = "vnnews/1.0 (+https://example.org/about-vnnews)"
[[site]]
id = "kienan"
name = "Cổng thông tin điện tử quận Kiến An"
province = "Hải Phòng"
start = ["HTTPS://KienAn.example.vn/?utm_source=x"]
sitemaps = ["https://kienan.example.vn/sitemap.xml"]
feeds = ["https://kienan.example.vn/rss"]
article = '/tin-tuc/[^/]+\.html$'
delay = "2s"
max_pages = 100

[[site]]
id = "doson"
start = ["http://doson.example.vn/"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.UserAgent != "vnnews/1.0 (+https://example.org/about-vnnews)" || cfg.AllowPrivate || len(cfg.Sites) != 2 {
		t.Fatalf("%+v", cfg)
	}
	k, d := cfg.Sites[0], cfg.Sites[1]
	if k.Start[0] != "https://kienan.example.vn/" || k.Delay != 2*time.Second || k.MaxPages != 100 ||
		k.Article == nil || !k.Article.MatchString("https://kienan.example.vn/tin-tuc/a.html") || k.Province != "Hải Phòng" {
		t.Errorf("kienan: %+v", k)
	}
	if d.Delay != DefaultDelay || d.MaxPages != DefaultMaxPages || d.Article != nil {
		t.Errorf("defaults: %+v", d)
	}
	cfg, _ = ParseSites(strings.NewReader("[[site]]\nid = \"a\"\nstart = [\"https://a.vn/\"]\n"))
	if cfg.UserAgent != DefaultUserAgent || !strings.Contains(cfg.UserAgent, "https://") {
		t.Errorf("default user agent %q", cfg.UserAgent)
	}
}

func TestParseSitesErrors(t *testing.T) {
	const ok = "[[site]]\nid = \"a\"\nstart = [\"https://a.vn/\"]\n"
	for _, tc := range []struct{ name, file, want string }{
		{"unknown top-level key", "user_agnet = \"x\"\n" + ok, "user_agnet"},
		{"unknown site key", ok + "delya = \"2s\"\n", "delya"},
		{"no sites", "user_agent = \"x\"\n", "no [[site]]"},
		{"empty id", "[[site]]\nid = \"\"\nstart = [\"https://a.vn/\"]\n", "id is empty"},
		{"bad id", "[[site]]\nid = \"a b\"\nstart = [\"https://a.vn/\"]\n", "a b"},
		{"duplicate id", ok + ok, "used twice"},
		{"ftp start", "[[site]]\nid = \"a\"\nstart = [\"ftp://a.vn/\"]\n", "http or https"},
		{"relative start", "[[site]]\nid = \"a\"\nstart = [\"/tin-tuc\"]\n", "http or https"},
		{"nothing to crawl", "[[site]]\nid = \"a\"\n", "nothing to crawl"},
		{"bad regexp", ok + "article = '(['\n", "article"},
		{"bad delay", ok + "delay = \"2 seconds\"\n", "delay"},
		{"negative delay", ok + "delay = \"-1s\"\n", "negative"},
		{"bad max_pages", ok + "max_pages = 0\n", "max_pages"},
		{"wrong type", ok + "max_pages = \"many\"\n", "max_pages"},
		{"not toml", "[[site]\n", "toml"},
	} {
		_, err := ParseSites(strings.NewReader(tc.file))
		if err == nil || !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(tc.want)) {
			t.Errorf("%s: error %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
}
