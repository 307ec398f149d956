package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
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
the other; new records appear once the update publishes them.

Stop it with Ctrl-C or SIGTERM: requests in flight get ` + shutdownGrace.String() + ` to finish.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if dataDir == "" {
				return usageError{errors.New("serve needs --data DIR")}
			}
			ctx := cmd.Context()
			x, err := index.OpenReader(ctx, dataDir)
			if errors.Is(err, index.ErrNoIndex) {
				return fmt.Errorf("%w in %s: run vnnews index --data %s first", index.ErrNoIndex, dataDir, dataDir)
			}
			if err != nil {
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
