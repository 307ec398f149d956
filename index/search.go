package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Sort orders of a search.
const (
	SortRelevance = "relevance" // best match first (the default)
	SortDate      = "date"      // newest first; undated records last
)

// Request is one search.
type Request struct {
	// Query is what the user typed in the search box (see parseQuery);
	// empty matches every record.
	Query string
	Filters
	// Sort is SortRelevance (or empty) or SortDate.
	Sort string
	// Size is the number of hits to return (default 10, at most 1000);
	// From is the number of hits to skip.
	Size, From int
	// NoFacets skips the facet counts and the timeline.
	NoFacets bool
	// AwardsByProvince asks for the award totals of every matching record
	// summed by province (Result.AwardsByProvince).
	AwardsByProvince bool
}

// MaxSize is the largest page of hits a search returns.
const MaxSize = 1000

// Result is the answer to a search, in the shape of `search --json`.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
	// Timeline counts the matching records by month of publication
	// ("2024-03"), oldest first; undated records are not counted.
	Timeline []FacetCount `json:"timeline,omitempty"`
	// AwardsByProvince, when the request asked for it, sums the award
	// totals of the matching records by province, largest first. A record
	// naming several provinces counts for each.
	AwardsByProvince []ProvinceAwards `json:"awards_by_province,omitempty"`
}

// ProvinceAwards is the sum of the award totals of the matching records
// that name one province.
type ProvinceAwards struct {
	Province    string `json:"province"`
	Records     int    `json:"records"`
	Collectives int    `json:"collectives"`
	Individuals int    `json:"individuals"`
}

// Hit is one matching record. Snippet is HTML: the text around the best
// matches, escaped, with the matched syllables in <mark>…</mark>. Record is
// the whole record exactly as extract printed it.
type Hit struct {
	ID            string          `json:"id"` // Key of the record, for Index.Record
	URL           string          `json:"url"`
	Title         string          `json:"title"`
	Site          string          `json:"site"`
	PublishedDate *string         `json:"published_date"`
	Score         float64         `json:"score"`
	Snippet       string          `json:"snippet"`
	Record        json.RawMessage `json:"record"`
}

// FacetCount is one value of a facet and how many matching records have it.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Search runs one search. A query or filter the user got wrong gives a
// *QueryError.
func (x *Index) Search(ctx context.Context, r Request) (res Result, err error) {
	defer guard(x.path, &err)
	q, err := compileQuery(r.Query, r.Filters)
	if err != nil {
		return Result{}, err
	}
	size := r.Size
	if size <= 0 {
		size = 10
	}
	if size > MaxSize || r.From < 0 {
		return Result{}, queryErrorf("size must be 1 to %d and from-hit 0 or more", MaxSize)
	}
	if r.Sort != "" && r.Sort != SortRelevance && r.Sort != SortDate {
		return Result{}, queryErrorf("sort %q: use %s or %s", r.Sort, SortRelevance, SortDate)
	}
	v, done, err := x.view(ctx)
	if err != nil {
		return Result{}, err
	}
	defer done()
	if res, err = v.search(ctx, q, r, size); err != nil {
		return Result{}, fmt.Errorf("search %q: %w", r.Query, err)
	}
	return res, nil
}

// view returns a view of the index and the function to call when done
// with it: for a read-only index, the one view built when first needed;
// for a writable one, a view of the index as it is now.
func (x *Index) view(ctx context.Context) (_ *view, _ func(), err error) {
	defer guard(x.path, &err)
	if !x.readOnly {
		v, err := newView(ctx, x.bi)
		if err != nil {
			return nil, nil, err
		}
		return v, func() { v.close() }, nil
	}
	x.viewMu.Lock()
	defer x.viewMu.Unlock()
	if x.v == nil {
		// A failure (a cancelled search among them) is not kept: the
		// next search tries again.
		v, err := newView(ctx, x.bi)
		if err != nil {
			return nil, nil, err
		}
		x.v = v
	}
	return x.v, func() {}, nil
}

// warm builds the view of a read-only index before its first search
// needs it. A failure is left for that search to report.
func (x *Index) warm(ctx context.Context) {
	if _, done, err := x.view(ctx); err == nil {
		done()
	}
}

// storedRecord returns the record JSON stored with a hit.
func storedRecord(h *search.DocumentMatch) ([]byte, error) {
	s, ok := h.Fields[fieldRecord].(string)
	if !ok {
		return nil, fmt.Errorf("index document %s has no stored record", h.ID)
	}
	return []byte(s), nil
}

// ErrNotFound is returned by Record for a key no record has.
var ErrNotFound = errors.New("no such record")

// Record returns the record whose Key is key, exactly as extract printed
// it, and the id of the site it came from.
func (x *Index) Record(ctx context.Context, key string) (rec []byte, site string, err error) {
	defer guard(x.path, &err)
	q := bleve.NewTermQuery(key)
	q.SetField(fieldKey)
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{fieldRecord, fieldSite}
	req.Score = "none"
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, "", fmt.Errorf("record %s: %w", key, err)
	}
	if len(res.Hits) == 0 {
		return nil, "", fmt.Errorf("record %s: %w", key, ErrNotFound)
	}
	h := res.Hits[0]
	rec, err = storedRecord(h)
	if err != nil {
		return nil, "", err
	}
	site, _ = h.Fields[fieldSite].(string)
	return rec, site, nil
}
