package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerClassRe matches class and id names of page furniture: share bars,
// related-news boxes, tag lists, comment forms, breadcrumbs, menus, ads,
// print and rating tools. Vietnamese CMSs use English words and
// unaccented Vietnamese ones (lienquan, tinkhac, binhluan, tukhoa).
var boilerClassRe = regexp.MustCompile(`(?:^|[\s_-])(?:share|sharing|social|socials|related|relate|relates|lienquan|lien-quan|tinlienquan|tinkhac|tin-khac|othernews|other-news|more-news|morenews|xemthem|xem-them|docthem|doc-them|comment|comments|binhluan|binh-luan|tags?|tag-list|taglist|keywords?|tukhoa|tu-khoa|breadcrumbs?|navbar|menu|mainmenu|sidebar|side-bar|footer|print|rating|vote|advert|advertise|ads|adv|banner|quangcao|qc|popup|modal|cookie|toolbar|tool-bar|fb-like|zalo-share|facebook|twitter|subscribe|newsletter|copyright|pagination|paging|cungchuyenmuc|samecategory|most-?view|docnhieu|tinmoi|box-news|list-news|news-list|qrcode|qr-code|audio|player|rss)(?:$|[\s_-]|\d)`)

// sideClassRe matches the class and id names of containers that never hold
// an article, whatever their size: sidebars, footers, menus, comment
// threads, polls, related and most-read boxes, widgets and ads. (Names
// such as "print" or "content-share" can wrap the article itself, so
// boilerClassRe removes those only when they are short or mostly links.)
var sideClassRe = regexp.MustCompile(`(?:^|[\s_-])(?:sidebar|side-bar|sidebox|footer|menu|mainmenu|navbar|breadcrumbs?|comments?|binhluan|binh-luan|poll|thamdo|tham-do|related|relates|lienquan|lien-quan|tinlienquan|tinkhac|tin-khac|othernews|other-news|morenews|more-news|docnhieu|doc-nhieu|most-?view|mostread|tinmoi|tin-moi|widget|advert|advertise|banner|quangcao|cookie|popup|modal)(?:$|[\s_-]|\d)`)

// relatedParts are pieces of class names that mark related-news boxes even
// inside longer names ("VCObjectBoxRelatedNewsItemSapo", "box-tinlienquan").
var relatedParts = []string{"related", "lienquan", "tinkhac", "othernews", "morenews", "tincungchuyenmuc"}

// relatedHeadRe matches the headings that open a related-news list.
var relatedHeadRe = regexp.MustCompile(`(?i)^(?:tin liên quan|bài liên quan|nội dung liên quan|tin bài liên quan|bài viết liên quan|các tin liên quan|tin khác|các tin khác|các tin bài khác|tin cùng chuyên mục|bài cùng chuyên mục|cùng chuyên mục|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|tin mới|tin mới nhất|tin mới hơn|tin cũ hơn|tin đã đưa|các bài mới đăng|các bài đã đăng|tin nổi bật|đọc nhiều|tin đọc nhiều|tin xem nhiều|video liên quan|chủ đề liên quan|tin tiêu điểm|tin ảnh|bài đọc nhiều|xem nhiều|xem nhiều nhất|đọc nhiều nhất|tin xem nhiều nhất|bài xem nhiều|tin nóng|tin mới cập nhật|tin cùng loại|tin bài khác|bài viết khác|bài khác|tin tức gần đây|tin gần đây|bài gần đây|tin vừa cập nhật|tin bài nhiều người quan tâm|nhiều người quan tâm|tin được quan tâm|được quan tâm nhiều nhất|tin nhiều người đọc)\b`)

// nodeStats are the text sizes of one subtree.
type nodeStats struct {
	text, link int // bytes of text, and of text inside links
}

// subtreeStats computes text and link lengths for every element below
// root in one post-order pass.
func subtreeStats(root *html.Node) map[*html.Node]nodeStats {
	stats := make(map[*html.Node]nodeStats)
	var visit func(n *html.Node, inLink bool) nodeStats
	visit = func(n *html.Node, inLink bool) nodeStats {
		var st nodeStats
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				l := len(strings.TrimSpace(c.Data))
				st.text += l
				if inLink {
					st.link += l
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
					continue
				}
				cs := visit(c, inLink || c.DataAtom == atom.A)
				st.text += cs.text
				st.link += cs.link
			}
		}
		stats[n] = st
		return st
	}
	visit(root, false)
	return stats
}

// removeBoilerplate deletes page furniture from doc before the article is
// looked for: scripts and styles, navigation, forms that are comment forms,
// and elements named like share bars or related-news boxes, or opened by a
// related-news heading, when they are link lists or short. Elements that
// hold the headline (keep) or much of the page's text are never removed,
// whatever their names.
func removeBoilerplate(doc *html.Node, keep *html.Node) {
	stats := subtreeStats(doc)
	total := stats[doc].text
	var doomed []*html.Node
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg,
			atom.Select, atom.Textarea, atom.Button, atom.Input, atom.Object, atom.Embed:
			doomed = append(doomed, n)
			return false
		case atom.Head, atom.Body, atom.Html:
			return true
		}
		st := stats[n]
		if keep != nil && (n == keep || contains(n, keep)) {
			return true
		}
		if 10*st.text > 4*total && st.text > 0 {
			return true // holds much of the page (an ASP.NET form, a layout table): never furniture
		}
		short := st.text < 300
		linky := st.text > 0 && 2*st.link >= st.text
		switch n.DataAtom {
		case atom.Nav:
			if linky || short {
				doomed = append(doomed, n)
				return false
			}
		case atom.Form:
			if st.text < 1500 {
				doomed = append(doomed, n)
				return false
			}
		case atom.Footer, atom.Aside:
			if linky || short || st.text < 1500 {
				doomed = append(doomed, n)
				return false
			}
		}
		if ci := classID(n); ci != "" {
			if (linky || short) && boilerClassRe.MatchString(ci) ||
				st.text < 3000 && (sideClassRe.MatchString(ci) || containsAny(ci, relatedParts)) {
				doomed = append(doomed, n)
				return false
			}
		}
		switch n.DataAtom {
		case atom.Div, atom.Section, atom.Table, atom.Ul, atom.Ol, atom.Aside:
			if linky && st.text < 3000 && startsRelated(n) {
				doomed = append(doomed, n)
				return false
			}
		}
		switch n.DataAtom {
		case atom.Article, atom.Div, atom.Li, atom.Section, atom.Aside, atom.Table:
			if st.link > 0 && st.text < 600 && 20*st.link >= 3*st.text && isTeaser(n) {
				doomed = append(doomed, n)
				return false
			}
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isTeaser reports whether n is a teaser for another article, the card
// that related-news boxes and in-body embeds are made of: a headline link
// (20 bytes of text or more) that comes with a picture or repeats its own
// title attribute, as CMSs write teasers, and little else.
func isTeaser(n *html.Node) bool {
	hasImg := false
	headline := false
	walk(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Img, atom.Picture:
			hasImg = true
		case atom.A:
			href := strings.TrimSpace(attr(c, "href"))
			if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
				return false
			}
			t := textOf(c)
			if len(t) >= 20 && (hasImg || find(c, func(k *html.Node) bool { return k.DataAtom == atom.Img }) != nil ||
				strings.TrimSpace(attr(c, "title")) == t) {
				headline = true
			}
			if len(t) >= 20 {
				headline = headline || hasImg
			}
			return true
		}
		return true
	})
	return headline
}

// startsRelated reports whether the text of n opens with a related-news
// heading such as "Tin liên quan" or "Xem thêm".
func startsRelated(n *html.Node) bool {
	var b strings.Builder
	var grab func(*html.Node) bool
	grab = func(c *html.Node) bool {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.TextNode {
				b.WriteString(k.Data)
				b.WriteByte(' ')
			} else if k.Type == html.ElementNode && k.DataAtom != atom.Script && k.DataAtom != atom.Style {
				if grab(k) {
					return true
				}
			}
			if utf8.RuneCountInString(strings.TrimSpace(b.String())) >= 40 {
				return true
			}
		}
		return false
	}
	grab(n)
	return relatedHeadRe.MatchString(strings.TrimSpace(strings.Join(strings.Fields(b.String()), " ")))
}

// contains reports whether d is a descendant of n.
func contains(n, d *html.Node) bool {
	for p := d.Parent; p != nil; p = p.Parent {
		if p == n {
			return true
		}
	}
	return false
}
