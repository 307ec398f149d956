package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vnnews/vnnews/index"
)

func TestAPISearch(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	target := "/api/search?q=" + url.QueryEscape("uy ban nhan dan") + "&size=5"
	r := get(t, s, "/api/search?q=so+ket&province="+url.QueryEscape("Hai Phong")+"&size=2")
	wantStatus(t, r, target, http.StatusOK, "application/json")
	var res struct {
		Total            uint64                        `json:"total"`
		Page             int                           `json:"page"`
		Size             int                           `json:"size"`
		Hits             []index.Hit                   `json:"hits"`
		Facets           map[string][]index.FacetCount `json:"facets"`
		Timeline         []index.FacetCount            `json:"timeline"`
		AwardsByProvince []index.ProvinceAwards        `json:"awards_by_province"`
	}
	if err := json.Unmarshal([]byte(r.Body), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total < 2 || len(res.Hits) != 2 || res.Page != 1 || res.Size != 2 {
		t.Errorf("total %d, %d hits, page %d, size %d", res.Total, len(res.Hits), res.Page, res.Size)
	}
	for _, h := range res.Hits {
		if h.ID == "" || h.URL == "" || h.Snippet == "" || len(h.Record) == 0 {
			t.Errorf("hit lacks fields: %+v", h)
		}
	}
	for _, f := range []string{"province", "site", "directive", "award", "year"} {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("no %s facet", f)
		}
	}
	if len(res.Timeline) == 0 || len(res.AwardsByProvince) == 0 {
		t.Errorf("timeline %v, awards by province %v", res.Timeline, res.AwardsByProvince)
	}
	if !strings.Contains(r.Body, `"awards_by_province"`) || !strings.Contains(r.Body, `"timeline"`) {
		t.Error("the answer lacks its keys")
	}

	// Page 2 of size 2 starts at hit 3.
	r2 := get(t, s, "/api/search?q=so+ket&size=2&page=2")
	var p2 struct {
		Page int         `json:"page"`
		Hits []index.Hit `json:"hits"`
	}
	json.Unmarshal([]byte(r2.Body), &p2)
	all := get(t, s, "/api/search?q=so+ket&size=4")
	var p4 struct{ Hits []index.Hit }
	json.Unmarshal([]byte(all.Body), &p4)
	if p2.Page != 2 || len(p2.Hits) != 2 || len(p4.Hits) < 4 || p2.Hits[0].ID != p4.Hits[2].ID {
		t.Errorf("paging: page 2 of size 2 is not hits 3 and 4")
	}

	// Nothing found: empty lists, not null.
	r = get(t, s, "/api/search?q=khongcotukhoanay")
	for _, want := range []string{`"total":0`, `"hits":[]`, `"timeline":[]`, `"awards_by_province":[]`} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("empty answer lacks %s: %s", want, r.Body)
		}
	}
}

func TestAPISearchErrors(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for target, want := range map[string]string{
		"/api/search?from=2024-02-30":                                    "2024-02-30",
		"/api/search?to=yesterday":                                       "yesterday",
		"/api/search?q=" + url.QueryEscape(`"hoc tap`):                   "quote",
		"/api/search?q=" + strings.Repeat("x", MaxQuery+1):               "quá dài",
		"/api/search?size=0":                                             "size",
		"/api/search?size=101":                                           "size",
		"/api/search?size=x":                                             "size",
		"/api/search?page=-1":                                            "page",
		"/api/search?page=10000":                                         "page",
		"/api/search?size=100&page=102":                                  "page",
		"/api/search?sort=score":                                         "sort",
		"/api/search?award=" + url.QueryEscape(strings.Repeat("x", 201)): "award",
	} {
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusBadRequest, "application/json")
		if msg := apiError(t, r); !strings.Contains(msg, want) {
			t.Errorf("GET %s: error %q does not mention %q", target, msg, want)
		}
	}
}

func TestAPIArticle(t *testing.T) {
	s, docs := newTestServer(t, Options{})
	d := docByID(t, docs, "/r15.html")
	key := index.Key(d.ID)
	target := "/api/articles/" + key
	r := get(t, s, target)
	wantStatus(t, r, target, http.StatusOK, "application/json")
	var got struct {
		ID     string          `json:"id"`
		Site   string          `json:"site"`
		Record json.RawMessage `json:"record"`
	}
	if err := json.Unmarshal([]byte(r.Body), &got); err != nil {
		t.Fatal(err)
	}
	want, _, err := s.backend.Record(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != key || got.Site != "haiphong" || !bytes.Equal(compact(t, got.Record), compact(t, want)) {
		t.Errorf("got %s %s %s", got.ID, got.Site, got.Record)
	}

	for _, bad := range []string{"/api/articles/0000000000000000", "/api/articles/xyz", "/api/articles/" + strings.Repeat("a", 17)} {
		r := get(t, s, bad)
		wantStatus(t, r, bad, http.StatusNotFound, "application/json")
		apiError(t, r)
	}

	// The hostile record comes out as JSON with its markup escaped.
	r = get(t, s, "/api/articles/"+index.Key(xssURL))
	if strings.Contains(r.Body, "<script") {
		t.Errorf("raw <script in JSON: %s", r.Body)
	}
	json.Unmarshal([]byte(r.Body), &got)
	var rec struct{ Title string }
	if json.Unmarshal(got.Record, &rec); rec.Title != xssTitle {
		t.Errorf("title %q, want %q", rec.Title, xssTitle)
	}
}

// compact returns JSON without insignificant space.
func compact(t testing.TB, raw []byte) []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The dump of a request is byte for byte what Index.Dump writes for it.
func TestAPIDump(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	x, _ := sharedIndex(t)
	for _, c := range []struct {
		params string
		req    index.Request
		format index.Format
		ctype  string
	}{
		{"format=jsonl", index.Request{}, index.FormatJSONL, "application/x-ndjson"},
		{"format=csv&q=so+ket", index.Request{Query: "so ket"}, index.FormatCSV, "text/csv"},
		{"format=jsonl&directive=1-KL%2FTW&province=hai+phong", index.Request{Filters: index.Filters{Directive: "1-KL/TW", Province: "hai phong"}}, index.FormatJSONL, "application/x-ndjson"},
		{"format=json&from=2024-01-01&to=2024-06-30", index.Request{Filters: index.Filters{From: "2024-01-01", To: "2024-06-30"}}, index.FormatJSON, "application/json"},
		{"format=csv&q=khongcotukhoanay", index.Request{Query: "khongcotukhoanay"}, index.FormatCSV, "text/csv"},
		{"q=so+ket&page=3&sort=date", index.Request{Query: "so ket"}, index.FormatJSONL, "application/x-ndjson"},
	} {
		target := "/api/dump?" + c.params
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusOK, c.ctype)
		var want bytes.Buffer
		if _, err := x.Dump(context.Background(), &want, c.format, c.req); err != nil {
			t.Fatal(err)
		}
		if r.Body != want.String() {
			t.Errorf("GET %s: the dump differs from Index.Dump:\n got %.300q\nwant %.300q", target, r.Body, want.String())
		}
		if cd := r.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="vnnews-`) {
			t.Errorf("GET %s: Content-Disposition %q", target, cd)
		}
	}

	for target, want := range map[string]string{
		"/api/dump?format=xml":                              "xml",
		"/api/dump?format=csv&from=2024-1-1":                "2024-1-1",
		"/api/dump?format=jsonl&q=" + url.QueryEscape(`"a`): "quote",
	} {
		r := get(t, s, target)
		wantStatus(t, r, target, http.StatusBadRequest, "application/json")
		if msg := apiError(t, r); !strings.Contains(msg, want) {
			t.Errorf("GET %s: error %q does not mention %q", target, msg, want)
		}
	}
}

// slowDumper streams a dump slower than the server's write timeout.
type slowDumper struct{ stubBackend }

func (slowDumper) Dump(ctx context.Context, w io.Writer, f index.Format, r index.Request) (int, error) {
	for i := range 3 {
		fmt.Fprintf(w, "{\"n\":%d}\n", i)
		select {
		case <-time.After(150 * time.Millisecond):
		case <-ctx.Done():
			return i, ctx.Err()
		}
	}
	return 3, nil
}

// A dump outlives the server's write timeout (sized for searches): the
// handler extends its own deadline.
func TestAPIDumpOutlivesWriteTimeout(t *testing.T) {
	s, err := New(Options{Backend: slowDumper{}, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s)
	ts.Config.WriteTimeout = 100 * time.Millisecond
	ts.Start()
	defer ts.Close()
	res, err := http.Get(ts.URL + "/api/dump?format=jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK || strings.Count(string(body), "\n") != 3 {
		t.Errorf("status %d, err %v, body %q", res.StatusCode, err, body)
	}
}
