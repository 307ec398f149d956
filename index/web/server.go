// Package web serves a vnnews index over HTTP: a search page for people
// (server-rendered HTML with facets, charts and an article view that shows
// the extractor's work) and a JSON API for scripts.
//
// Routes:
//
//	GET /                   the search page (q, directive, province, site, award, from, to, sort, page)
//	GET /bai/{id}           one article: its record and its text with the extracted spans marked
//	GET /api/search         hits, facets, timeline and award totals as JSON
//	GET /api/articles/{id}  one record as JSON
//	GET /api/dump           every matching record, streamed (format=jsonl|json|csv|es-bulk)
//	GET /static/...         the stylesheet, from files embedded in the binary
//
// Every response carries a Content-Security-Policy; everything taken from
// articles is escaped; queries, filters and paging are capped; requests
// are bounded in time; nothing in a request names a file.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/index"
)

// Backend is what the server needs from an index. *index.Index satisfies
// it, and so does a reader that follows the published snapshots of an index
// another process is updating.
type Backend interface {
	// Search runs one search; a query or filter the user got wrong gives
	// an error for which index.IsQueryError is true.
	Search(ctx context.Context, r index.Request) (index.Result, error)
	// Record returns the record whose key (Hit.ID) is key, and its site;
	// errors.Is(err, index.ErrNotFound) when there is none.
	Record(ctx context.Context, key string) (rec []byte, site string, err error)
	// Dump streams every record matching r in format f to w.
	Dump(ctx context.Context, w io.Writer, f index.Format, r index.Request) (int, error)
}

// Limits of what one request may ask.
const (
	// MaxQuery is the longest search-box query accepted, in bytes.
	MaxQuery = 512
	// maxFilter is the longest filter value accepted, in bytes.
	maxFilter = 200
	// PageSize is the number of hits on a page of the search page, and
	// the API's default.
	PageSize = 20
	// MaxAPISize is the largest page of hits the API returns.
	MaxAPISize = 100
	// MaxOffset is the largest number of hits a page may skip: deep paging
	// is what dumps are for.
	MaxOffset = 10000
)

// Default timeouts.
const (
	defaultSearchTimeout = 10 * time.Second
	defaultDumpTimeout   = 30 * time.Minute
)

// Options configure a Server. Only Backend is required.
type Options struct {
	// Backend answers searches and serves records.
	Backend Backend
	// Logger receives a line per failed request (default: slog.Default()).
	Logger *slog.Logger
	// SearchTimeout bounds one search or record lookup (default 10s).
	SearchTimeout time.Duration
	// DumpTimeout bounds one dump, including writing it out (default 30m).
	DumpTimeout time.Duration
	// Marks finds the spans of an article's text to highlight on the
	// article page (default: extract.Marks).
	Marks MarkFunc
}

// Server is the web interface of an index. It is an http.Handler; its
// methods may be called from several goroutines.
type Server struct {
	backend       Backend
	log           *slog.Logger
	searchTimeout time.Duration
	dumpTimeout   time.Duration
	marks         MarkFunc
	pages         pages
	static        *staticFiles
	mux           *http.ServeMux
}

// New returns a server over opts.Backend.
func New(opts Options) (*Server, error) {
	if opts.Backend == nil {
		return nil, errors.New("web: no backend")
	}
	s := &Server{
		backend:       opts.Backend,
		log:           opts.Logger,
		searchTimeout: opts.SearchTimeout,
		dumpTimeout:   opts.DumpTimeout,
		marks:         opts.Marks,
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.searchTimeout <= 0 {
		s.searchTimeout = defaultSearchTimeout
	}
	if s.dumpTimeout <= 0 {
		s.dumpTimeout = defaultDumpTimeout
	}
	if s.marks == nil {
		s.marks = extract.Marks
	}
	var err error
	if s.static, err = loadStatic(); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if s.pages, err = parseTemplates(s.static); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/{$}", s.handlePage)
	s.mux.HandleFunc("/bai/{id}", s.handleArticle)
	s.mux.HandleFunc("/api/search", s.handleAPISearch)
	s.mux.HandleFunc("/api/articles/{id}", s.handleAPIArticle)
	s.mux.HandleFunc("/api/dump", s.handleAPIDump)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, "không có đường dẫn này trong API (no such API route)")
	})
	s.mux.Handle("/static/", s.static)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "Không có trang này.")
	})
	return s, nil
}

// contentSecurityPolicy allows the page its own stylesheet and scripts and
// nothing else: no inline scripts or styles, no frames, no foreign forms.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ServeHTTP sets the security headers, refuses methods other than GET and
// HEAD, recovers from panics, routes the request and logs it.
func (s *Server) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	start := time.Now()
	w := &statusWriter{ResponseWriter: rw}
	defer func() {
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery,
				"status", w.status(), "bytes", w.n, "duration", time.Since(start).Round(time.Microsecond))
		}
	}()
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("web: panic", "method", r.Method, "path", r.URL.Path, "panic", v)
			s.error(w, r, http.StatusInternalServerError, "internal error")
		}
	}()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		s.error(w, r, http.StatusMethodNotAllowed, "chỉ nhận GET (only GET is allowed)")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// HTTPServer returns an http.Server for s on addr with timeouts suited to
// it: short ones for reading requests, a write timeout that searches and
// pages fit in (dumps extend their own), and an idle timeout.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      s.searchTimeout + 20*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// isAPI reports whether r is a request to the JSON API.
func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
}

// error answers r with an error in the form its route speaks: JSON under
// /api/, an HTML page elsewhere.
func (s *Server) error(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r) {
		s.apiError(w, r, status, msg)
		return
	}
	s.pageError(w, r, status, msg)
}

// apiError answers with {"error": msg} and status.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.writeJSON(w, r, status, struct {
		Error string `json:"error"`
	}{msg})
}

// writeJSON answers with v as JSON and status.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		s.log.Error("web: encode JSON", "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		data = []byte(`{"error":"internal error"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(data)
	w.Write([]byte{'\n'})
}

// failure sorts an error from the backend into a status and a message for
// the user: 400 with the index's own words for a query the user got wrong,
// 404 for a record that is not there, 503 while there is no index (or a
// damaged one), 504 for a search that ran out of time, 500 (logged, not
// shown) for the rest.
func (s *Server) failure(r *http.Request, err error) (int, string) {
	switch {
	case index.IsQueryError(err):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, "Không tìm thấy bài này (no such record)."
	case errors.Is(err, index.ErrNoIndex):
		return http.StatusServiceUnavailable, "Chưa có chỉ mục: hãy chạy vnnews run hoặc vnnews index (no index yet)."
	case errors.Is(err, index.ErrCorruptIndex):
		s.log.Error("web: index damaged", "err", err)
		return http.StatusServiceUnavailable, "Chỉ mục bị hỏng; lần chạy vnnews index tới sẽ dựng lại (the index is damaged)."
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("web: request timed out", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		return http.StatusGatewayTimeout, "Tìm kiếm quá lâu, hãy thu hẹp câu hỏi (the search took too long)."
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
		return 499, "canceled"
	}
	s.log.Error("web: request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
	return http.StatusInternalServerError, "Lỗi máy chủ (internal error)."
}

// statusWriter remembers the status and size of a response for the log.
// Unwrap lets http.ResponseController reach the connection beneath.
type statusWriter struct {
	http.ResponseWriter
	code int
	n    int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// Unwrap returns the ResponseWriter beneath.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// status returns the status sent (200 when nothing was written).
func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}
