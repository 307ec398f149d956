package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

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

// The facets of a search, by name, with the field each counts and how many
// values it lists. The year facet is not among them: it is summed from the
// months of the timeline, which cost one field instead of two.
var facetFields = []struct {
	name, field string
	size        int
}{
	{"province", fieldProvince, 20},
	{"site", fieldSite, 20},
	{"directive", fieldDirective, 20},
	{"award", fieldAward, 20},
}

// Facets that are not counts of one field's values.
const (
	facetYear     = "year"      // summed from the months
	facetMonth    = "month"     // the timeline
	facetAwardSum = "award_sum" // AwardsByProvince
)

// maxMonths and maxAwardSums bound the values the month and award-sum
// facets collect: 100 years of months, and more distinct (province,
// totals) values than a corpus of a million records would have.
const (
	maxMonths    = 1200
	maxAwardSums = 100000
)

// compile turns a request's query and filters into one bleve query and the
// terms its snippets mark.
func (x *Index) compile(q string, f Filters) (query.Query, terms, error) {
	text, tm, err := textQuery(q)
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
		req.AddFacet(facetMonth, bleve.NewFacetRequest(fieldMonth, maxMonths))
	}
	if r.AwardsByProvince {
		req.AddFacet(facetAwardSum, bleve.NewFacetRequest(fieldAwardSum, maxAwardSums))
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
		out.Timeline, out.Facets[facetYear] = timeline(res.Facets[facetMonth])
	}
	if r.AwardsByProvince {
		out.AwardsByProvince = awardSums(res.Facets[facetAwardSum])
	}
	return out, nil
}

// timeline returns the month facet in month order, and the counts by year
// summed from it, newest year first.
func timeline(fr *search.FacetResult) (months, years []FacetCount) {
	months, years = []FacetCount{}, []FacetCount{}
	if fr == nil || fr.Terms == nil {
		return months, years
	}
	byYear := map[string]int{}
	for _, t := range fr.Terms.Terms() {
		months = append(months, FacetCount{Term: t.Term, Count: t.Count})
		if len(t.Term) >= 4 {
			byYear[t.Term[:4]] += t.Count
		}
	}
	slices.SortFunc(months, func(a, b FacetCount) int { return strings.Compare(a.Term, b.Term) })
	for y, n := range byYear {
		years = append(years, FacetCount{Term: y, Count: n})
	}
	slices.SortFunc(years, func(a, b FacetCount) int { return strings.Compare(b.Term, a.Term) })
	return months, years
}

// awardSums adds up the award-sum facet, whose values are
// "province\x1fcollectives\x1findividuals" and whose counts are how many
// matching records have that value.
func awardSums(fr *search.FacetResult) []ProvinceAwards {
	out := []ProvinceAwards{}
	if fr == nil || fr.Terms == nil {
		return out
	}
	by := map[string]*ProvinceAwards{}
	for _, t := range fr.Terms.Terms() {
		parts := strings.Split(t.Term, "\x1f")
		if len(parts) != 3 {
			continue
		}
		c, err1 := strconv.Atoi(parts[1])
		i, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil {
			continue
		}
		p := by[parts[0]]
		if p == nil {
			p = &ProvinceAwards{Province: parts[0]}
			by[parts[0]] = p
		}
		p.Records += t.Count
		p.Collectives += c * t.Count
		p.Individuals += i * t.Count
	}
	for _, p := range by {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b ProvinceAwards) int {
		if d := (b.Collectives + b.Individuals) - (a.Collectives + a.Individuals); d != 0 {
			return d
		}
		return strings.Compare(a.Province, b.Province)
	})
	return out
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
