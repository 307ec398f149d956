package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// titleSeparators split a <title> or og:title into the headline and the
// site's name, as CMS templates join them.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " / ", " · ", " : "}

// siteWords mark a title segment as a site's name rather than part of a
// headline (lower case, diacritics as printed).
var siteWords = []string{
	"báo ", "cổng thông tin", "trang thông tin", "trang tin", "tạp chí", "đài phát thanh",
	"thông tấn", "ttxvn", "online", "điện tử", ".vn", ".com", ".net", ".org", "vnexpress",
	"tin tức", "cổng tttđt", "website", "portal",
}

// titleNode is an element that may carry the article's headline.
type titleNode struct {
	n    *html.Node
	text string
}

// headlineNodes returns the h1 elements and elements marked as headlines
// (itemprop=headline, class with "title" on an h2) in document order.
func headlineNodes(doc *html.Node) []titleNode {
	var out []titleNode
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Svg, atom.Noscript:
			return false
		case atom.H1, atom.H2, atom.H3:
		default:
			if !strings.EqualFold(attr(n, "itemprop"), "headline") {
				return true
			}
		}
		if n.DataAtom != atom.H1 && !strings.EqualFold(attr(n, "itemprop"), "headline") &&
			!strings.Contains(classID(n), "title") {
			return true
		}
		if t := textOf(n); t != "" && len(out) < 50 {
			out = append(out, titleNode{n, t})
		}
		return false
	})
	return out
}

// chooseTitle returns the article's own headline and the element it was
// read from (nil if it came from metadata alone).
func chooseTitle(m *pageMeta, heads []titleNode, site string) (string, *html.Node) {
	var metas []string
	for _, t := range []string{m.ld.Headline, m.first("og:title"), m.first("twitter:title"),
		m.first("title"), m.mdHeadline, m.title} {
		if t = vntext.CollapseSpace(html.UnescapeString(t)); t != "" {
			metas = append(metas, t)
		}
	}
	// A headline element whose text agrees with the metadata is the headline
	// as printed on the page.
	for _, mt := range metas {
		key := titleKey(stripSiteName(mt, site))
		for _, h := range heads {
			hk := titleKey(h.text)
			if hk == "" || utf8.RuneCountInString(h.text) > 400 {
				continue
			}
			if hk == key || (len(hk) >= 12 && strings.Contains(titleKey(mt), hk) && 3*len(hk) >= 2*len(key)) {
				return h.text, h.n
			}
		}
	}
	for _, mt := range metas {
		if t := stripSiteName(mt, site); t != "" {
			return t, nil
		}
	}
	for _, h := range heads {
		if h.n.DataAtom == atom.H1 && utf8.RuneCountInString(h.text) >= 4 &&
			!hasAncestor(h.n, func(p *html.Node) bool { return p.DataAtom == atom.A || p.DataAtom == atom.Header }) {
			return h.text, h.n
		}
	}
	return "", nil
}

// titleKey reduces a title to lower-case letters and digits for comparison.
func titleKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 && !vntext.IsSpace(r) && r != '–' && r != '—' && r != '«' && r != '»' && r != '“' && r != '”' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripSiteName removes the site's name from the start or end of a title
// ("Title - Báo Hải Phòng", "Hải Phòng | Title"). A segment is the site's
// name when it matches site, or reads like one (Báo ..., Cổng thông tin ...,
// a domain). Only one segment is removed from each end, and never the
// whole title: "Bà Rịa - Vũng Tàu" stays whole.
func stripSiteName(t, site string) string {
	t = strings.TrimSpace(t)
	siteKey := titleKey(site)
	isSite := func(seg string) bool {
		k := titleKey(seg)
		if k == "" {
			return true
		}
		if siteKey != "" && (k == siteKey || strings.Contains(siteKey, k) && len(k) >= 4 || strings.Contains(k, siteKey) && 2*len(siteKey) >= len(k)) {
			return true
		}
		low := strings.ToLower(seg) + " "
		if strings.HasPrefix(low, "báo cáo") {
			return false
		}
		for _, w := range siteWords {
			if strings.HasPrefix(low, w) || strings.Contains(low, w) && utf8.RuneCountInString(seg) <= 40 {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
			if head != "" && isSite(tail) && utf8.RuneCountInString(tail) < utf8.RuneCountInString(head) {
				t = head
				break
			}
		}
	}
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 {
			head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
			if tail != "" && isSite(head) && utf8.RuneCountInString(head) < utf8.RuneCountInString(tail) {
				t = tail
				break
			}
		}
	}
	return t
}
