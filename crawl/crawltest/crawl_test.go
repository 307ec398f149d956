package crawltest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/crawl/crawltest"
	"github.com/vnnews/vnnews/extract"
)

// TestCrawlSamples crawls every sample site with the real crawler into a
// temporary store: every article is captured exactly once, nothing else is
// taken for an article, no page robots.txt disallows is requested, every
// captured article extracts to its title, date and facts, and a second
// run finds nothing new.
func TestCrawlSamples(t *testing.T) {
	s := serveSamples(t)
	cfg, err := s.Config()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := crawltest.ReadArticles(sampleDir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := crawl.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	start := time.Now()
	sum, err := crawl.New(st, crawl.Options{}).Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("crawled %d sites in %v", len(sum.Sites), time.Since(start))
	want := make(map[string]crawltest.Article) // by normalised URL
	perSite := make(map[string]int)
	for _, a := range arts {
		u, ok := crawl.Normalize(nil, a.URL(s.URL(a.Site)))
		if !ok {
			t.Fatalf("article URL %s does not normalise", a.URL(s.URL(a.Site)))
		}
		want[u] = a
		perSite[a.Site]++
	}
	for _, ss := range sum.Sites {
		if ss.Failed != 0 || ss.Duplicates != 0 || ss.Budget || ss.Unavailable {
			t.Errorf("site %s: %+v", ss.Site, ss)
		}
		if ss.Skipped == 0 {
			t.Errorf("site %s: nothing skipped, but every sample site links a page robots.txt disallows", ss.Site)
		}
		if ss.New != perSite[ss.Site] {
			t.Errorf("site %s: %d new articles, want %d", ss.Site, ss.New, perSite[ss.Site])
		}
	}

	got := make(map[string]int)
	err = st.Changed(ctx, 0, func(c crawl.Capture) error {
		if c.Kind != crawl.KindArticle {
			return nil
		}
		got[c.URL]++
		a, ok := want[c.URL]
		if !ok {
			t.Errorf("captured as an article but not one: %s", c.URL)
			return nil
		}
		if c.DuplicateOf != "" {
			t.Errorf("%s: duplicate of %s", c.URL, c.DuplicateOf)
		}
		u := c.FinalURL
		if u == "" {
			u = c.URL
		}
		rec, err := extract.Extract(extract.Input{HTML: c.Body, URL: u, Charset: c.Charset})
		if err != nil {
			t.Errorf("%s: extract: %v", c.URL, err)
			return nil
		}
		if rec.Title != a.Title {
			t.Errorf("%s: title %q, want %q", c.URL, rec.Title, a.Title)
		}
		if rec.PublishedDate == nil || *rec.PublishedDate != a.PublishedDate {
			t.Errorf("%s: published_date %v, want %s", c.URL, deref(rec.PublishedDate), a.PublishedDate)
		}
		var dirs []string
		for _, d := range rec.Directives {
			dirs = append(dirs, d.Number)
		}
		if strings.Join(dirs, "|") != strings.Join(a.Directives, "|") {
			t.Errorf("%s: directives %v, want %v", c.URL, dirs, a.Directives)
		}
		if rec.AwardTotals.Collectives != a.Collectives || rec.AwardTotals.Individuals != a.Individuals {
			t.Errorf("%s: award totals %+v, want %d/%d", c.URL, rec.AwardTotals, a.Collectives, a.Individuals)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for u, a := range want {
		if got[u] != 1 {
			t.Errorf("%s (%s) captured %d times, want once", u, a.Title, got[u])
		}
	}

	// robots.txt is obeyed: its disallowed sections were never asked for.
	noGo := make(map[string][]string)
	for _, id := range s.IDs() {
		_, robots := get(t, s.URL(id)+"/robots.txt")
		noGo[id] = disallowed(robots)
	}
	reqs := s.Requests()
	for _, r := range reqs {
		for _, p := range noGo[r.Site] {
			if strings.HasPrefix(r.Path, p) {
				t.Errorf("site %s: disallowed %s requested", r.Site, r.Path)
			}
		}
	}

	// Every site's sitemap or feed was found and read.
	readXML := make(map[string]bool)
	for _, r := range reqs {
		if strings.HasSuffix(r.Path, ".xml") && r.Status == 200 {
			readXML[r.Site] = true
		}
	}
	for _, id := range s.IDs() {
		if !readXML[id] {
			t.Errorf("site %s: no sitemap or feed was read", id)
		}
	}

	// A second run fetches no article again and finds nothing new.
	sum, err = crawl.New(st, crawl.Options{}).Run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, ss := range sum.Sites {
		if ss.New != 0 || ss.Changed != 0 || ss.Failed != 0 {
			t.Errorf("second run, site %s: %+v", ss.Site, ss)
		}
	}
	for _, r := range s.Requests()[len(reqs):] {
		if u, ok := crawl.Normalize(nil, s.URL(r.Site)+r.Path); ok {
			if _, art := want[u]; art {
				t.Errorf("second run fetched article %s again", r.Path)
			}
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}
