package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// titleSeparators split a <title> or og:title into the headline and the
// site's name, as CMS templates join them.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " > ", " >> ", " / ", " · ", " : ", ": "}

// sitePrefixes open the names of Vietnamese news sites and portals (lower case).
var sitePrefixes = []string{
	"cổng thông tin", "cổng tttđt", "cổng ttđt", "trang thông tin", "trang tin", "tạp chí",
	"đài phát thanh", "đài truyền hình", "thông tấn xã", "báo điện tử", "báo ảnh", "báo đảng",
	"website", "portal", "tin tức",
}

// siteWordRe matches a segment that reads like a site's name: "Báo Hải
// Phòng", a domain, or a short name with an outlet's word in it.
var siteWordRe = regexp.MustCompile(`^Báo\s+\p{Lu}|^BÁO\s|(?i)\.(?:vn|com|net|org|gov\.vn)\b|\b(?:online|ttxvn|vnexpress|vietnamplus|dân trí|tuổi trẻ|thanh niên)\b`)

// titleNode is an element that may carry the article's headline.
type titleNode struct {
	n    *html.Node
	text string
}

// headlineClassRe matches the word "head" in class and id names (the
// "Head" cells of old table layouts), not "header" or "thead".
var headlineClassRe = regexp.MustCompile(`(?:^|[\s_-])head(?:$|[\s_-])`)

// isHeadlineClass reports whether a lower-case class and id string names a
// headline element, in English or unaccented Vietnamese (tieude).
func isHeadlineClass(ci string) bool {
	if ci == "" || strings.Contains(ci, "header") {
		return false
	}
	return strings.Contains(ci, "title") || strings.Contains(ci, "tieude") || strings.Contains(ci, "tieu-de") ||
		strings.Contains(ci, "tieu_de") || strings.Contains(ci, "headline") || strings.Contains(ci, "heading") ||
		strings.Contains(ci, "head") && headlineClassRe.MatchString(ci)
}

// headlineNodes returns the elements that may print the article's headline,
// in document order: every h1, elements marked itemprop=headline, and
// headings or elements with headline-like class names. Only those whose
// text agrees with the page's metadata are trusted (see chooseTitle).
func headlineNodes(doc *html.Node) []titleNode {
	var out []titleNode
	walk(doc, func(n *html.Node) bool {
		if len(out) >= 300 {
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Svg, atom.Noscript, atom.Select:
			return false
		}
		cand := n.DataAtom == atom.H1 || strings.EqualFold(attr(n, "itemprop"), "headline")
		if !cand {
			cand = isHeadlineClass(classID(n))
		}
		if !cand {
			return true
		}
		t := textOf(n)
		if t == "" || utf8.RuneCountInString(t) > 400 {
			return true // a container named "title-wrap": look inside
		}
		out = append(out, titleNode{n, t})
		return false
	})
	return out
}

// chooseTitle returns the article's own headline and the element it was
// read from (nil if it came from metadata alone).
func chooseTitle(m *pageMeta, heads []titleNode, site siteNames) (string, *html.Node) {
	var metas []string
	for _, t := range []string{m.ld.Headline, m.first("og:title"), m.first("twitter:title"),
		m.first("title"), m.mdHeadline, m.title} {
		// A portal that titles every page with its own name says nothing
		// about the article.
		if t = vntext.CollapseSpace(html.UnescapeString(t)); t != "" && !isSiteName(stripSiteName(t, site), site) {
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
			// The headline element must agree with the title without the
			// site's name: a logo's h1 agrees with the name, not the title.
			if hk == key || (len(hk) >= 12 && strings.Contains(key, hk) && 3*len(hk) >= 2*len(key) && !isSiteName(h.text, site)) {
				return h.text, h.n
			}
		}
	}
	for _, mt := range metas {
		if t := stripSiteName(mt, site); t != "" {
			return t, nil
		}
	}
	// No usable metadata: the first h1 that is not the logo, else the first
	// headline-like element that is not a link in a list.
	for _, h := range heads {
		if h.n.DataAtom == atom.H1 && utf8.RuneCountInString(h.text) >= 4 && !isSiteName(h.text, site) &&
			!hasAncestor(h.n, func(p *html.Node) bool { return p.DataAtom == atom.A || p.DataAtom == atom.Header }) {
			return h.text, h.n
		}
	}
	for _, h := range heads {
		if utf8.RuneCountInString(h.text) >= 15 && !isSiteName(h.text, site) && !allLink(h.n) {
			return h.text, h.n
		}
	}
	return "", nil
}

// allLink reports whether all of n's text sits inside links (a headline in
// a list of other articles).
func allLink(n *html.Node) bool {
	if n.DataAtom == atom.A || hasAncestor(n, func(p *html.Node) bool { return p.DataAtom == atom.A }) {
		return true
	}
	st := subtreeStats(n)[n]
	return st.text > 0 && st.link >= st.text
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

// siteNames is what a page says its site is called: its og:site_name (or
// kin) and the main label of its host name, folded ("baohaiphong" for
// baohaiphong.vn, "ngoisao" for ngoisao.net).
type siteNames struct {
	name string
	host string
}

// hostKey returns the main label of a URL's host, for matching titles
// against the site's name: the longest label that is not a generic
// second-level or top-level domain, if it has five letters or more.
func hostKey(u *url.URL) string {
	if u == nil {
		return ""
	}
	best := ""
	for _, l := range strings.Split(strings.ToLower(u.Hostname()), ".") {
		switch l {
		case "www", "vn", "com", "net", "org", "gov", "edu", "info", "dcs", "biz", "online", "m", "amp":
			continue
		}
		if len(l) > len(best) {
			best = l
		}
	}
	if len(best) < 5 {
		return ""
	}
	return strings.ReplaceAll(best, "-", "")
}

// matchesSite reports whether seg names the site itself: it matches the
// site's name, or its folded letters end with the host's main label
// ("Báo Hải Phòng" on baohaiphong.vn, "Tin, Video clip, Hình ảnh Ngôi Sao"
// on ngoisao.net).
func (s siteNames) matchesSite(seg string) bool {
	k := titleKey(seg)
	if k == "" {
		return true
	}
	if siteKey := titleKey(s.name); siteKey != "" && (k == siteKey || strings.Contains(siteKey, k) && len(k) >= 4 || strings.Contains(k, siteKey) && 2*len(siteKey) >= len(k)) {
		return true
	}
	if s.host != "" {
		var b strings.Builder
		for _, r := range vntext.Fold(seg) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		if strings.HasSuffix(b.String(), s.host) {
			return true
		}
	}
	return false
}

// isSiteName reports whether seg is the site's name: it matches the site
// (see matchesSite), or reads like an outlet's name (Báo ..., Cổng thông
// tin ..., a domain).
func isSiteName(seg string, site siteNames) bool {
	if site.matchesSite(seg) {
		return true
	}
	if utf8.RuneCountInString(seg) > 80 {
		return false
	}
	low := strings.ToLower(seg)
	for _, p := range sitePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return siteWordRe.MatchString(seg)
}

// isSitePrefix reports whether seg, standing before a headline, is the
// site's name: exactly its name, or an outlet's name (Báo ..., Cổng thông
// tin ...). Part of the name is not enough there, nor the host's label:
// "Quảng Ninh: ..." on Báo Quảng Ninh, "Nghệ An: ..." on nghean.gov.vn open
// headlines.
func isSitePrefix(seg string, site siteNames) bool {
	if k := titleKey(seg); k == "" || k == titleKey(site.name) {
		return true
	}
	return isSiteName(seg, siteNames{})
}

// stripSiteName removes the site's name from the start or end of a title
// ("Title - Báo Hải Phòng", "Báo Quảng Ninh: Title"). A segment is the
// site's name when it matches site, or reads like one (Báo ..., Cổng thông
// tin ..., a domain). The host's label is trusted for a suffix only: "Nghệ
// An: ..." on nghean.gov.vn opens a headline. One segment is removed from each end at most, and only
// when at least two words of headline remain: "Bà Rịa - Vũng Tàu" and
// "Đà Nẵng - Báo cáo ..." stay whole.
func stripSiteName(t string, site siteNames) string {
	t = strings.TrimSpace(t)
	isSite := func(seg string) bool { return isSiteName(seg, site) }
	enough := func(s string) bool { return len(strings.Fields(s)) >= 2 }
	// A breadcrumb title, "Site > Section > Headline": the headline is last.
	for _, sep := range []string{" > ", " >> ", " » "} {
		if parts := strings.Split(t, sep); len(parts) >= 3 && isSite(parts[0]) && enough(parts[len(parts)-1]) {
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	for _, sep := range titleSeparators {
		if sep == ": " {
			// A colon ends a prefix, and a suffix only when the suffix
			// names this very site ("...: Tin, Video clip, Hình ảnh Ngôi Sao").
			if i := strings.LastIndex(t, sep); i > 0 && enough(t[:i]) && site.matchesSite(t[i+len(sep):]) {
				t = strings.TrimSpace(t[:i])
				break
			}
			continue
		}
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
			if enough(head) && isSite(tail) {
				t = head
				break
			}
		}
	}
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 {
			head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
			if enough(tail) && isSitePrefix(head, site) && utf8.RuneCountInString(head) <= 60 {
				t = tail
				break
			}
		}
	}
	return t
}
