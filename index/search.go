package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vnnews/vnnews/extract"
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

// compile turns a request's query and filters into one bleve query and the
// terms its snippets mark. With scored, records with the query's
// syllables in the headline, or with their diacritics, score higher;
// without, scores are not wanted and the query is built to match only.
func (x *Index) compile(q string, f Filters, scored bool) (query.Query, terms, error) {
	text, title, tm, err := textQuery(q, scored)
	if err != nil {
		return nil, tm, err
	}
	filters, err := f.filterQueries()
	if err != nil {
		return nil, tm, err
	}
	var must []query.Query
	if text != nil {
		must = append(must, text)
	}
	must = append(must, filters...)
	var all query.Query
	switch len(must) {
	case 0:
		return bleve.NewMatchAllQuery(), tm, nil
	case 1:
		all = must[0]
	default:
		all = bleve.NewConjunctionQuery(must...)
	}
	if title == nil {
		return all, tm, nil
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(all)
	b.AddShould(title)
	return b, tm, nil
}

// Search runs one search. A query or filter the user got wrong gives a
// *QueryError.
func (x *Index) Search(ctx context.Context, r Request) (Result, error) {
	q, tm, err := x.compile(r.Query, r.Filters, r.Sort != SortDate)
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
	req := bleve.NewSearchRequestOptions(q, size, r.From, false)
	req.Fields = []string{fieldRecord, fieldSite}
	switch r.Sort {
	case "", SortRelevance:
		// Equal scores keep the index's order, which is stable for one
		// snapshot: a second sort key would cost a read for every hit.
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	case SortDate:
		req.Score = "none" // scores would not order anything
		req.SortByCustom(search.SortOrder{&search.SortField{Field: fieldRecent, Desc: true}})
	default:
		return Result{}, queryErrorf("sort %q: use %s or %s", r.Sort, SortRelevance, SortDate)
	}
	if !r.NoFacets || r.AwardsByProvince {
		req.AddFacet(fieldFacet, bleve.NewFacetRequest(fieldFacet, maxFacetValues))
	}
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("search %q: %w", r.Query, err)
	}
	out := Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit, err := makeHit(h, tm)
		if err != nil {
			return Result{}, err
		}
		out.Hits = append(out.Hits, hit)
	}
	fc := readFacets(res.Facets[fieldFacet])
	if !r.NoFacets {
		out.Facets, out.Timeline = fc.facets(), fc.timeline()
	}
	if r.AwardsByProvince {
		out.AwardsByProvince = fc.awardSums()
	}
	return out, nil
}

// storedRecord returns the record JSON stored with a hit.
func storedRecord(h *search.DocumentMatch) ([]byte, error) {
	s, ok := h.Fields[fieldRecord].(string)
	if !ok {
		return nil, fmt.Errorf("index document %s has no stored record", h.ID)
	}
	return []byte(s), nil
}

// makeHit builds a Hit from a bleve hit with the stored fields loaded.
func makeHit(h *search.DocumentMatch, tm terms) (Hit, error) {
	raw, err := storedRecord(h)
	if err != nil {
		return Hit{}, err
	}
	var rec extract.Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return Hit{}, fmt.Errorf("index document %s: stored record: %w", h.ID, err)
	}
	site, _ := h.Fields[fieldSite].(string)
	return Hit{
		ID:            Key(h.ID),
		URL:           rec.URL,
		Title:         rec.Title,
		Site:          site,
		PublishedDate: rec.PublishedDate,
		Score:         h.Score,
		Snippet:       snippet(rec.Text, tm, snippetRunes),
		Record:        raw,
	}, nil
}

// ErrNotFound is returned by Record for a key no record has.
var ErrNotFound = errors.New("no such record")

// Record returns the record whose Key is key, exactly as extract printed
// it, and the id of the site it came from.
func (x *Index) Record(ctx context.Context, key string) (rec []byte, site string, err error) {
	req := bleve.NewSearchRequestOptions(termQuery(fieldKey, key, 1), 1, 0, false)
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
