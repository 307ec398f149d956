package web

import (
	"html"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/extract"
	"github.com/vnnews/vnnews/index"
)

// docByID finds a corpus record by URL suffix.
func docByID(t testing.TB, docs []index.Doc, suffix string) index.Doc {
	t.Helper()
	for _, d := range docs {
		if strings.HasSuffix(d.ID, suffix) {
			return d
		}
	}
	t.Fatalf("no record %s in the corpus", suffix)
	return index.Doc{}
}

func TestArticlePage(t *testing.T) {
	// Marks from a stub: the directive number and the first sentence's
	// date, as the extractor's rules would give them.
	marks := func(text string) []extract.Mark {
		var out []extract.Mark
		if i := strings.Index(text, "Sáng 9/5"); i >= 0 {
			out = append(out, extract.Mark{Start: i + len("Sáng "), End: i + len("Sáng 9/5"), Kind: extract.MarkDate})
		}
		if i := strings.Index(text, "01-KL/TW"); i >= 0 {
			out = append(out, extract.Mark{Start: i, End: i + len("01-KL/TW"), Kind: extract.MarkDirective})
		}
		if i := strings.Index(text, "10 tập thể và 14 cá nhân"); i >= 0 {
			out = append(out, extract.Mark{Start: i, End: i + len("10 tập thể và 14 cá nhân"), Kind: extract.MarkAward})
		}
		return out
	}
	s, docs := newTestServer(t, Options{Marks: marks})
	d := docByID(t, docs, "/r01.html")
	target := "/bai/" + index.Key(d.ID)
	r := get(t, s, target)
	wantStatus(t, r, target, http.StatusOK, "text/html")
	for _, want := range []string{
		"<h1>Quận ủy Đồ Sơn sơ kết 3 năm thực hiện Kết luận số 01-KL/TW</h1>",
		`<a href="https://doson.example.vn/tin-tuc/r01.html" rel="noopener noreferrer"`,
		"09/05/2024", "doson", "Hải Phòng", "Bộ Chính trị", "Giấy khen", "10 tập thể, 14 cá nhân",
		`<mark class="k-date">9/5</mark>`, `<mark class="k-directive">01-KL/TW</mark>`,
		`<mark class="k-award">10 tập thể và 14 cá nhân</mark>`,
		`href="/?directive=01-KL%2FTW"`, `href="/api/articles/` + index.Key(d.ID) + `"`,
	} {
		if !strings.Contains(r.Body, want) && !strings.Contains(html.UnescapeString(r.Body), want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if n := strings.Count(r.Body, "<p>"); n < 2 {
		t.Errorf("the text has %d paragraphs, want 2", n)
	}

	// With the real extract.Marks the page still renders.
	real, _ := newTestServer(t, Options{})
	if r := get(t, real, target); r.Status != http.StatusOK || !strings.Contains(r.Body, `class="k-directive"`) {
		t.Errorf("article page with extract.Marks: status %d, no directive mark", r.Status)
	}

	for _, bad := range []string{"/bai/0000000000000000", "/bai/not-a-key", "/bai/" + strings.Repeat("f", 64), "/bai/ABCDEF0123456789"} {
		wantStatus(t, get(t, s, bad), bad, http.StatusNotFound, "text/html")
	}
}

func TestArticlePageEscapes(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	target := "/bai/" + index.Key(xssURL)
	r := get(t, s, target)
	wantStatus(t, r, target, http.StatusOK, "text/html")
	for _, bad := range []string{"<script", "<img", "<b>Phóng", "</p><script"} {
		if strings.Contains(r.Body, bad) {
			t.Errorf("markup %q from the article reached its page:\n%s", bad, r.Body)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&lt;b&gt;Phóng viên&lt;/b&gt;", "&amp; &#34;nhân dân&#34;"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("article page lacks the escaped %q", want)
		}
	}
}

func TestMarkText(t *testing.T) {
	text := "Một hai.\n\nBa bốn năm.\n\n\n\nSáu."
	seg := func(s, k string) segment { return segment{Text: s, Kind: k} }
	i := strings.Index(text, "hai")
	j := strings.Index(text, "Ba")
	k := strings.Index(text, "năm")
	got := markText(text, []extract.Mark{
		{Start: i, End: j + len("Ba"), Kind: "award"}, // across a paragraph break
		{Start: k, End: k + len("năm"), Kind: "date"},
	})
	want := [][]segment{
		{seg("Một ", ""), seg("hai.", "award")},
		{seg("Ba", "award"), seg(" bốn ", ""), seg("năm", "date"), seg(".", "")},
		{seg("Sáu.", "")},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("markText:\n got %q\nwant %q", got, want)
	}
	if got := markText("", nil); len(got) != 0 {
		t.Errorf("markText of nothing: %q", got)
	}
}

func TestCleanMarks(t *testing.T) {
	text := "Hà Nội 9/5"
	got := cleanMarks(text, []extract.Mark{
		{Start: 0, End: 2, Kind: "date"},          // cuts "à"
		{Start: 0, End: 3, Kind: "script"},        // unknown kind
		{Start: 8, End: 14, Kind: "date"},         // past the end
		{Start: 9, End: 12, Kind: "date"},         // fine
		{Start: 10, End: 12, Kind: "directive"},   // overlaps
		{Start: 5, End: 5, Kind: "award"},         // empty
		{Start: -1, End: 2, Kind: "award"},        // negative
		{Start: 0, End: len(text), Kind: "award"}, // out of order after 9:12
	})
	want := []extract.Mark{{Start: 9, End: 12, Kind: "date"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cleanMarks = %v, want %v", got, want)
	}
}
