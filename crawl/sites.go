package crawl

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Defaults for the sites file.
const (
	// DefaultUserAgent names the tool and where to learn about it.
	DefaultUserAgent = "vnnews/1.0 (+https://github.com/vnnews/vnnews)"
	// DefaultDelay is the least time between two requests to one host.
	DefaultDelay = time.Second
	// DefaultMaxPages caps the pages fetched from one site in one run.
	DefaultMaxPages = 5000
)

// Config is a parsed and validated sites file.
type Config struct {
	// UserAgent is sent with every request; it names the tool and a contact URL.
	UserAgent string
	// AllowPrivate lets the crawler reach loopback and private addresses.
	AllowPrivate bool
	// Sites are the sites to crawl, in file order.
	Sites []Site
}

// Site is one configured site.
type Site struct {
	ID       string
	Name     string
	Province string
	Start    []string
	Sitemaps []string
	Feeds    []string
	// Article says which in-scope URLs are articles; nil means the default
	// heuristic (see IsArticleURL).
	Article  *regexp.Regexp
	Delay    time.Duration
	MaxPages int
}

// sitesFile mirrors the TOML layout of the sites file.
type sitesFile struct {
	UserAgent    string     `toml:"user_agent"`
	AllowPrivate bool       `toml:"allow_private"`
	Site         []siteFile `toml:"site"`
}

type siteFile struct {
	ID       string   `toml:"id"`
	Name     string   `toml:"name"`
	Province string   `toml:"province"`
	Start    []string `toml:"start"`
	Sitemaps []string `toml:"sitemaps"`
	Feeds    []string `toml:"feeds"`
	Article  string   `toml:"article"`
	Delay    string   `toml:"delay"`
	MaxPages *int     `toml:"max_pages"`
}

// LoadSites reads and validates the sites file at path.
func LoadSites(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sites file: %w", err)
	}
	defer f.Close()
	cfg, err := ParseSites(f)
	if err != nil {
		return nil, fmt.Errorf("sites file %s: %w", path, err)
	}
	return cfg, nil
}

// ParseSites parses and validates a sites file. Unknown keys are an error,
// so that a typo cannot silently change a crawl.
func ParseSites(r io.Reader) (*Config, error) {
	var raw sitesFile
	md, err := toml.NewDecoder(r).Decode(&raw)
	if err != nil {
		return nil, err
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, fmt.Errorf("unknown key %s", strings.Join(keys, ", "))
	}
	cfg := &Config{UserAgent: strings.TrimSpace(raw.UserAgent), AllowPrivate: raw.AllowPrivate}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if len(raw.Site) == 0 {
		return nil, errors.New("no [[site]] defined")
	}
	seen := make(map[string]bool)
	for i, rs := range raw.Site {
		s, err := rs.validate()
		if err != nil {
			if rs.ID != "" {
				return nil, fmt.Errorf("site %q: %w", rs.ID, err)
			}
			return nil, fmt.Errorf("site #%d: %w", i+1, err)
		}
		if seen[s.ID] {
			return nil, fmt.Errorf("site %q: id used twice", s.ID)
		}
		seen[s.ID] = true
		cfg.Sites = append(cfg.Sites, s)
	}
	return cfg, nil
}

var siteIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

func (rs siteFile) validate() (Site, error) {
	s := Site{ID: strings.TrimSpace(rs.ID), Name: rs.Name, Province: rs.Province,
		Delay: DefaultDelay, MaxPages: DefaultMaxPages}
	if s.ID == "" {
		return s, errors.New("id is empty")
	}
	if !siteIDPattern.MatchString(s.ID) {
		return s, fmt.Errorf("id %q: use letters, digits, '.', '_' and '-'", s.ID)
	}
	if len(rs.Start) == 0 && len(rs.Sitemaps) == 0 && len(rs.Feeds) == 0 {
		return s, errors.New("no start, sitemaps or feeds: nothing to crawl")
	}
	var err error
	if s.Start, err = checkURLs("start", rs.Start); err != nil {
		return s, err
	}
	if s.Sitemaps, err = checkURLs("sitemaps", rs.Sitemaps); err != nil {
		return s, err
	}
	if s.Feeds, err = checkURLs("feeds", rs.Feeds); err != nil {
		return s, err
	}
	if rs.Article != "" {
		re, err := regexp.Compile(rs.Article)
		if err != nil {
			return s, fmt.Errorf("article: %w", err)
		}
		s.Article = re
	}
	if rs.Delay != "" {
		d, err := time.ParseDuration(rs.Delay)
		if err != nil {
			return s, fmt.Errorf("delay: %w", err)
		}
		if d < 0 {
			return s, fmt.Errorf("delay %q is negative", rs.Delay)
		}
		s.Delay = d
	}
	if rs.MaxPages != nil {
		if *rs.MaxPages <= 0 {
			return s, fmt.Errorf("max_pages %d: must be positive", *rs.MaxPages)
		}
		s.MaxPages = *rs.MaxPages
	}
	return s, nil
}

// checkURLs validates absolute http(s) URLs and returns them normalised.
func checkURLs(key string, in []string) ([]string, error) {
	out := make([]string, 0, len(in))
	for _, raw := range in {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return nil, fmt.Errorf("%s: %q is not an absolute http or https URL", key, raw)
		}
		n, ok := Normalize(nil, u.String())
		if !ok {
			return nil, fmt.Errorf("%s: %q cannot be crawled", key, raw)
		}
		out = append(out, n)
	}
	return out, nil
}
