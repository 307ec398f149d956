package web

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/index"
)

// searchView is the search page.
type searchView struct {
	base
	Searched bool // a query or filter was given (else the page shows everything)
	Error    string
	Total    uint64
	First    int // 1-based number of the first hit shown
	Last     int
	Hits     []hitView
	Chips    []chip
	Facets   []facetGroup
	Timeline *timelineChart
	Awards   *awardChart
	Page     int
	Pages    int
	ClearURL string // the query without filters
	PrevURL  string
	NextURL  string
	JSONL    string // download links
	CSV      string
	API      string
}

// hitView is one hit on the search page.
type hitView struct {
	ID          string
	URL         string
	Title       string
	Site        string
	SiteURL     string // the page narrowed to the hit's site
	Date        string
	Snippet     template.HTML
	Directives  []labelView
	Provinces   []labelView
	Collectives int
	Individuals int
}

// labelView is a small label linking to the search narrowed to it.
type labelView struct {
	Text string
	URL  string
}

// chip is an active filter, with the link that removes it.
type chip struct {
	Label     string
	Value     string
	RemoveURL string
}

// facetGroup is one facet: its values with counts and links.
type facetGroup struct {
	Key    string
	Label  string
	Values []facetValue
}

// facetValue is one value of a facet.
type facetValue struct {
	Term   string
	Count  int
	URL    string // narrows the search to it, or removes it when Active
	Active bool
}

// facetLabels names the facets on the page, in their order.
var facetLabels = []struct{ key, label string }{
	{"province", "Tỉnh/thành"},
	{"directive", "Văn bản"},
	{"award", "Khen thưởng"},
	{"year", "Năm"},
	{"site", "Trang tin"},
}

// handlePage serves the search page.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	st, err := parseState(r.URL.Query(), PageSize)
	view := searchView{base: base{Title: "Tìm kiếm", State: st}}
	if err != nil {
		view.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", view)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.searchTimeout)
	defer cancel()
	res, err := s.backend.Search(ctx, st.request(PageSize))
	if err != nil {
		status, msg := s.failure(r, err)
		if status != http.StatusBadRequest {
			s.pageError(w, r, status, msg)
			return
		}
		view.Error = msg
		s.render(w, r, status, "search", view)
		return
	}
	s.render(w, r, http.StatusOK, "search", s.searchView(st, res))
}

// searchView builds the search page's view of a result.
func (s *Server) searchView(st state, res index.Result) searchView {
	v := searchView{
		base:     base{Title: "Tìm kiếm", State: st},
		Searched: st.Q != "" || st.filters() != (index.Filters{}),
		Total:    res.Total,
		Page:     st.Page,
		Pages:    int((res.Total + PageSize - 1) / PageSize),
		JSONL:    st.DumpURL("jsonl"),
		CSV:      st.DumpURL("csv"),
		API:      st.APIURL(),
		ClearURL: state{Q: st.Q, Sort: st.Sort, Page: 1}.URL(),
	}
	if st.Q != "" {
		v.Title = st.Q + " – Tìm kiếm"
	}
	if maxPages := MaxOffset/PageSize + 1; v.Pages > maxPages {
		v.Pages = maxPages
	}
	if st.Page > 1 {
		v.PrevURL = st.PageURL(st.Page - 1)
	}
	if st.Page < v.Pages {
		v.NextURL = st.PageURL(st.Page + 1)
	}
	if len(res.Hits) > 0 {
		v.First = (st.Page-1)*PageSize + 1
		v.Last = v.First + len(res.Hits) - 1
	}
	for _, h := range res.Hits {
		v.Hits = append(v.Hits, s.hitView(st, h))
	}
	v.Chips = chips(st)
	v.Facets = facetGroups(st, res.Facets)
	v.Timeline = newTimelineChart(st, res.Timeline)
	v.Awards = newAwardChart(st, res.AwardsByProvince)
	return v
}

// hitView builds one hit's view: the labels come from its record.
func (s *Server) hitView(st state, h index.Hit) hitView {
	hv := hitView{
		ID:      h.ID,
		URL:     h.URL,
		Title:   h.Title,
		Site:    h.Site,
		SiteURL: st.With("site", h.Site),
		Date:    formatDate(h.PublishedDate),
		Snippet: safeSnippet(h.Snippet),
	}
	if hv.Title == "" {
		hv.Title = "(không có tiêu đề)"
	}
	var rec extract.Record
	if err := json.Unmarshal(h.Record, &rec); err != nil {
		s.log.Warn("web: hit with an unreadable record", "id", h.ID, "err", err)
		return hv
	}
	for _, d := range rec.Directives {
		hv.Directives = append(hv.Directives, labelView{Text: d.Number, URL: st.With("directive", d.Number)})
	}
	for _, p := range rec.Provinces {
		hv.Provinces = append(hv.Provinces, labelView{Text: p, URL: st.With("province", p)})
	}
	hv.Collectives = rec.AwardTotals.Collectives
	hv.Individuals = rec.AwardTotals.Individuals
	return hv
}

// chips lists the state's active filters.
func chips(st state) []chip {
	var out []chip
	add := func(key, label, val string) {
		if val != "" {
			out = append(out, chip{Label: label, Value: val, RemoveURL: st.Without(key)})
		}
	}
	add("province", "Tỉnh/thành", st.Province)
	add("directive", "Văn bản", st.Directive)
	add("award", "Khen thưởng", st.Award)
	add("site", "Trang tin", st.Site)
	if y := st.year(); y != "" {
		add("year", "Năm", y)
	} else {
		add("from", "Từ ngày", formatDate(st.From))
		add("to", "Đến ngày", formatDate(st.To))
	}
	return out
}

// facetGroups builds the facets of a result, each value linking to the
// search narrowed to it (or, when it is the active filter, widened again).
func facetGroups(st state, facets map[string][]index.FacetCount) []facetGroup {
	var out []facetGroup
	for _, f := range facetLabels {
		counts := facets[f.key]
		if len(counts) == 0 {
			continue
		}
		g := facetGroup{Key: f.key, Label: f.label}
		for _, c := range counts {
			fv := facetValue{Term: c.Term, Count: c.Count}
			active := activeValue(st, f.key)
			if active != "" && active == c.Term {
				fv.Active = true
				fv.URL = st.Without(f.key)
			} else if f.key == "year" {
				fv.URL = st.Year(c.Term)
			} else {
				fv.URL = st.With(f.key, c.Term)
			}
			g.Values = append(g.Values, fv)
		}
		out = append(out, g)
	}
	return out
}

// activeValue returns the state's value for a facet.
func activeValue(st state, key string) string {
	switch key {
	case "province":
		return st.Province
	case "directive":
		return st.Directive
	case "award":
		return st.Award
	case "site":
		return st.Site
	case "year":
		return st.year()
	}
	return ""
}
