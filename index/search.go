package index

import (
	"context"
	"encoding/json"
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
	// NoFacets skips the facet counts.
	NoFacets bool
}

// MaxSize is the largest page of hits a search returns.
const MaxSize = 1000

// Result is the answer to a search, in the shape of `search --json`.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
}

// Hit is one matching record. Snippet is HTML: the text around the best
// matches, escaped, with the matched syllables in <mark>…</mark>. Record is
// the whole record exactly as extract printed it.
type Hit struct {
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

// The facets of a search, by name, with the field each counts and how many
// values it lists.
var facetFields = []struct {
	name, field string
	size        int
}{
	{"province", fieldProvince, 20},
	{"site", fieldSite, 20},
	{"directive", fieldDirective, 20},
	{"award", fieldAward, 20},
	{"year", fieldYear, 50},
}

// compile turns a request's query and filters into one bleve query and the
// terms its snippets mark.
func (x *Index) compile(q string, f Filters) (query.Query, terms, error) {
	m := x.bi.Mapping()
	an := analyzers{exact: m.AnalyzerNamed(analyzerExact), folded: m.AnalyzerNamed(analyzerFolded)}
	if an.exact == nil || an.folded == nil {
		return nil, terms{}, fmt.Errorf("index %s lacks the Vietnamese analyzers", x.path)
	}
	text, tm, err := textQuery(q, an)
	if err != nil {
		return nil, tm, err
	}
	filters, err := f.filterQueries()
	if err != nil {
		return nil, tm, err
	}
	var all []query.Query
	if text != nil {
		all = append(all, text)
	}
	all = append(all, filters...)
	switch len(all) {
	case 0:
		return bleve.NewMatchAllQuery(), tm, nil
	case 1:
		return all[0], tm, nil
	}
	return bleve.NewConjunctionQuery(all...), tm, nil
}

// Search runs one search. A query or filter the user got wrong gives a
// *QueryError.
func (x *Index) Search(ctx context.Context, r Request) (Result, error) {
	q, tm, err := x.compile(r.Query, r.Filters)
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
	if r.Sort == SortDate {
		req.Score = "none" // scores would not order anything
	}
	req.Fields = []string{fieldRecord, fieldSite}
	switch r.Sort {
	case "", SortRelevance:
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, &search.SortField{Field: fieldOrder}})
	case SortDate:
		req.SortByCustom(search.SortOrder{
			&search.SortField{Field: fieldDate, Type: search.SortFieldAsDate, Desc: true, Missing: search.SortFieldMissingLast},
			&search.SortField{Field: fieldOrder},
		})
	default:
		return Result{}, queryErrorf("sort %q: use %s or %s", r.Sort, SortRelevance, SortDate)
	}
	if !r.NoFacets {
		for _, f := range facetFields {
			req.AddFacet(f.name, bleve.NewFacetRequest(f.field, f.size))
		}
	}
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("search %q: %w", r.Query, err)
	}
	out := Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits)), Facets: map[string][]FacetCount{}}
	for _, h := range res.Hits {
		hit, err := makeHit(h, tm)
		if err != nil {
			return Result{}, err
		}
		out.Hits = append(out.Hits, hit)
	}
	if !r.NoFacets {
		for _, f := range facetFields {
			counts := []FacetCount{}
			if fr := res.Facets[f.name]; fr != nil && fr.Terms != nil {
				for _, t := range fr.Terms.Terms() {
					counts = append(counts, FacetCount{Term: t.Term, Count: t.Count})
				}
			}
			out.Facets[f.name] = counts
		}
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
		URL:           rec.URL,
		Title:         rec.Title,
		Site:          site,
		PublishedDate: rec.PublishedDate,
		Score:         h.Score,
		Snippet:       snippet(rec.Text, tm, snippetRunes),
		Record:        raw,
	}, nil
}
