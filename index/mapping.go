package index

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/extract/vntext"
)

// The fields of an indexed document. The record itself is kept, byte for
// byte as extract printed it, in fieldRecord (stored, not indexed); every
// other field is indexed and not stored, except the site id. No field
// carries term vectors: phrases are matched on syllable pairs instead (see
// analyzer.go), and snippets are cut from the stored record (see
// snippet.go). Searches and dumps read postings and stored fields only
// (see view.go): no field has doc values.
const (
	fieldTitle       = "title"        // headline (analyzerTitle), for ranking
	fieldText        = "text"         // headline and body (analyzerVN)
	fieldKey         = "key"          // the record's short id, Key(doc id) (keyword)
	fieldDirective   = "directive"    // canonical document numbers (keyword, filter)
	fieldSite        = "site"         // site id (keyword, filter, stored)
	fieldProvinceKey = "province_key" // province names folded (keyword, filter)
	fieldAwardKey    = "award_key"    // award types folded (keyword, filter)
	fieldFacet       = "facet"        // facet values, "kind\x1fvalue" (keyword; see view.go)
	fieldRecord      = "rec"          // the record's JSON (stored only)
)

// The kinds of value in fieldFacet.
const (
	facetProvince = "p" // a province the record names
	facetSite     = "s" // the record's site
	facetDir      = "d" // a document number it cites
	facetAward    = "a" // an award type it reports
	facetMonth    = "m" // its month of publication, "2024-03"
	facetDay      = "t" // its day of publication, "2024-03-15" (for the bitmap search, see view.go)
	facetAwardSum = "w" // a province and the award totals: "Hải Phòng\x1f37\x1f63"
)

// facetSep separates the parts of a facet value; it never occurs in
// extracted text.
const facetSep = "\x1f"

// version names the index layout this package writes: the mapping above
// and the analyzer. An index of another version is rebuilt by Update and
// refused by a reader (see checkVersion).
const version = "7"

// vietnam is the time zone of every date in the records (UTC+07:00; Viet
// Nam has no daylight saving time).
var vietnam = time.FixedZone("ICT", 7*60*60)

// newMapping returns the index mapping: one document type whose fields are
// listed above; anything else in a document is ignored.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	if err := addAnalyzers(m); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = keyword.Name
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	doc := mapping.NewDocumentStaticMapping()
	text := func(analyzer string) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(docValues, store bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	add := func(name string, f *mapping.FieldMapping) {
		doc.AddFieldMappingsAt(name, f)
	}
	add(fieldTitle, text(analyzerTitle))
	add(fieldText, text(analyzerVN))
	add(fieldKey, kw(false, false))
	add(fieldDirective, kw(false, false))
	add(fieldSite, kw(false, true))
	add(fieldProvinceKey, kw(false, false))
	add(fieldAwardKey, kw(false, false))
	add(fieldFacet, kw(false, false))

	rec := mapping.NewTextFieldMapping()
	rec.Index = false
	rec.Store = true
	rec.IncludeTermVectors = false
	rec.IncludeInAll = false
	rec.DocValues = false
	rec.Analyzer = keyword.Name
	add(fieldRecord, rec)

	m.DefaultMapping = doc
	m.DefaultField = fieldText
	return m, nil
}

// Doc is one record to index: the capture it came from names it (ID, the
// captured URL) and its site; Record is what extract made of it, and JSON
// the record exactly as extract prints it (made from Record when empty).
type Doc struct {
	ID     string
	Site   string
	Record extract.Record
	JSON   []byte
}

// document returns the bleve document for d, its text fields analyzed
// with the syllable forms f remembers (see document.go).
func (d *Doc) document(f *formsCache) (*document.Document, error) {
	r := &d.Record
	facets := []string{facetSite + facetSep + d.Site}
	doc := document.NewDocument(d.ID)
	doc.AddField(newVNField(fieldTitle, r.Title, false, f))
	doc.AddField(newVNField(fieldText, r.Title+"\n\n"+r.Text, true, f))
	doc.AddField(newKeywordField(fieldKey, false, Key(d.ID)))
	doc.AddField(newKeywordField(fieldSite, true, d.Site))
	doc.AddField(storedField(fieldRecord, d.JSON))
	if len(r.Directives) > 0 {
		nums := make([]string, len(r.Directives))
		for i, dir := range r.Directives {
			nums[i] = dir.Number
			facets = append(facets, facetDir+facetSep+dir.Number)
		}
		doc.AddField(newKeywordField(fieldDirective, false, nums...))
	}
	if len(r.Provinces) > 0 {
		keys := make([]string, len(r.Provinces))
		for i, p := range r.Provinces {
			keys[i] = filterKey(p)
			facets = append(facets, facetProvince+facetSep+p)
		}
		doc.AddField(newKeywordField(fieldProvinceKey, false, keys...))
	}
	if len(r.Awards) > 0 {
		seen := make(map[string]bool, len(r.Awards))
		var keys []string
		for _, a := range r.Awards {
			if !seen[a.Award] {
				seen[a.Award] = true
				keys = append(keys, filterKey(a.Award))
				facets = append(facets, facetAward+facetSep+a.Award)
			}
		}
		doc.AddField(newKeywordField(fieldAwardKey, false, keys...))
	}
	if t := r.AwardTotals; t.Collectives+t.Individuals > 0 {
		for _, p := range r.Provinces {
			facets = append(facets, facetAwardSum+facetSep+awardSumValue(p, t))
		}
	}
	if r.PublishedDate != nil {
		if _, err := time.ParseInLocation(time.DateOnly, *r.PublishedDate, vietnam); err != nil {
			return nil, fmt.Errorf("record %s: published_date %q: %w", r.URL, *r.PublishedDate, err)
		}
		facets = append(facets, facetMonth+facetSep+(*r.PublishedDate)[:7], facetDay+facetSep+*r.PublishedDate)
	}
	doc.AddField(newKeywordField(fieldFacet, false, facets...))
	return doc, nil
}

// Key returns the short id of the record indexed under id (the captured
// URL): 16 hex digits of its SHA-256, for links and the API.
func Key(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:8])
}

// filterKey is the form in which keyword filters compare names: folded
// and with spaces collapsed, so "--province 'hai phong'" finds "Hải Phòng".
func filterKey(s string) string {
	return vntext.Fold(vntext.CollapseSpace(strings.TrimSpace(s)))
}
