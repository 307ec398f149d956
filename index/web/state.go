package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnnews/vnnews/index"
)

// state is everything a search page or API call is about, as it travels in
// the URL: the query, the contract's filters, the order and the page. The
// URL holds the whole state, so a page can be shared and the back button
// works.
type state struct {
	Q         string
	Directive string
	Province  string
	Site      string
	Award     string
	From, To  string
	Sort      string
	Page      int // 1-based
}

// paramError is a request parameter that cannot be used; its message is
// for the user.
type paramError struct{ msg string }

func (e *paramError) Error() string { return e.msg }

func paramErrorf(format string, args ...any) error {
	return &paramError{msg: fmt.Sprintf(format, args...)}
}

// parseState reads a state from URL parameters, checking lengths, the sort
// and the page against the limits; pageSize is the hits per page the page
// number counts in.
func parseState(v url.Values, pageSize int) (state, error) {
	st := state{
		Q:         strings.TrimSpace(v.Get("q")),
		Directive: strings.TrimSpace(v.Get("directive")),
		Province:  strings.TrimSpace(v.Get("province")),
		Site:      strings.TrimSpace(v.Get("site")),
		Award:     strings.TrimSpace(v.Get("award")),
		From:      strings.TrimSpace(v.Get("from")),
		To:        strings.TrimSpace(v.Get("to")),
		Sort:      strings.TrimSpace(v.Get("sort")),
		Page:      1,
	}
	if len(st.Q) > MaxQuery {
		return st, paramErrorf("Câu tìm kiếm quá dài: %d byte, tối đa %d (query too long).", len(st.Q), MaxQuery)
	}
	for _, f := range []struct{ name, val string }{
		{"directive", st.Directive}, {"province", st.Province}, {"site", st.Site},
		{"award", st.Award}, {"from", st.From}, {"to", st.To}, {"sort", st.Sort},
	} {
		if len(f.val) > maxFilter {
			return st, paramErrorf("Tham số %s quá dài (parameter %s too long; at most %d bytes).", f.name, f.name, maxFilter)
		}
	}
	for _, s := range []string{st.Q, st.Directive, st.Province, st.Site, st.Award} {
		if !utf8.ValidString(s) {
			return st, paramErrorf("Tham số không phải UTF-8 (a parameter is not valid UTF-8).")
		}
	}
	switch st.Sort {
	case "", index.SortRelevance:
		st.Sort = ""
	case index.SortDate:
	default:
		return st, paramErrorf("sort %q: dùng relevance hoặc date (use relevance or date).", st.Sort)
	}
	if p := v.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return st, paramErrorf("page %q: phải là số từ 1 (page must be a number from 1).", p)
		}
		st.Page = n
	}
	if maxPage := MaxOffset/pageSize + 1; st.Page > maxPage {
		return st, paramErrorf("page %d: tối đa %d; hãy dùng Tải xuống để lấy tất cả (at most page %d; use the dump for everything).", st.Page, maxPage, maxPage)
	}
	return st, nil
}

// filters returns the state's filters for the index.
func (st state) filters() index.Filters {
	return index.Filters{
		Directive: st.Directive, Site: st.Site, Province: st.Province,
		Award: st.Award, From: st.From, To: st.To,
	}
}

// request returns the index request for the state's page of size hits.
func (st state) request(size int) index.Request {
	return index.Request{
		Query: st.Q, Filters: st.filters(), Sort: st.Sort,
		Size: size, From: (st.Page - 1) * size, AwardsByProvince: true,
	}
}

// values returns the state as URL parameters, leaving out empty ones and
// page 1.
func (st state) values() url.Values {
	v := url.Values{}
	for _, p := range []struct{ k, v string }{
		{"q", st.Q}, {"directive", st.Directive}, {"province", st.Province}, {"site", st.Site},
		{"award", st.Award}, {"from", st.From}, {"to", st.To}, {"sort", st.Sort},
	} {
		if p.v != "" {
			v.Set(p.k, p.v)
		}
	}
	if st.Page > 1 {
		v.Set("page", strconv.Itoa(st.Page))
	}
	return v
}

// URL returns the search page's URL for the state.
func (st state) URL() string {
	if q := st.values().Encode(); q != "" {
		return "/?" + q
	}
	return "/"
}

// set returns a copy of the state with parameter key set to val (empty
// removes it), back on page 1.
func (st state) set(key, val string) state {
	switch key {
	case "q":
		st.Q = val
	case "directive":
		st.Directive = val
	case "province":
		st.Province = val
	case "site":
		st.Site = val
	case "award":
		st.Award = val
	case "from":
		st.From = val
	case "to":
		st.To = val
	case "sort":
		st.Sort = val
	}
	st.Page = 1
	return st
}

// With returns the URL of the state with parameter key set to val, on page
// 1: a facet's link.
func (st state) With(key, val string) string { return st.set(key, val).URL() }

// Without returns the URL of the state without parameter key: an active
// filter's remove link. Without "year" removes the date range.
func (st state) Without(key string) string {
	if key == "year" {
		return st.set("from", "").set("to", "").URL()
	}
	return st.set(key, "").URL()
}

// Range returns the URL of the state narrowed to publication dates from
// to to (YYYY-MM-DD), on page 1.
func (st state) Range(from, to string) string { return st.set("from", from).set("to", to).URL() }

// Year returns the URL of the state narrowed to one year of publication.
func (st state) Year(y string) string { return st.Range(y+"-01-01", y+"-12-31") }

// year returns the year the state's date range is exactly, or "".
func (st state) year() string {
	if len(st.From) == 10 && strings.HasSuffix(st.From, "-01-01") && st.To == st.From[:4]+"-12-31" {
		return st.From[:4]
	}
	return ""
}

// PageURL returns the URL of page n of the state's hits.
func (st state) PageURL(n int) string {
	st.Page = n
	return st.URL()
}

// DumpURL returns the API URL that downloads every record of the state's
// query and filters in format.
func (st state) DumpURL(format string) string {
	st.Page = 1
	st.Sort = ""
	v := st.values()
	v.Set("format", format)
	return "/api/dump?" + v.Encode()
}

// APIURL returns the API URL of the state's search.
func (st state) APIURL() string {
	if q := st.values().Encode(); q != "" {
		return "/api/search?" + q
	}
	return "/api/search"
}
