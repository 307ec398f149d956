package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/index"
)

func runJobCmd(logger *slog.Logger) *cobra.Command {
	var sitesPath, dataDir, userAgent string
	var maxPages, depth int
	var wait bool
	var memory int64
	cmd := &cobra.Command{
		Use:   "run --sites FILE --data DIR",
		Short: "Crawl, then index what is new or changed: the nightly job",
		Long: `Run is the nightly job: it crawls the sites of the sites file into the
capture store DIR/captures.db (as vnnews crawl does), then indexes every
capture that is new or changed (as vnnews index does).

It is idempotent (a second run the same night does almost nothing) and safe
to kill at any moment: the next run resumes the crawl and the indexing and
loses nothing. Only one run (or crawl) uses a DIR at a time: a second exits
with a message and exit code 1, or waits with --wait.

Under cron it is quiet: structured log lines on standard error and a summary
at the end. The exit code is 1 when a site failed entirely or the run was
interrupted, 2 when the command or the sites file is wrong.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if sitesPath == "" || dataDir == "" {
				return usageError{errors.New("run needs --sites FILE and --data DIR")}
			}
			if err := checkMemory(memory); err != nil {
				return err
			}
			cfg, err := crawl.LoadSites(sitesPath)
			if err != nil {
				return usageError{err}
			}
			if userAgent != "" {
				cfg.UserAgent = userAgent
			}
			ctx := cmd.Context()
			started := time.Now()
			lock, err := crawl.LockDir(ctx, dataDir, wait)
			if err != nil {
				return err
			}
			defer lock.Unlock()
			ilock, err := index.Lock(dataDir)
			if err != nil {
				return err
			}
			defer ilock.Unlock()
			st, err := crawl.Open(ctx, dataDir)
			if err != nil {
				return err
			}
			defer st.Close()

			stderr := cmd.ErrOrStderr()
			failed, total, err := crawlAndReport(ctx, st, cfg, crawl.Options{MaxPages: maxPages, MaxDepth: depth, Logger: logger}, stderr, logger)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("run interrupted during the crawl; the next run of %s resumes it: %w", dataDir, err)
				}
				return err
			}
			stats, err := indexAndReport(ctx, dataDir, st, false, memory, stderr, logger)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("run interrupted during indexing; the next run of %s carries on: %w", dataDir, err)
				}
				return err
			}
			took := time.Since(started).Round(time.Second)
			if isTerminal(stderr) {
				fmt.Fprintf(stderr, "indexed %d records (%d failed to extract); %d in the index; took %s\n",
					stats.Indexed, stats.Failed, stats.Records, took)
			} else {
				logger.Info("run summary", "sites", total, "sites_failed", failed, "indexed", stats.Indexed,
					"extract_failed", stats.Failed, "records", stats.Records, "took", took.String())
			}
			if failed > 0 {
				fmt.Fprintf(stderr, "vnnews: %d of %d sites failed entirely\n", failed, total)
				return errReported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&sitesPath, "sites", "", "the sites file (TOML)")
	f.StringVar(&dataDir, "data", "", "the data directory (capture store and index)")
	f.StringVar(&userAgent, "user-agent", "", "User-Agent to send (default: the sites file's, else vnnews's own)")
	f.IntVar(&maxPages, "max-pages", 0, "cap on pages fetched per site (overrides max_pages)")
	f.IntVar(&depth, "depth", 0, "how many links from a start page, sitemap or feed to follow (default 5)")
	f.BoolVar(&wait, "wait", false, "wait for another run or crawl of DIR to finish instead of exiting")
	addMemoryFlag(f, &memory)
	return cmd
}

// indexAndReport brings the index of dataDir up to date with st (or, with
// rebuild, re-extracts every capture into a fresh index swapped in when
// complete), showing progress as crawlAndReport does. The garbage
// collector is tuned for indexing meanwhile, the Go heap let grow to
// memory MiB (see index.TuneGC; 0 leaves Go's defaults).
func indexAndReport(ctx context.Context, dataDir string, st *crawl.Store, rebuild bool, memory int64, stderr io.Writer, logger *slog.Logger) (index.UpdateStats, error) {
	defer index.TuneGC(memory << 20)()
	opts := index.UpdateOptions{Logger: logger}
	var bar *indexBar
	if isTerminal(stderr) {
		bar = &indexBar{newProgressBar(stderr)}
		opts.Progress = bar
	} else {
		opts.Progress = &indexLog{log: logger, every: 15 * time.Second}
	}
	var stats index.UpdateStats
	var err error
	var x *index.Index
	if !rebuild {
		x, err = index.OpenOrCreate(ctx, dataDir)
		switch {
		case errors.Is(err, index.ErrOldIndex):
			logger.Info("the index was built by another version of vnnews; rebuilding it from the captures")
			rebuild = true
		case errors.Is(err, index.ErrCorruptIndex):
			logger.Warn("the index files are damaged; rebuilding the index from the captures", "err", err)
			rebuild = true
		case err != nil:
			return stats, err
		}
	}
	if rebuild {
		stats, err = index.Rebuild(ctx, dataDir, st, opts)
	} else {
		stats, err = x.Update(ctx, st, opts)
		if cerr := x.Close(); err == nil {
			err = cerr
		}
	}
	if bar != nil {
		bar.p.finish()
	}
	return stats, err
}
