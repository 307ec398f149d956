package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/index"
	"github.com/vnnews/vnnews/index/web"
)

// shutdownGrace is how long serve lets requests in flight finish after it
// is told to stop.
const shutdownGrace = 10 * time.Second

func serveCmd(logger *slog.Logger) *cobra.Command {
	var dataDir, addr string
	cmd := &cobra.Command{
		Use:   "serve --data DIR [--addr 127.0.0.1:8080]",
		Short: "Search page for people and a JSON API",
		Long: `Serve the index of DIR over HTTP: a search page (facets, a timeline of
matching articles, award totals by province, an article view with the
extracted directives, dates and awards marked in the text, downloads as
JSONL and CSV) and a JSON API:

  GET /api/search?q=&directive=&province=&site=&award=&from=&to=&sort=&page=&size=
  GET /api/articles/{id}
  GET /api/dump?format=jsonl|json|csv|es-bulk&q=&...filters

It listens on 127.0.0.1:8080 unless --addr says otherwise (--addr :8080
listens on every interface: put it behind a proxy with access control).
The index is opened read-only, and serve never opens the index the writer
updates: it reads the snapshots the writer publishes under
DIR/index.bleve.snapshots when an update or rebuild ends, and moves to a
newer one within a second of its appearing (searches running on the old
one finish there). So serve can run all the time while the nightly
"vnnews run" (or "vnnews index") updates the same DIR, neither waiting for
the other; new records appear once the update publishes them. Started
before DIR has an index, it answers 503 until the first one is published.

Stop it with Ctrl-C or SIGTERM: requests in flight get ` + shutdownGrace.String() + ` to finish.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if dataDir == "" {
				return usageError{errors.New("serve needs --data DIR")}
			}
			ctx := cmd.Context()
			x := &awaitedIndex{dir: dataDir}
			if _, err := x.reader(ctx); errors.Is(err, index.ErrNoIndex) {
				logger.Warn("no index yet: pages answer 503 until the first `vnnews index` or `vnnews run` publishes one", "data", dataDir)
			} else if err != nil {
				return err
			}
			defer x.Close()
			srv, err := web.New(web.Options{Backend: x, Logger: logger})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", addr, err)
			}
			return serveUntilDone(ctx, srv.HTTPServer(addr), ln, logger)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "the data directory holding the index")
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	return cmd
}

// awaitedIndexRetry is how often serve looks for an index that is not
// there yet.
const awaitedIndexRetry = 5 * time.Second

// awaitedIndex is the index serve reads: opened when it first exists, so
// that serve may start before the first nightly run has built one (until
// then, requests fail with an error wrapping index.ErrNoIndex, which the
// pages answer with 503).
type awaitedIndex struct {
	dir string

	mu     sync.Mutex
	r      *index.Reader
	tried  time.Time
	closed bool
}

// reader returns the open reader, opening it if the index has appeared.
func (a *awaitedIndex) reader(ctx context.Context) (*index.Reader, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.r != nil {
		return a.r, nil
	}
	if a.closed {
		return nil, errors.New("index reader is closed")
	}
	if !a.tried.IsZero() && time.Since(a.tried) < awaitedIndexRetry {
		return nil, fmt.Errorf("%w in %s yet: run vnnews index --data %s", index.ErrNoIndex, a.dir, a.dir)
	}
	a.tried = time.Now()
	r, err := index.OpenReader(ctx, a.dir)
	if err != nil {
		return nil, err
	}
	a.r = r
	return r, nil
}

// Search, Record and Dump are web.Backend's, on the reader.
func (a *awaitedIndex) Search(ctx context.Context, req index.Request) (index.Result, error) {
	r, err := a.reader(ctx)
	if err != nil {
		return index.Result{}, err
	}
	return r.Search(ctx, req)
}

func (a *awaitedIndex) Record(ctx context.Context, key string) ([]byte, string, error) {
	r, err := a.reader(ctx)
	if err != nil {
		return nil, "", err
	}
	return r.Record(ctx, key)
}

func (a *awaitedIndex) Dump(ctx context.Context, w io.Writer, f index.Format, req index.Request) (int, error) {
	r, err := a.reader(ctx)
	if err != nil {
		return 0, err
	}
	return r.Dump(ctx, w, f, req)
}

// Close closes the reader, if it was opened.
func (a *awaitedIndex) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	if a.r == nil {
		return nil
	}
	return a.r.Close()
}

// serveUntilDone serves hs on ln until ctx is cancelled, then shuts it down
// gracefully, giving requests in flight shutdownGrace to finish.
func serveUntilDone(ctx context.Context, hs *http.Server, ln net.Listener, logger *slog.Logger) error {
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	logger.Info("serving", "addr", "http://"+ln.Addr().String()+"/")
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	logger.Info("stopped")
	return nil
}
