// Package crawl fetches the configured sites politely and incrementally
// into the capture store: robots.txt, sitemaps, feeds and link following
// discover pages; the fetcher paces, limits and retries requests; the
// store (SQLite, DIR/captures.db) keeps every response and the frontier,
// so a killed crawl resumes where it stopped.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Options configures a Crawler. Zero fields take the defaults shown.
type Options struct {
	// Fetch configures the fetcher. An empty UserAgent takes the sites
	// file's; AllowPrivate is also allowed by the sites file.
	Fetch FetchOptions
	// MaxDepth is how many links away from a start page, sitemap or feed
	// pages are followed (default 5).
	MaxDepth int
	// MaxPages, when positive, overrides every site's max_pages.
	MaxPages int
	// Concurrency is how many sites are crawled at once (default 16).
	Concurrency int
	// PatternCap is the most listing pages of one URL shape (digits and
	// query values blanked) fetched per site and run (default 500). It
	// bounds calendars and other endless pagination.
	PatternCap int
	// Logger receives structured progress and failure lines (default: discard).
	Logger *slog.Logger
	// Progress, if set, is told the run's totals after every page.
	Progress Progress
}

// Progress receives a run's running totals: pages fetched, URLs still
// queued, and failures. Calls are serialised.
type Progress interface {
	Update(done, queued, errors int)
}

// SiteSummary counts what one run did for one site. New, Changed,
// Unchanged and Duplicates count articles; Failed counts every URL whose
// fetch failed; Skipped counts URLs not fetched (already captured and not
// changed according to the sitemap or feed, disallowed by robots.txt, or
// over a trap cap).
type SiteSummary struct {
	Site       string
	Fetched    int // requests made (each URL once, retries not counted)
	New        int
	Changed    int
	Unchanged  int
	Duplicates int
	Failed     int
	Skipped    int
	// Unavailable is set when a robots.txt could not be read (5xx or no
	// answer): the host was left for a later run.
	Unavailable bool
	// Budget is set when max_pages stopped the site's crawl.
	Budget bool
	ok     int // fetches that succeeded (2xx or 304)
}

// FailedEntirely reports whether nothing could be fetched from the site.
func (s SiteSummary) FailedEntirely() bool {
	return s.ok == 0 && (s.Failed > 0 || s.Unavailable)
}

// Summary is the outcome of one run.
type Summary struct {
	Resumed bool // the run continued one that had been interrupted
	Sites   []SiteSummary
}

// Crawler crawls the configured sites into a Store.
type Crawler struct {
	store *Store
	opts  Options
	log   *slog.Logger

	mu                     sync.Mutex // guards the totals and Progress calls
	done, queued, failures int
}

// New returns a Crawler writing to store.
func New(store *Store, opts Options) *Crawler {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = 5
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 16
	}
	if opts.PatternCap <= 0 {
		opts.PatternCap = 500
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Crawler{store: store, opts: opts, log: log}
}

// Run crawls every site of cfg once, hosts in parallel, and returns what it
// did per site. When ctx is cancelled, Run stops promptly, leaves the store
// consistent and returns ctx's error; the next Run resumes the interrupted
// run instead of starting a new one.
func (c *Crawler) Run(ctx context.Context, cfg *Config) (Summary, error) {
	fo := c.opts.Fetch
	if fo.UserAgent == "" {
		fo.UserAgent = cfg.UserAgent
	}
	fo.AllowPrivate = fo.AllowPrivate || cfg.AllowPrivate
	fetcher := NewFetcher(fo)
	defer fetcher.Close()

	runID, resumed, err := c.store.beginRun(ctx)
	if err != nil {
		return Summary{}, err
	}
	sum := Summary{Resumed: resumed, Sites: make([]SiteSummary, len(cfg.Sites))}
	if resumed {
		c.log.Info("resuming interrupted crawl run", "run", runID)
	}
	c.done, c.queued, c.failures = 0, 0, 0
	for _, s := range cfg.Sites {
		_, q, err := c.store.frontierCounts(ctx, s.ID)
		if err != nil {
			return sum, err
		}
		c.queued += q
	}

	sem := make(chan struct{}, c.opts.Concurrency)
	errs := make([]error, len(cfg.Sites))
	var wg sync.WaitGroup
	for i := range cfg.Sites {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[i] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			sr := &siteRun{c: c, f: fetcher, site: &cfg.Sites[i], agent: agentToken(fo.UserAgent),
				scope: NewScope(cfg.Sites[i]), robots: make(map[string]robotsRules), patterns: make(map[string]int),
				sum: &sum.Sites[i]}
			sr.sum.Site = cfg.Sites[i].ID
			errs[i] = sr.run(ctx)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := errors.Join(errs...); err != nil {
		return sum, err
	}
	if err := c.store.finishRun(ctx, runID); err != nil {
		return sum, err
	}
	return sum, nil
}

// report adds to the run's totals and tells Progress.
func (c *Crawler) report(done, queued, failed int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done += done
	c.queued += queued
	c.failures += failed
	if c.opts.Progress != nil {
		c.opts.Progress.Update(c.done, max(c.queued, 0), c.failures)
	}
}

// Retry horizons for failed URLs.
const (
	retryPermanent = 30 * 24 * time.Hour // 404, 410: gone
	retryClient    = 7 * 24 * time.Hour  // other 4xx, too large, not HTML, redirect loops
	retryTransient = time.Hour           // first retry after timeouts, 429, 5xx; doubles per failure
)

// nextRetry decides when a failed URL is tried again.
func nextRetry(now time.Time, resp *Response, err error, attempts int) time.Time {
	if resp != nil && !resp.RetryAt.IsZero() && resp.RetryAt.After(now) {
		return resp.RetryAt
	}
	switch {
	case err != nil && (errors.Is(err, ErrTooLarge) || errors.Is(err, ErrNotHTML) ||
		errors.Is(err, ErrRedirectLoop) || errors.Is(err, ErrTooManyRedirect)):
		return now.Add(retryClient)
	case err != nil && errors.Is(err, ErrBlockedAddress):
		return now.Add(24 * time.Hour)
	case err == nil && (resp.Status == http.StatusNotFound || resp.Status == http.StatusGone):
		return now.Add(retryPermanent)
	case err == nil && resp.Status >= 300 && resp.Status < 500 && resp.Status != http.StatusTooManyRequests:
		return now.Add(retryClient)
	}
	d := retryTransient << min(max(attempts, 0), 8)
	return now.Add(min(d, retryClient))
}

// failureText describes a failed fetch for the capture's error column.
func failureText(resp *Response, err error) string {
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("HTTP %d %s", resp.Status, http.StatusText(resp.Status))
}
