package crawl

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/extract/gazetteer"
)

// TestShippedSitesFile parses and validates the shipped sites.toml (it
// never fetches anything): unique ids and hosts, https home pages, a known
// province for every site, polite limits and a user agent to edit.
func TestShippedSitesFile(t *testing.T) {
	cfg, err := LoadSites("sites.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sites) < 20 {
		t.Errorf("%d sites, want at least 20", len(cfg.Sites))
	}
	if cfg.AllowPrivate {
		t.Errorf("allow_private is set in the shipped file")
	}
	if cfg.UserAgent == DefaultUserAgent || !strings.Contains(cfg.UserAgent, "(+https://") || agentToken(cfg.UserAgent) != "vnnews" {
		t.Errorf("user_agent %q: want a vnnews agent with a contact URL to edit", cfg.UserAgent)
	}
	known := make(map[string]bool)
	for _, p := range gazetteer.Provinces() {
		known[p.Name] = true
	}
	for _, m := range gazetteer.Mergers() {
		known[m.Name] = true
	}
	ids := make(map[string]bool)
	hosts := make(map[string]string)
	provinces := make(map[string]bool)
	for _, s := range cfg.Sites {
		if ids[s.ID] {
			t.Errorf("id %q used twice", s.ID)
		}
		ids[s.ID] = true
		if s.Name == "" {
			t.Errorf("site %s: no name", s.ID)
		}
		if !known[s.Province] {
			t.Errorf("site %s: province %q is none of the 63 provinces of March 2025 or the 34 of July 2025", s.ID, s.Province)
		}
		provinces[s.Province] = true
		if len(s.Start) == 0 {
			t.Errorf("site %s: no start page", s.ID)
		}
		for _, raw := range s.Start {
			u, err := url.Parse(raw)
			if err != nil || u.Scheme != "https" || u.Path != "/" || u.RawQuery != "" {
				t.Errorf("site %s: start %q is not an https home page", s.ID, raw)
				continue
			}
			host := strings.TrimPrefix(u.Host, "www.")
			if other, ok := hosts[host]; ok {
				t.Errorf("sites %s and %s both start on %s", other, s.ID, host)
			}
			hosts[host] = s.ID
		}
		if len(s.Sitemaps) > 0 || len(s.Feeds) > 0 {
			t.Errorf("site %s: lists sitemaps or feeds; discovery finds them", s.ID)
		}
		if s.Delay < 2*time.Second {
			t.Errorf("site %s: delay %v, want at least 2s", s.ID, s.Delay)
		}
		if s.MaxPages > 1000 {
			t.Errorf("site %s: max_pages %d is not modest", s.ID, s.MaxPages)
		}
	}
	if len(provinces) < 15 {
		t.Errorf("%d provinces covered, want at least 15", len(provinces))
	}
}
