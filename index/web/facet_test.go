package web

import (
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestFacetLinksNarrow follows every facet link of the front page and
// checks that the page it leads to lists as many results as the facet
// promised, with the filter shown as a chip.
func TestFacetLinksNarrow(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	doc := parse(t, get(t, s, "/").Body)
	links := doc.Find(`details.facet a`)
	if links.Length() < 5 {
		t.Fatalf("%d facet links on the front page", links.Length())
	}
	links.Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		term := strings.TrimSpace(a.Find(".term").Text())
		want, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(a.Find(".n").Text()), ".", ""))
		if err != nil || href == "" {
			t.Errorf("facet link %q: href %q, count %q", term, href, a.Find(".n").Text())
			return
		}
		page := parse(t, get(t, s, href).Body)
		total, err := strconv.Atoi(strings.ReplaceAll(page.Find(".summary strong").First().Text(), ".", ""))
		if err != nil {
			total = 0 // "Không tìm thấy bài nào"
		}
		if total != want {
			t.Errorf("facet %q (%s): page says %d results, the facet %d", term, href, total, want)
		}
		if !strings.Contains(page.Find(".chip").Text(), term) {
			t.Errorf("facet %q (%s): no chip for the filter", term, href)
		}
	})
}

// parse reads an HTML page for goquery.
func parse(t testing.TB, body string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
