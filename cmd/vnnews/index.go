package main

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/index"
)

func indexCmd(logger *slog.Logger) *cobra.Command {
	var dataDir string
	var rebuild bool
	var memory int64
	cmd := &cobra.Command{
		Use:   "index --data DIR [--rebuild]",
		Short: "Extract every capture not yet indexed and add it to the search index",
		Long: `Index extracts every article capture of DIR/captures.db that is new or
changed since the last run and adds its record to the search index
DIR/index.bleve, replacing the record the page had. Running it again with
nothing new adds nothing. It can be killed at any moment: the index stays
usable and the next run carries on.

--rebuild re-extracts every capture into a fresh index and swaps it in only
when it is complete; until then the old index keeps working.

Only one index run uses a DIR at a time (lock file DIR/index.lock); a
second exits with a message. A crawl may run meanwhile.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				return usageError{errors.New("index needs --data DIR")}
			}
			if err := checkMemory(memory); err != nil {
				return err
			}
			ctx := cmd.Context()
			lock, err := index.Lock(dataDir)
			if err != nil {
				return err
			}
			defer lock.Unlock()
			st, err := crawl.Open(ctx, dataDir)
			if err != nil {
				return err
			}
			defer st.Close()

			stats, err := indexAndReport(ctx, dataDir, st, rebuild, memory, cmd.ErrOrStderr(), logger)
			logger.Info("index summary", "indexed", stats.Indexed, "deleted", stats.Deleted, "skipped", stats.Skipped,
				"failed", stats.Failed, "records", stats.Records, "seq", stats.Seq, "rebuild", rebuild)
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("indexing interrupted; the next run of vnnews index carries on: %w", err)
				}
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "the data directory holding the capture store and the index")
	cmd.Flags().BoolVar(&rebuild, "rebuild", false, "re-extract every capture into a fresh index")
	addMemoryFlag(cmd.Flags(), &memory)
	return cmd
}

// checkMemory rejects a --memory that is no size: negative, or beyond a
// tebibyte (which would overflow in bytes long before any machine has it).
func checkMemory(mib int64) error {
	if mib < 0 || mib > 1<<20 {
		return usageError{fmt.Errorf("--memory %d: want MiB from 0 (Go's defaults) to %d", mib, 1<<20)}
	}
	return nil
}

// addMemoryFlag adds the --memory flag of the commands that index.
func addMemoryFlag(f *pflag.FlagSet, memory *int64) {
	f.Int64Var(memory, "memory", index.DefaultMemoryLimit>>20,
		"MiB the Go heap may grow to while indexing, sparing the garbage collector's time (0: Go's defaults; GOGC or GOMEMLIMIT in the environment win)")
}

// indexBar shows index progress on the crawl's progress bar.
type indexBar struct{ p *progressBar }

func (b *indexBar) Update(done, total int64, st index.UpdateStats) {
	b.p.mu.Lock()
	defer b.p.mu.Unlock()
	b.p.bar.ChangeMax64(total)
	b.p.bar.Describe(fmt.Sprintf("indexing, %d records, %d failed", st.Indexed, st.Failed))
	b.p.bar.Set64(done)
}

// indexLog writes an index progress log line now and then.
type indexLog struct {
	log   *slog.Logger
	every time.Duration
	last  time.Time
}

func (p *indexLog) Update(done, total int64, st index.UpdateStats) {
	if now := time.Now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.log.Info("index progress", "done", done, "total", total, "indexed", st.Indexed, "failed", st.Failed)
	}
}
