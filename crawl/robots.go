package crawl

import (
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// maxCrawlDelay caps a robots.txt Crawl-delay, so that a hostile value
// cannot stall a run.
const maxCrawlDelay = time.Minute

// robotsRules is what one host's robots.txt says to our user agent.
type robotsRules struct {
	// Unavailable is set when robots.txt answered 5xx or not at all: the
	// host is not crawled this run.
	Unavailable bool
	group       *robotstxt.Group // nil: everything allowed
	CrawlDelay  time.Duration
	Sitemaps    []string
}

// agentToken returns the product token of a User-Agent ("vnnews" for
// "vnnews/1.0 (+https://...)"), which robots.txt groups are matched to.
func agentToken(ua string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(ua), " ")
	tok, _, _ = strings.Cut(tok, "/")
	return strings.ToLower(tok)
}

// parseRobots reads a robots.txt answer. A 4xx answer allows everything;
// a 5xx answer or none (status 0) makes the host unavailable this run. A
// file with syntax errors is read as allowing everything, as major
// crawlers do with what they cannot understand.
func parseRobots(status int, body []byte, agent string) robotsRules {
	switch {
	case status == 0 || status >= 500:
		return robotsRules{Unavailable: true}
	case status >= 400:
		return robotsRules{}
	case status < 200 || status >= 300 && status != 304:
		return robotsRules{}
	}
	data, err := robotstxt.FromBytes(body)
	if err != nil || data == nil {
		return robotsRules{}
	}
	r := robotsRules{group: data.FindGroup(agent), Sitemaps: data.Sitemaps}
	r.CrawlDelay = min(r.group.CrawlDelay, maxCrawlDelay)
	return r
}

// Allowed reports whether the normalised URL u may be fetched.
func (r robotsRules) Allowed(u string) bool {
	if r.Unavailable {
		return false
	}
	if r.group == nil {
		return true
	}
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	p := pu.EscapedPath()
	if pu.RawQuery != "" {
		p += "?" + pu.RawQuery
	}
	return r.group.Test(p)
}

// robotsURL returns the robots.txt URL of the host of normalised URL u.
func robotsURL(u string) string {
	scheme, _, _ := strings.Cut(u, "://")
	return scheme + "://" + hostOf(u) + "/robots.txt"
}
