package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

func TestSearchMatches(t *testing.T) {
	bothIndexes(t, testSearchMatches)
}

func testSearchMatches(t *testing.T, x *Index, docs []Doc) {
	ctx := context.Background()
	phrase := []string{"r01", "r05", "r06", "r10", "r12", "r15", "r19"}
	tests := []struct {
		name string
		req  Request
		want []string // the ids of every hit, in any order
	}{
		{"tone variant hòa finds hoà", Request{Query: "Hòa Bình"}, []string{"r02"}},
		{"tone variant hoà finds hoà", Request{Query: "hoà bình"}, []string{"r02"}},
		{"thủy finds thuỷ", Request{Query: "thủy lợi"}, []string{"r03", "r18"}},
		{"khóa finds khoá", Request{Query: "khóa học"}, []string{"r03"}},
		{"ủy ban finds uỷ ban", Request{Query: "ủy ban nhân dân"}, []string{"r02", "r03", "r06", "r08", "r09", "r14", "r18"}},
		{"folded ủy ban", Request{Query: "uy ban nhan dan"}, []string{"r02", "r03", "r06", "r08", "r09", "r14", "r18"}},
		{"ủy ban as a phrase", Request{Query: `"ủy ban nhân dân"`}, []string{"r02", "r03", "r06", "r09", "r14", "r18"}},
		{"folded ket luan 01", Request{Query: "ket luan 01"}, []string{"r01", "r05", "r15"}},
		{"phrase", Request{Query: `"học tập và làm theo"`}, phrase},
		{"folded phrase", Request{Query: `"hoc tap va lam theo"`}, phrase},
		{"typographic quotes", Request{Query: "“học tập và làm theo”"}, phrase},
		{"phrase in a headline", Request{Query: `"Học và làm theo Bác"`}, []string{"r10"}},
		{"phrase and word", Request{Query: `"học tập và làm theo" Krông Pắc`}, []string{"r19"}},
		{"not a phrase", Request{Query: `"học tập chăm chỉ và làm theo"`}, []string{"r07"}},
		{"directive 01-KL/TW", Request{Query: "01-KL/TW"}, []string{"r01", "r05", "r15"}},
		{"directive 01 KL/TW", Request{Query: "01 KL/TW"}, []string{"r01", "r05", "r15"}},
		{"directive 1-KL/TW", Request{Query: "1-KL/TW"}, []string{"r01", "r05", "r15"}},
		{"directive 01–KL/TW", Request{Query: "01–KL/TW"}, []string{"r01", "r05", "r15"}},
		{"directive and word", Request{Query: "05-CT/TW Đồng Tháp"}, []string{"r12"}},
		{"state document", Request{Query: "1234/qđ-ubnd"}, []string{"r09"}},
		{"filter directive", Request{Filters: Filters{Directive: "1-KL/TW"}}, []string{"r01", "r05", "r15"}},
		{"filter directive en dash", Request{Filters: Filters{Directive: "01–KL/TW"}}, []string{"r01", "r05", "r15"}},
		{"filter site", Request{Filters: Filters{Site: "kienan"}}, []string{"r10", "r11"}},
		{"filter province", Request{Filters: Filters{Province: "Hải Phòng"}}, []string{"r01", "r10", "r11", "r15", "r17", "r20"}},
		{"filter province folded", Request{Filters: Filters{Province: "hai phong"}}, []string{"r01", "r10", "r11", "r15", "r17", "r20"}},
		{"filter award", Request{Filters: Filters{Award: "Bằng khen"}}, []string{"r05", "r06", "r10", "r12", "r15"}},
		{"filter award folded", Request{Filters: Filters{Award: "bang khen"}}, []string{"r05", "r06", "r10", "r12", "r15"}},
		{"filter dates", Request{Filters: Filters{From: "2024-05-09", To: "2024-07-05"}}, []string{"r01", "r10", "r09"}},
		{"filter from", Request{Filters: Filters{From: "2025-01-01"}}, []string{"r11", "r17"}},
		{"query and filters", Request{Query: "Kết luận", Filters: Filters{Province: "Hải Phòng", From: "2024-01-01", To: "2024-12-31"}}, []string{"r01"}},
		{"nothing", Request{Query: "xyzzy"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Size = 100
			res, err := x.Search(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(t, docs, res)
			sort.Strings(got)
			want := slices.Clone(tt.want)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("hits %q, want %q", got, want)
			}
			if res.Total != uint64(len(want)) {
				t.Errorf("total %d, want %d", res.Total, len(want))
			}
		})
	}
}

func TestSearchRanking(t *testing.T) {
	x, docs := corpusIndex(t)
	ctx := context.Background()
	tests := []struct {
		query        string
		above, below string
	}{
		// Exact diacritics above folded matches: hòa (r02) above hóa (r04).
		{"hòa", "r02", "r04"},
		{"hóa", "r04", "r02"},
		// A headline match above a body match.
		{"Kết luận 01-KL/TW thực hiện", "r15", "r05"},
	}
	for _, tt := range tests {
		res, err := x.Search(ctx, Request{Query: tt.query, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(t, docs, res)
		a, b := slices.Index(got, tt.above), slices.Index(got, tt.below)
		if a < 0 || b < 0 || a > b {
			t.Errorf("%q: hits %q; want %s above %s", tt.query, got, tt.above, tt.below)
		}
	}
}

func TestSearchSnippet(t *testing.T) {
	x, _ := corpusIndex(t)
	res, err := x.Search(context.Background(), Request{Query: "thuy loi", Filters: Filters{Site: "lamdong"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	h := res.Hits[0]
	if !strings.Contains(h.Snippet, "<mark>thuỷ</mark> <mark>lợi</mark>") {
		t.Errorf("snippet %q lacks the marked words", h.Snippet)
	}
	if h.Site != "lamdong" || h.Title != "Xây dựng công trình thuỷ lợi phục vụ sản xuất" || *h.PublishedDate != "2022-08-15" || h.Score <= 0 {
		t.Errorf("hit %+v", h)
	}
}

func TestSearchFacets(t *testing.T) {
	x, _ := corpusIndex(t)
	res, err := x.Search(context.Background(), Request{Filters: Filters{Province: "Hải Phòng"}})
	if err != nil {
		t.Fatal(err)
	}
	count := func(facet, term string) int {
		for _, c := range res.Facets[facet] {
			if c.Term == term {
				return c.Count
			}
		}
		return 0
	}
	tests := []struct {
		facet, term string
		want        int
	}{
		{"province", "Hải Phòng", 6},
		{"province", "Hà Nội", 1},
		{"site", "kienan", 2},
		{"site", "doson", 1},
		{"directive", "01-KL/TW", 2},
		{"directive", "35-CT/TW", 1},
		{"award", "Bằng khen", 2},
		{"award", "Huân chương Lao động hạng Ba", 1},
		{"year", "2024", 3},
		{"year", "2025", 2},
		{"year", "2023", 1},
	}
	for _, tt := range tests {
		if got := count(tt.facet, tt.term); got != tt.want {
			t.Errorf("facet %s %q: %d, want %d (%v)", tt.facet, tt.term, got, tt.want, res.Facets[tt.facet])
		}
	}
	for _, name := range []string{"province", "site", "directive", "award", "year"} {
		if res.Facets[name] == nil {
			t.Errorf("facet %s missing", name)
		}
	}
}

func TestSearchPagingAndSort(t *testing.T) {
	x, docs := corpusIndex(t)
	ctx := context.Background()
	for _, order := range []string{SortRelevance, SortDate} {
		var all []string
		for from := 0; ; from += 3 {
			res, err := x.Search(ctx, Request{Query: "", Sort: order, Size: 3, From: from, NoFacets: true})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != uint64(len(docs)) {
				t.Fatalf("total %d, want %d", res.Total, len(docs))
			}
			if len(res.Hits) == 0 {
				break
			}
			all = append(all, ids(t, docs, res)...)
		}
		seen := map[string]bool{}
		for _, id := range all {
			if seen[id] {
				t.Errorf("sort %s: %s on two pages", order, id)
			}
			seen[id] = true
		}
		if len(seen) != len(docs) {
			t.Errorf("sort %s: pages hold %d records, want %d", order, len(seen), len(docs))
		}
		if order == SortDate {
			if all[0] != "r17" || all[len(all)-1] != "r08" {
				t.Errorf("by date: %q; want r17 (newest) first and r08 (undated) last", all)
			}
			byID := map[string]Doc{}
			for _, d := range docs {
				byID[d.ID] = d
			}
			for i := 1; i < len(all)-1; i++ {
				a, b := *byID[all[i-1]].Record.PublishedDate, *byID[all[i]].Record.PublishedDate
				if a < b {
					t.Errorf("by date: %s (%s) before %s (%s)", all[i-1], a, all[i], b)
				}
			}
		}
	}
}

func TestSearchErrors(t *testing.T) {
	x, _ := corpusIndex(t)
	tests := []Request{
		{Query: `"học tập`},
		{Query: `Kết luận "01`},
		{Query: "— ..."},
		{Filters: Filters{Directive: "hello"}},
		{Filters: Filters{From: "2024-13-01"}},
		{Filters: Filters{From: "2024-05-01", To: "2024-04-01"}},
		{Sort: "title"},
		{Size: MaxSize + 1},
		{Query: strings.Repeat("a ", maxQuery)},
	}
	for _, r := range tests {
		_, err := x.Search(context.Background(), r)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%+v: error %v, want a QueryError", r, err)
		}
	}
}

// The timeline and the award sums agree with the records themselves.
func TestTimelineAndAwardSums(t *testing.T) {
	x, docs := corpusIndex(t)
	res, err := x.Search(context.Background(), Request{AwardsByProvince: true, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	months := map[string]int{}
	sums := map[string]ProvinceAwards{}
	for _, d := range docs {
		r := d.Record
		if r.PublishedDate != nil {
			months[(*r.PublishedDate)[:7]]++
		}
		if r.AwardTotals.Collectives+r.AwardTotals.Individuals == 0 {
			continue
		}
		for _, p := range r.Provinces {
			s := sums[p]
			s.Province = p
			s.Records++
			s.Collectives += r.AwardTotals.Collectives
			s.Individuals += r.AwardTotals.Individuals
			sums[p] = s
		}
	}
	if len(res.Timeline) != len(months) {
		t.Errorf("timeline %v, want %v", res.Timeline, months)
	}
	for i, m := range res.Timeline {
		if months[m.Term] != m.Count || i > 0 && res.Timeline[i-1].Term >= m.Term {
			t.Errorf("timeline %v, want %v in order", res.Timeline, months)
			break
		}
	}
	if len(sums) == 0 || len(res.AwardsByProvince) != len(sums) {
		t.Fatalf("award sums %+v, want %+v", res.AwardsByProvince, sums)
	}
	for _, got := range res.AwardsByProvince {
		if got != sums[got.Province] {
			t.Errorf("award sums for %s: %+v, want %+v", got.Province, got, sums[got.Province])
		}
	}
}

func TestRecord(t *testing.T) {
	x, docs := corpusIndex(t)
	ctx := context.Background()
	for _, d := range docs {
		raw, site, err := x.Record(ctx, Key(d.ID))
		want, _ := marshalRecord(d.Record)
		if err != nil || string(raw) != string(want) || site != d.Site {
			t.Errorf("Record(%s): %q %q %v", d.ID, raw, site, err)
		}
	}
	if _, _, err := x.Record(ctx, "0123456789abcdef"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown key: %v", err)
	}
}

// A search finds what bleve's own evaluation of its terms finds (the
// view's bitmaps are checked against bleve's searchers), with the dates
// checked against the records; a dump of the same request writes the
// same records; the facets agree with the hits.
func TestSearchAgreesWithBleve(t *testing.T) {
	bothIndexes(t, func(t *testing.T, x *Index, docs []Doc) {
		ctx := context.Background()
		byURL := map[string]Doc{}
		for _, d := range docs {
			byURL[d.Record.URL] = d
		}
		for _, req := range []Request{
			{}, {Query: "ủy ban"}, {Query: "uy ban nhan dan"}, {Query: `"học tập và làm theo"`},
			{Query: "01-KL/TW"}, {Query: "hòa"}, {Query: "Kết luận", Filters: Filters{Province: "hai phong"}},
			{Filters: Filters{From: "2024-05-09", To: "2024-07-05"}}, {Filters: Filters{Award: "bang khen", From: "2024-01-01"}},
			{Query: "xyzzy"}, {Query: "Hà Nội", Sort: SortDate},
		} {
			req.Size = MaxSize
			res, err := x.Search(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			var found []string
			for _, h := range res.Hits {
				found = append(found, h.URL)
			}
			sort.Strings(found)

			// bleve: every term of the query, then the dates by hand.
			q, err := compileQuery(req.Query, req.Filters)
			if err != nil {
				t.Fatal(err)
			}
			var qs []query.Query
			for _, ft := range q.must {
				if ft.fold == nil {
					tq := bleve.NewTermQuery(ft.term)
					tq.SetField(ft.field)
					qs = append(qs, tq)
					continue
				}
				// A folded syllable: any term of the field that folds to
				// it, read from the whole dictionary.
				var alts []query.Query
				for _, term := range dictTerms(t, x, ft.field) {
					if _, f := forms([]byte(term)); string(f) == ft.term {
						tq := bleve.NewTermQuery(term)
						tq.SetField(ft.field)
						alts = append(alts, tq)
					}
				}
				if len(alts) == 0 {
					alts = append(alts, bleve.NewMatchNoneQuery())
				}
				qs = append(qs, bleve.NewDisjunctionQuery(alts...))
			}
			var bq query.Query = bleve.NewMatchAllQuery()
			if len(qs) > 0 {
				bq = bleve.NewConjunctionQuery(qs...)
			}
			br, err := x.bi.Search(bleve.NewSearchRequestOptions(bq, 1000, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, h := range br.Hits {
				var d *Doc
				for i := range docs {
					if docs[i].ID == h.ID {
						d = &docs[i]
					}
				}
				if d == nil {
					t.Fatalf("bleve found %s, not in the corpus", h.ID)
				}
				p := d.Record.PublishedDate
				from, to := req.Filters.From, req.Filters.To
				if (from != "" || to != "") && (p == nil || from != "" && *p < from || to != "" && *p > to) {
					continue
				}
				want = append(want, d.Record.URL)
			}
			sort.Strings(want)
			if !slices.Equal(found, want) || int(res.Total) != len(want) {
				t.Errorf("%+v: search found %d (total %d) %q, bleve %q", req, len(found), res.Total, found, want)
			}

			var buf strings.Builder
			n, err := x.Dump(ctx, &buf, FormatJSONL, req)
			if err != nil || n != len(want) {
				t.Errorf("%+v: dump wrote %d, %v; want %d", req, n, err, len(want))
			}

			sites := map[string]int{}
			for _, h := range res.Hits {
				sites[h.Site]++
			}
			for _, c := range res.Facets["site"] {
				if sites[c.Term] != c.Count {
					t.Errorf("%+v: site facet %s = %d, hits %d", req, c.Term, c.Count, sites[c.Term])
				}
			}
		}
	})
}

// Searches of one read-only index may run at once: they share its view.
func TestSearchConcurrent(t *testing.T) {
	x, _ := corpusReadOnly(t)
	ctx := context.Background()
	reqs := []Request{{Query: "ủy ban"}, {Query: `"học tập và làm theo"`}, {Filters: Filters{Province: "hai phong"}}, {Query: "Kết luận", Sort: SortDate}}
	want := make([]Result, len(reqs))
	for i, r := range reqs {
		var err error
		if want[i], err = x.Search(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			for k := range 20 {
				i := (g + k) % len(reqs)
				got, err := x.Search(ctx, reqs[i])
				if err == nil && (got.Total != want[i].Total || len(got.Hits) != len(want[i].Hits) || got.Hits[0].URL != want[i].Hits[0].URL) {
					err = fmt.Errorf("%+v: %d hits, want %d", reqs[i], got.Total, want[i].Total)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// An index with no records answers every search and dump with nothing.
func TestSearchEmptyIndex(t *testing.T) {
	ctx := context.Background()
	x, err := Create(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	res, err := x.Search(ctx, Request{Query: "ủy ban", AwardsByProvince: true})
	if err != nil || res.Total != 0 || len(res.Hits) != 0 || res.Facets["province"] == nil {
		t.Errorf("search of an empty index: %+v, %v", res, err)
	}
	var buf strings.Builder
	if n, err := x.Dump(ctx, &buf, FormatCSV, Request{}); err != nil || n != 0 {
		t.Errorf("dump of an empty index: %d, %v", n, err)
	}
}

// dictTerms returns every term of field in x.
func dictTerms(t *testing.T, x *Index, field string) []string {
	t.Helper()
	adv, err := x.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	d, err := r.FieldDict(field)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var out []string
	for {
		e, err := d.Next()
		if err != nil {
			t.Fatal(err)
		}
		if e == nil {
			return out
		}
		out = append(out, e.Term)
	}
}
