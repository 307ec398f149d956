package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// pageMeta is what a page says about itself in <meta>, <link>, JSON-LD and
// microdata, gathered in one walk over the document.
type pageMeta struct {
	meta      map[string]string // first value of each <meta name|property|itemprop>, keys lower case
	canonical string            // <link rel=canonical href>
	title     string            // <title>
	ld        ldArticle         // the first JSON-LD article object
	// microdata
	mdHeadline, mdAuthor, mdPublished string
}

// ldArticle holds the fields of a JSON-LD NewsArticle (or Article,
// BlogPosting, ReportageNewsArticle, WebPage) that vnnews uses.
type ldArticle struct {
	found         bool
	Headline      string
	DatePublished string
	Author        string
	Publisher     string
	URL           string
}

// maxJSONLD bounds the size of one JSON-LD script that is decoded.
const maxJSONLD = 1 << 20

func readMeta(doc *html.Node) pageMeta {
	m := pageMeta{meta: make(map[string]string)}
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				content = strings.TrimSpace(attr(n, "datetime"))
			}
			if content == "" {
				return false
			}
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				key := strings.ToLower(strings.TrimSpace(attr(n, k)))
				if key == "" {
					continue
				}
				if _, ok := m.meta[key]; !ok {
					m.meta[key] = content
				}
			}
			return false
		case atom.Link:
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return false
		case atom.Title:
			if m.title == "" && !hasAncestor(n, func(p *html.Node) bool { return p.DataAtom == atom.Svg }) {
				m.title = textOf(n)
			}
			return false
		case atom.Script:
			if !m.ld.found && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				if len(n.FirstChild.Data) <= maxJSONLD {
					m.ld = parseLD(n.FirstChild.Data)
				}
			}
			return false
		case atom.Style, atom.Svg, atom.Noscript:
			return false
		}
		if ip := attr(n, "itemprop"); ip != "" {
			switch strings.ToLower(ip) {
			case "headline":
				if m.mdHeadline == "" {
					m.mdHeadline = textOf(n)
				}
			case "author", "creator":
				if m.mdAuthor == "" {
					if name := find(n, func(c *html.Node) bool { return strings.EqualFold(attr(c, "itemprop"), "name") }); name != nil {
						m.mdAuthor = textOf(name)
					} else {
						m.mdAuthor = textOf(n)
					}
				}
			case "datepublished":
				if m.mdPublished == "" {
					for _, k := range []string{"datetime", "content", "title"} {
						if v := strings.TrimSpace(attr(n, k)); v != "" {
							m.mdPublished = v
							break
						}
					}
					if m.mdPublished == "" {
						m.mdPublished = textOf(n)
					}
				}
			}
		}
		return true
	})
	return m
}

// hasToken reports whether the space-separated list s contains tok,
// ignoring case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// parseLD reads the first article-like object from a JSON-LD script, which
// may be one object, an array, or an object with an @graph. Malformed JSON
// (common: trailing commas, HTML comments, raw newlines in strings) is
// repaired where cheap and otherwise ignored.
func parseLD(src string) ldArticle {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		if err := json.Unmarshal([]byte(repairJSON(src)), &v); err != nil {
			return ldArticle{}
		}
	}
	return findLD(v, 0)
}

// repairJSON removes the mistakes CMS templates make in JSON-LD: HTML
// comments, raw control characters inside strings and trailing commas.
func repairJSON(s string) string {
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "-->")
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + s[i+j+3:]
	}
	var b strings.Builder
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				b.WriteByte(' ')
				continue
			}
			b.WriteByte(c)
			continue
		}
		if c == '"' {
			inStr = true
		}
		if c == ',' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

var ldArticleTypes = map[string]bool{
	"newsarticle": true, "article": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"report": true, "scholarlyarticle": true, "liveblogposting": true,
}

func findLD(v any, depth int) ldArticle {
	if depth > 8 {
		return ldArticle{}
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if a := findLD(e, depth+1); a.found {
				return a
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			a := ldArticle{found: true}
			a.Headline = ldString(x["headline"])
			if a.Headline == "" {
				a.Headline = ldString(x["name"])
			}
			a.DatePublished = ldString(x["datePublished"])
			a.Author = ldName(x["author"])
			a.Publisher = ldName(x["publisher"])
			a.URL = ldString(x["url"])
			return a
		}
		if g, ok := x["@graph"]; ok {
			return findLD(g, depth+1)
		}
	}
	return ldArticle{}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return ldArticleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldName returns the name of a person or organisation given as a string,
// an object with "name", or a list of those (joined by ", ").
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// first returns the first non-empty value among the named meta keys.
func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.meta[k]; v != "" {
			return vntext.CollapseSpace(v)
		}
	}
	return ""
}
