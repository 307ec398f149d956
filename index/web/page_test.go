package web

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/index"
)

// hitCount counts the hits listed on a search page.
func hitCount(body string) int { return strings.Count(body, `<li class="hit">`) }

func TestSearchPage(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	// Without diacritics: the phrase of r01, r10 and the hostile record.
	target := "/?q=" + url.QueryEscape(`"hoc tap va lam theo"`)
	r := get(t, s, target)
	wantStatus(t, r, target, http.StatusOK, "text/html")
	if n := hitCount(r.Body); n < 2 {
		t.Fatalf("%d hits for a folded phrase:\n%s", n, r.Body)
	}
	for _, want := range []string{
		`lang="vi"`, `name="viewport"`, "kết quả", "Tìm kiếm", "Tỉnh/thành", "Văn bản", "Khen thưởng", "Năm",
		"<mark>", `class="timeline"`, `class="bar"`, "<title>", "Tải xuống JSONL", "Tải xuống CSV",
		`href="/api/dump?format=jsonl&q=%22hoc+tap+va+lam+theo%22"`,
		`href="/api/dump?format=csv&q=%22hoc+tap+va+lam+theo%22"`,
		`rel="noopener noreferrer"`, `value="&#34;hoc tap va lam theo&#34;"`,
	} {
		if !strings.Contains(r.Body, want) && !strings.Contains(html.UnescapeString(r.Body), want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	if strings.Contains(r.Body, "style=") || strings.Contains(r.Body, "<script") {
		t.Error("search page has an inline style or a script (the CSP forbids them)")
	}

	// Everything: 21 records, the award chart, a facet per field.
	r = get(t, s, "/")
	wantStatus(t, r, "/", http.StatusOK, "text/html")
	for _, want := range []string{`<strong>21</strong> kết quả`, `class="awards"`, `class="seg-c"`, "Hải Phòng", `data-facet="province"`, `data-facet="site"`, `data-facet="year"`, "Trang 1 / 2", "Trang sau"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("front page lacks %q", want)
		}
	}
	if n := hitCount(r.Body); n != PageSize {
		t.Errorf("front page lists %d hits, want %d", n, PageSize)
	}
	r = get(t, s, "/?page=2")
	if n := hitCount(r.Body); n != 1 || !strings.Contains(r.Body, "Trang trước") {
		t.Errorf("page 2 lists %d hits, want 1 and a link back", n)
	}

	r = get(t, s, "/?q=khongcotukhoanay")
	wantStatus(t, r, "/?q=...", http.StatusOK, "text/html")
	if !strings.Contains(r.Body, "Không tìm thấy bài nào") || hitCount(r.Body) != 0 {
		t.Error("a query matching nothing does not say so")
	}
}

// Facet links narrow the search; the narrowed page shows the filter as a
// chip whose link widens it again; the form keeps the filter.
func TestSearchPageFacets(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	r := get(t, s, "/?q=so+ket")
	all := hitCount(r.Body)
	link := regexp.MustCompile(`<a href="([^"]*province=[^"]*)"><span class="term">Hải Phòng</span>`).FindStringSubmatch(r.Body)
	if link == nil {
		t.Fatalf("no Hải Phòng facet link:\n%s", r.Body)
	}
	target := html.UnescapeString(link[1])
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	if u.Query().Get("province") != "Hải Phòng" || u.Query().Get("q") != "so ket" {
		t.Fatalf("facet link %s does not keep the query and add the province", target)
	}
	r = get(t, s, target)
	wantStatus(t, r, target, http.StatusOK, "text/html")
	if n := hitCount(r.Body); n == 0 || n >= all {
		t.Errorf("the facet gave %d hits, out of %d", n, all)
	}
	for _, want := range []string{`class="chip"`, "Tỉnh/thành:", `href="/?q=so+ket"`, `<input type="hidden" name="province" value="Hải Phòng">`, `aria-current="true"`} {
		if !strings.Contains(html.UnescapeString(r.Body), want) {
			t.Errorf("narrowed page lacks %q", want)
		}
	}

	// The year facet sets a date range, shown as one chip.
	r = get(t, s, "/?from=2024-01-01&to=2024-12-31")
	if !strings.Contains(r.Body, `<span class="chip-label">Năm:</span> 2024`) {
		t.Error("a year's range is not shown as a year chip")
	}
	if strings.Contains(r.Body, "2023-") {
		t.Error("a year's range shows records of another year")
	}
}

// Wrong queries and parameters give the page back with a message and 400.
func TestSearchPageErrors(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for target, want := range map[string]string{
		"/?from=2024-13-45":                          "2024-13-45",
		"/?q=" + url.QueryEscape(`"hoc tap`):         "quote",
		"/?q=" + strings.Repeat("a", MaxQuery+1):     "quá dài",
		"/?page=0":                                   "page",
		"/?page=abc":                                 "page",
		"/?page=100000":                              "tối đa",
		"/?sort=random":                              "sort",
		"/?province=" + strings.Repeat("x", 300):     "province",
		"/?directive=" + url.QueryEscape("không-số"): "",
	} {
		r := get(t, s, target)
		if target == "/?directive="+url.QueryEscape("không-số") {
			// A directive the extractor does not read: 400 or no hits.
			if r.Status != http.StatusBadRequest && hitCount(r.Body) != 0 {
				t.Errorf("GET %s: status %d with hits", target, r.Status)
			}
			continue
		}
		wantStatus(t, r, target, http.StatusBadRequest, "text/html")
		if !strings.Contains(r.Body, `class="error"`) || !strings.Contains(r.Body, want) {
			t.Errorf("GET %s: no message with %q:\n%.2000s", target, want, r.Body)
		}
		if !strings.Contains(r.Body, `<form class="search"`) {
			t.Errorf("GET %s: the error page has no search box", target)
		}
	}
}

// Everything from articles is escaped: the hostile record's title, text
// and byline appear as text, never as markup.
func TestSearchPageEscapes(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, target := range []string{"/?q=hoc+tap", "/?site=evil", "/?q=" + url.QueryEscape("<script>alert(1)</script>")} {
		r := get(t, s, target)
		if r.Status != http.StatusOK {
			t.Fatalf("GET %s: status %d", target, r.Status)
		}
		if strings.Contains(r.Body, "<script") || strings.Contains(r.Body, "<img") || strings.Contains(r.Body, "alert(3)</script>") {
			t.Errorf("GET %s: markup from an article reached the page:\n%s", target, r.Body)
		}
	}
	r := get(t, s, "/?site=evil")
	if !strings.Contains(r.Body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the hostile title is not shown escaped:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "&lt;img src=x onerror=alert(2)&gt;") {
		t.Errorf("the hostile text is not shown escaped in the snippet")
	}
}

func TestSafeSnippet(t *testing.T) {
	for in, want := range map[string]string{
		"a &lt;b&gt; <mark>c</mark> d":      "a &lt;b&gt; <mark>c</mark> d",
		"<script>x</script> <mark>y</mark>": "&lt;script&gt;x&lt;/script&gt; <mark>y</mark>",
		"<mark>open":                        "<mark>open</mark>",
		"&amp; &#34; \"":                    "&amp; &#34; &#34;",
		"</mark>stray<mark>x</mark>":        "&lt;/mark&gt;stray<mark>x</mark>",
	} {
		if got := string(safeSnippet(in)); got != want {
			t.Errorf("safeSnippet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseState(t *testing.T) {
	st, err := parseState(url.Values{"q": {" hoc tap "}, "province": {"Hải Phòng"}, "sort": {"date"}, "page": {"3"}}, PageSize)
	if err != nil {
		t.Fatal(err)
	}
	req := st.request(PageSize)
	if req.Query != "hoc tap" || req.Province != "Hải Phòng" || req.Sort != index.SortDate || req.From != 40 || req.Size != PageSize {
		t.Errorf("request %+v", req)
	}
	if got := st.URL(); got != "/?page=3&province=H%E1%BA%A3i+Ph%C3%B2ng&q=hoc+tap&sort=date" {
		t.Errorf("URL %s", got)
	}
	if got := st.With("site", "doson"); got != "/?province=H%E1%BA%A3i+Ph%C3%B2ng&q=hoc+tap&site=doson&sort=date" {
		t.Errorf("With: %s", got)
	}
	if got := st.Without("province"); got != "/?q=hoc+tap&sort=date" {
		t.Errorf("Without: %s", got)
	}
	if got := st.DumpURL("csv"); got != "/api/dump?format=csv&province=H%E1%BA%A3i+Ph%C3%B2ng&q=hoc+tap" {
		t.Errorf("DumpURL: %s", got)
	}
	last := MaxOffset/PageSize + 1
	if st, err := parseState(url.Values{"page": {"501"}}, PageSize); err != nil || st.request(PageSize).From > MaxOffset || last != 501 {
		t.Errorf("the last page is refused or skips more than %d: %v", MaxOffset, err)
	}
}
