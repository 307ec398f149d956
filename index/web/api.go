package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/vnnews/vnnews/index"
)

// searchResponse is the JSON answer of /api/search.
type searchResponse struct {
	Total            uint64                        `json:"total"`
	Page             int                           `json:"page"`
	Size             int                           `json:"size"`
	Hits             []index.Hit                   `json:"hits"`
	Facets           map[string][]index.FacetCount `json:"facets"`
	Timeline         []index.FacetCount            `json:"timeline"`
	AwardsByProvince []index.ProvinceAwards        `json:"awards_by_province"`
}

// articleResponse is the JSON answer of /api/articles/{id}.
type articleResponse struct {
	ID     string          `json:"id"`
	Site   string          `json:"site"`
	Record json.RawMessage `json:"record"`
}

// handleAPISearch answers /api/search: the page of hits the parameters ask
// for (size 1 to MaxAPISize, default PageSize), the facets, the timeline
// and the award totals by province.
func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	size := PageSize
	if v := q.Get("size"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxAPISize {
			s.apiError(w, r, http.StatusBadRequest, "size must be 1 to "+strconv.Itoa(MaxAPISize))
			return
		}
		size = n
	}
	st, err := parseState(q, size)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.searchTimeout)
	defer cancel()
	res, err := s.backend.Search(ctx, st.request(size))
	if err != nil {
		status, msg := s.failure(r, err)
		s.apiError(w, r, status, msg)
		return
	}
	out := searchResponse{
		Total: res.Total, Page: st.Page, Size: size,
		Hits: res.Hits, Facets: res.Facets, Timeline: res.Timeline, AwardsByProvince: res.AwardsByProvince,
	}
	if out.Hits == nil {
		out.Hits = []index.Hit{}
	}
	if out.Timeline == nil {
		out.Timeline = []index.FacetCount{}
	}
	if out.AwardsByProvince == nil {
		out.AwardsByProvince = []index.ProvinceAwards{}
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

// handleAPIArticle answers /api/articles/{id}: the record, as extract
// printed it, with its key and site.
func (s *Server) handleAPIArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validKey(id) {
		s.apiError(w, r, http.StatusNotFound, "no such record")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.searchTimeout)
	defer cancel()
	raw, site, err := s.backend.Record(ctx, id)
	if err != nil {
		status, msg := s.failure(r, err)
		s.apiError(w, r, status, msg)
		return
	}
	s.writeJSON(w, r, http.StatusOK, articleResponse{ID: id, Site: site, Record: raw})
}

// dumpTypes are the content types of the dump formats.
var dumpTypes = map[index.Format]string{
	index.FormatJSONL:  "application/x-ndjson; charset=utf-8",
	index.FormatJSON:   "application/json; charset=utf-8",
	index.FormatCSV:    "text/csv; charset=utf-8",
	index.FormatESBulk: "application/x-ndjson; charset=utf-8",
}

// dumpExts are the file name extensions of the dump formats.
var dumpExts = map[index.Format]string{
	index.FormatJSONL:  "jsonl",
	index.FormatJSON:   "json",
	index.FormatCSV:    "csv",
	index.FormatESBulk: "es-bulk.ndjson",
}

// handleAPIDump answers /api/dump: every record matching the query and
// filters, streamed in the format asked for (jsonl, json, csv or es-bulk),
// as `vnnews dump` writes it. The response is sent as an attachment; a
// dump that fails half-way is cut off, so the client sees a broken
// transfer and not a short file.
func (s *Server) handleAPIDump(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	fname := q.Get("format")
	if fname == "" {
		fname = string(index.FormatJSONL)
	}
	format, err := index.ParseFormat(fname)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	st, err := parseState(q, PageSize)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	// A dump takes longer than a page: extend this response's write
	// deadline (the server's WriteTimeout is sized for searches).
	rc := http.NewResponseController(w)
	if err := rc.SetWriteDeadline(time.Now().Add(s.dumpTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		s.log.Warn("web: extend write deadline", "err", err)
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.dumpTimeout)
	defer cancel()
	lw := &lazyWriter{w: w, start: func() {
		h := w.Header()
		h.Set("Content-Type", dumpTypes[format])
		h.Set("Content-Disposition", `attachment; filename="vnnews-`+time.Now().In(vietnam).Format("20060102")+`.`+dumpExts[format]+`"`)
		h.Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
	}}
	n, err := s.backend.Dump(ctx, lw, format, st.request(PageSize))
	if err != nil {
		status, msg := s.failure(r, err)
		if !lw.started {
			s.apiError(w, r, status, msg)
			return
		}
		s.log.Error("web: dump cut off", "query", r.URL.RawQuery, "records", n, "err", err)
		panic(http.ErrAbortHandler)
	}
	lw.begin() // an empty dump still gets its headers
}

// vietnam is Vietnam's time zone, which names the day of a dump.
var vietnam = time.FixedZone("ICT", 7*3600)

// lazyWriter sends the response's headers when the first byte is written,
// so that an error found before any output still gets a proper status.
type lazyWriter struct {
	w       http.ResponseWriter
	start   func()
	started bool
}

func (l *lazyWriter) begin() {
	if !l.started {
		l.started = true
		l.start()
	}
}

// Write sends the headers the first time, then p.
func (l *lazyWriter) Write(p []byte) (int, error) {
	l.begin()
	return l.w.Write(p)
}
