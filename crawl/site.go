package crawl

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// frontierBatch is how many queued URLs a site worker reads at a time.
const frontierBatch = 32

// siteRun crawls one site: it works through the site's frontier one URL
// at a time (so one connection per host), discovering more as it goes.
type siteRun struct {
	c        *Crawler
	f        *Fetcher
	site     *Site
	agent    string
	scope    Scope
	robots   map[string]robotsRules // by scheme://host
	patterns map[string]int         // listing pages fetched per URL shape
	fetched  int                    // requests this run (resumed runs included)
	sum      *SiteSummary
}

func (sr *siteRun) maxPages() int {
	if sr.c.opts.MaxPages > 0 {
		return sr.c.opts.MaxPages
	}
	return sr.site.MaxPages
}

func (sr *siteRun) run(ctx context.Context) error {
	st := sr.c.store
	fetched, _, err := st.frontierCounts(ctx, sr.site.ID)
	if err != nil {
		return err
	}
	sr.fetched = fetched
	var seeds []entry
	for _, u := range sr.site.Start {
		seeds = append(seeds, entry{URL: u, Site: sr.site.ID, Kind: KindListing})
	}
	for _, u := range sr.site.Sitemaps {
		seeds = append(seeds, entry{URL: u, Site: sr.site.ID, Kind: KindSitemap})
	}
	for _, u := range sr.site.Feeds {
		seeds = append(seeds, entry{URL: u, Site: sr.site.ID, Kind: KindFeed})
	}
	added, err := st.enqueue(ctx, seeds)
	if err != nil {
		return err
	}
	sr.c.report(0, added, 0)
	for _, e := range seeds {
		if _, err := sr.robotsFor(ctx, e.URL); err != nil {
			return err
		}
	}
	for {
		batch, err := st.nextEntries(ctx, sr.site.ID, frontierBatch)
		if err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, e := range batch {
			if sr.fetched >= sr.maxPages() {
				sr.sum.Budget = true
				sr.c.log.Info("max_pages reached", "site", sr.site.ID, "max_pages", sr.maxPages())
				return nil
			}
			if err := sr.process(ctx, e); err != nil {
				return err
			}
		}
	}
}

// skip records that e is not fetched this run.
func (sr *siteRun) skip(ctx context.Context, e entry, reason string) error {
	if _, _, err := sr.c.store.commit(ctx, &pageCommit{Entry: e, State: stateSkipped}); err != nil {
		return err
	}
	sr.sum.Skipped++
	sr.c.report(0, -1, 0)
	sr.c.log.Debug("skip", "site", sr.site.ID, "url", e.URL, "reason", reason)
	return nil
}

// due reports whether an article captured before should be fetched again:
// when its last fetch failed and the retry time has come, or when a
// sitemap or feed dates it after the capture.
func due(prev Capture, e entry, now time.Time) bool {
	if prev.Error != "" || prev.Hash == "" {
		return !prev.NextRetry.After(now)
	}
	if e.Lastmod.IsZero() {
		return false
	}
	ref := prev.Lastmod
	if ref.IsZero() {
		ref = prev.BodyAt
	}
	return e.Lastmod.After(ref)
}

// process fetches (or skips) one frontier entry and records the outcome
// together with what it discovered, in one transaction.
func (sr *siteRun) process(ctx context.Context, e entry) error {
	st := sr.c.store
	rules, err := sr.robotsFor(ctx, e.URL)
	if err != nil {
		return err
	}
	if rules.Unavailable {
		sr.sum.Unavailable = true
		return sr.skip(ctx, e, "robots.txt unavailable")
	}
	if !rules.Allowed(e.URL) {
		return sr.skip(ctx, e, "disallowed by robots.txt")
	}
	if e.Kind == KindListing {
		p := pathPattern(e.URL)
		sr.patterns[p]++
		if sr.patterns[p] > sr.c.opts.PatternCap {
			return sr.skip(ctx, e, "too many listing pages of this shape")
		}
	}
	prev, have, err := st.getMeta(ctx, e.URL)
	if err != nil {
		return err
	}
	if e.Kind == KindArticle && have && !due(prev, e, time.Now()) {
		return sr.skip(ctx, e, "already captured")
	}
	req := Request{URL: e.URL, Delay: max(sr.site.Delay, rules.CrawlDelay),
		HTMLOnly: e.Kind == KindArticle || e.Kind == KindListing}
	if have && prev.Hash != "" {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	resp, ferr := sr.f.Fetch(ctx, req)
	if ctx.Err() != nil {
		return ctx.Err() // not recorded: the next run fetches it again
	}
	sr.fetched++
	sr.sum.Fetched++
	now := time.Now()
	cp := &Capture{URL: e.URL, FinalURL: resp.FinalURL, Site: sr.site.ID, Kind: e.Kind, Status: resp.Status,
		FetchedAt: now, Lastmod: e.Lastmod}
	pc := &pageCommit{Entry: e, State: stateDone, Fetched: true, Capture: cp}
	var body []byte
	switch {
	case ferr == nil && resp.Status == 304 && have && prev.Hash != "":
		cp.ETag, cp.LastModified = resp.ETag, resp.LastModified
		if e.Kind != KindArticle { // listings are read again for their links
			full, _, err := st.Get(ctx, e.URL)
			if err != nil {
				return err
			}
			body = full.Body
		}
	case ferr == nil && resp.Status >= 200 && resp.Status <= 299:
		cp.ETag, cp.LastModified, cp.ContentType, cp.Charset = resp.ETag, resp.LastModified, resp.ContentType, resp.Charset
		cp.Body = resp.Body
		body = resp.Body
	default:
		cp.Error = failureText(resp, ferr)
		cp.NextRetry = nextRetry(now, resp, ferr, prev.Attempts)
	}
	base := e.URL
	if resp.FinalURL != "" {
		base = resp.FinalURL
		if n, ok := Normalize(nil, resp.FinalURL); ok && n != e.URL && sr.scope.Contains(n) {
			pc.Aliases = append(pc.Aliases, n)
		}
	}
	if body != nil {
		sr.discover(e, base, body, pc)
	}
	out, added, err := st.commit(context.WithoutCancel(ctx), pc)
	if err != nil {
		return err
	}
	failed := 0
	if out == OutcomeFailed {
		failed = 1
		sr.sum.Failed++
		sr.c.log.Warn("fetch failed", "site", sr.site.ID, "url", e.URL, "kind", e.Kind, "err", cp.Error,
			"attempts", resp.Attempts)
	} else {
		sr.sum.ok++
		if e.Kind == KindArticle {
			switch {
			case out == OutcomeNew && cp.DuplicateOf != "":
				sr.sum.Duplicates++
			case out == OutcomeNew:
				sr.sum.New++
			case out == OutcomeChanged:
				sr.sum.Changed++
			default:
				sr.sum.Unchanged++
			}
		}
		sr.c.log.Debug("fetched", "site", sr.site.ID, "url", e.URL, "kind", e.Kind, "status", resp.Status)
	}
	sr.c.report(1, added-1, failed)
	return nil
}

// discover reads the URLs a fetched body leads to into pc.
func (sr *siteRun) discover(e entry, base string, body []byte, pc *pageCommit) {
	depth := e.Depth + 1
	addPage := func(raw string, lastmod time.Time) {
		n, ok := Normalize(nil, raw)
		if !ok || !sr.scope.Contains(n) || !isPageURL(n) {
			return
		}
		pc.Links = append(pc.Links, entry{URL: n, Site: sr.site.ID, Kind: classify(sr.site, n), Depth: depth,
			From: e.URL, Lastmod: lastmod})
	}
	switch e.Kind {
	case KindSitemap:
		sm, err := parseSitemap(body)
		if err != nil {
			sr.c.log.Warn("unreadable sitemap", "site", sr.site.ID, "url", e.URL, "err", err)
		}
		for _, it := range sm.Entries {
			if !sm.Index {
				addPage(it.Loc, it.Lastmod)
				continue
			}
			if n, ok := Normalize(nil, it.Loc); ok && sr.scope.Contains(n) {
				// A sitemap index's sitemaps are no farther from the
				// site than the index: their pages come first.
				pc.Links = append(pc.Links, entry{URL: n, Site: sr.site.ID, Kind: KindSitemap, Depth: e.Depth, From: e.URL})
			}
		}
	case KindFeed:
		items, err := parseFeed(body)
		if err != nil {
			sr.c.log.Warn("unreadable feed", "site", sr.site.ID, "url", e.URL, "err", err)
		}
		for _, it := range items {
			addPage(it.Loc, it.Lastmod)
		}
	case KindArticle, KindListing:
		pl := extractLinks(base, body)
		if e.Kind == KindArticle && pl.Canonical != "" && pl.Canonical != e.URL && sr.scope.Contains(pl.Canonical) &&
			pc.Capture != nil {
			pc.Capture.Canonical = pl.Canonical
			if sameDocument(pl.Canonical, e.URL) {
				pc.Capture.trustCanonical = true
				pc.Aliases = append(pc.Aliases, pl.Canonical)
			}
		}
		for _, f := range pl.Feeds {
			if sr.scope.Contains(f) {
				pc.Links = append(pc.Links, entry{URL: f, Site: sr.site.ID, Kind: KindFeed, Depth: depth, From: e.URL})
			}
		}
		if pl.NoFollow || e.Depth >= sr.c.opts.MaxDepth {
			return
		}
		for _, l := range pl.Links {
			addPage(l, time.Time{})
		}
	}
}

// sameDocument reports whether a canonical URL names the page itself up to
// its scheme, "www.", or query: a print view, a tracking variant. Only such
// a canonical is trusted to merge pages; portals whose template points every
// article's canonical at one page must not lose their articles.
func sameDocument(canonical, u string) bool {
	path := func(s string) string {
		p, err := url.Parse(s)
		if err != nil {
			return s
		}
		return strings.TrimSuffix(p.EscapedPath(), "/")
	}
	return path(canonical) == path(u) && strings.TrimPrefix(hostOf(canonical), "www.") == strings.TrimPrefix(hostOf(u), "www.")
}

// robotsFor returns the robots.txt rules for the host of u, fetching the
// file once per host and run (a resumed run reads it from the store).
func (sr *siteRun) robotsFor(ctx context.Context, u string) (robotsRules, error) {
	ru := robotsURL(u)
	if r, ok := sr.robots[ru]; ok {
		return r, nil
	}
	st := sr.c.store
	state, err := st.frontierState(ctx, ru)
	if err != nil {
		return robotsRules{}, err
	}
	prev, have, err := st.Get(ctx, ru)
	if err != nil {
		return robotsRules{}, err
	}
	var rules robotsRules
	if state == stateDone && have {
		status := prev.Status
		if status == 304 {
			status = 200
		}
		rules = parseRobots(status, prev.Body, sr.agent)
	} else {
		req := Request{URL: ru, Delay: sr.site.Delay}
		if have && prev.Hash != "" {
			req.ETag, req.LastModified = prev.ETag, prev.LastModified
		}
		resp, ferr := sr.f.Fetch(ctx, req)
		if ctx.Err() != nil {
			return robotsRules{}, ctx.Err()
		}
		now := time.Now()
		cp := &Capture{URL: ru, FinalURL: resp.FinalURL, Site: sr.site.ID, Kind: KindRobots, Status: resp.Status, FetchedAt: now}
		status, body := resp.Status, resp.Body
		switch {
		case ferr == nil && status == 304 && prev.Hash != "":
			status, body = 200, prev.Body
		case ferr == nil && status >= 200 && status <= 299:
			cp.ETag, cp.LastModified, cp.ContentType, cp.Charset = resp.ETag, resp.LastModified, resp.ContentType, resp.Charset
			cp.Body = resp.Body
		case ferr != nil:
			status = 0
			cp.Error = ferr.Error()
		default:
			cp.Error = failureText(resp, nil)
		}
		pc := &pageCommit{Entry: entry{URL: ru, Site: sr.site.ID, Kind: KindRobots}, State: stateDone, Fetched: true, Capture: cp}
		if _, _, err := st.commit(context.WithoutCancel(ctx), pc); err != nil {
			return robotsRules{}, err
		}
		sr.fetched++
		sr.sum.Fetched++
		rules = parseRobots(status, body, sr.agent)
		if rules.Unavailable {
			sr.sum.Failed++
			sr.c.log.Warn("robots.txt unavailable; host left for a later run", "site", sr.site.ID, "url", ru,
				"status", resp.Status, "err", ferr)
			sr.c.report(1, 0, 1)
		} else {
			sr.sum.ok++
			sr.c.report(1, 0, 0)
		}
	}
	sr.robots[ru] = rules
	var maps []entry
	for _, sm := range rules.Sitemaps {
		if n, ok := Normalize(nil, sm); ok && sr.scope.Contains(n) {
			maps = append(maps, entry{URL: n, Site: sr.site.ID, Kind: KindSitemap, From: ru})
		}
	}
	if len(maps) > 0 {
		added, err := st.enqueue(ctx, maps)
		if err != nil {
			return robotsRules{}, err
		}
		sr.c.report(0, added, 0)
	}
	return rules, nil
}
