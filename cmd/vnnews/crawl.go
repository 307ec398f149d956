package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vnnews/vnnews/crawl"
)

func crawlCmd(logger *slog.Logger) *cobra.Command {
	var sitesPath, dataDir, userAgent string
	var maxPages, depth int
	var wait bool
	cmd := &cobra.Command{
		Use:   "crawl --sites FILE --data DIR",
		Short: "Fetch new and changed pages of the configured sites into the capture store",
		Long: `Crawl fetches the sites of the sites file (robots.txt, sitemaps, feeds and
links from the start pages) into the capture store DIR/captures.db, politely
and incrementally: articles already captured are fetched again only when a
sitemap or feed dates them as changed, and every request is conditional.

An interrupted crawl (Ctrl-C, kill, a crash) is resumed by the next one. Only
one crawl uses a DIR at a time: a second exits with a message (or, with
--wait, waits for the first to finish).

On a terminal a progress bar is shown; otherwise (cron) progress goes to
standard error as structured log lines. A summary per site ends the run.
The exit code is 1 when a site failed entirely (nothing could be fetched)
or the crawl was interrupted, and 2 when the command or the sites file is
wrong.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if sitesPath == "" || dataDir == "" {
				return usageError{errors.New("crawl needs --sites FILE and --data DIR")}
			}
			cfg, err := crawl.LoadSites(sitesPath)
			if err != nil {
				return usageError{err}
			}
			if userAgent != "" {
				cfg.UserAgent = userAgent
			}
			ctx := cmd.Context()
			lock, err := crawl.LockDir(ctx, dataDir, wait)
			if err != nil {
				return err
			}
			defer lock.Unlock()
			st, err := crawl.Open(ctx, dataDir)
			if err != nil {
				return err
			}
			defer st.Close()

			failed, total, err := crawlAndReport(ctx, st, cfg, crawl.Options{MaxPages: maxPages, MaxDepth: depth, Logger: logger}, cmd.ErrOrStderr(), logger)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("crawl interrupted; the next crawl of %s resumes it: %w", dataDir, err)
				}
				return err
			}
			if failed > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "vnnews: %d of %d sites failed entirely\n", failed, total)
				return errReported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&sitesPath, "sites", "", "the sites file (TOML)")
	f.StringVar(&dataDir, "data", "", "the data directory holding the capture store")
	f.StringVar(&userAgent, "user-agent", "", "User-Agent to send (default: the sites file's, else vnnews's own)")
	f.IntVar(&maxPages, "max-pages", 0, "cap on pages fetched per site (overrides max_pages)")
	f.IntVar(&depth, "depth", 0, "how many links from a start page, sitemap or feed to follow (default 5)")
	f.BoolVar(&wait, "wait", false, "wait for another crawl of DIR to finish instead of exiting")
	return cmd
}

// crawlAndReport runs one crawl of cfg into st, showing progress (a bar on
// a terminal, log lines otherwise) and a summary per site at the end. It
// returns how many of how many sites failed entirely.
func crawlAndReport(ctx context.Context, st *crawl.Store, cfg *crawl.Config, opts crawl.Options, stderr io.Writer, logger *slog.Logger) (failed, total int, err error) {
	tty := isTerminal(stderr)
	var bar *progressBar
	if tty {
		bar = newProgressBar(stderr)
		opts.Progress = bar
	} else {
		opts.Progress = &logProgress{log: logger, every: 15 * time.Second}
	}
	sum, runErr := crawl.New(st, opts).Run(ctx, cfg)
	if bar != nil {
		bar.finish()
	}
	for _, s := range sum.Sites {
		if s.FailedEntirely() {
			failed++
		}
		if tty {
			fmt.Fprintf(stderr, "%s: %d new, %d changed, %d unchanged, %d duplicates, %d failed, %d skipped (%d fetched)%s\n",
				s.Site, s.New, s.Changed, s.Unchanged, s.Duplicates, s.Failed, s.Skipped, s.Fetched, siteNote(s))
			continue
		}
		level := slog.LevelInfo
		if s.FailedEntirely() {
			level = slog.LevelError
		}
		logger.Log(ctx, level, "crawl summary", "site", s.Site, "new", s.New, "changed", s.Changed,
			"unchanged", s.Unchanged, "duplicates", s.Duplicates, "failed", s.Failed, "skipped", s.Skipped,
			"fetched", s.Fetched, "failed_entirely", s.FailedEntirely(), "max_pages_reached", s.Budget)
	}
	return failed, len(sum.Sites), runErr
}

func siteNote(s crawl.SiteSummary) string {
	switch {
	case s.FailedEntirely():
		return " FAILED"
	case s.Budget:
		return " (max pages reached)"
	}
	return ""
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressBar renders crawl progress as a bar on a terminal.
type progressBar struct {
	mu  sync.Mutex
	bar *progressbar.ProgressBar
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{bar: progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("crawling"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progressBar) Update(done, queued, errs int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.ChangeMax(done + queued)
	p.bar.Describe(fmt.Sprintf("crawling, %d queued, %d errors", queued, errs))
	p.bar.Set(done)
}

func (p *progressBar) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Finish()
}

// logProgress writes a progress log line now and then.
type logProgress struct {
	log   *slog.Logger
	every time.Duration
	last  time.Time
}

func (p *logProgress) Update(done, queued, errs int) {
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.log.Info("crawl progress", "done", done, "queued", queued, "errors", errs)
	}
}
