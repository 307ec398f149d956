package crawl

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxLinksPerPage bounds the links taken from one page.
const maxLinksPerPage = 5000

// pageLinks is what the crawler reads from an HTML page.
type pageLinks struct {
	Links     []string // normalised http(s) links, each once, in page order
	Feeds     []string // <link rel=alternate> RSS and Atom feeds, normalised
	Canonical string   // <link rel=canonical>, normalised; empty if none
	NoFollow  bool     // <meta name=robots content=nofollow>
}

// extractLinks reads the links of an HTML page fetched from pageURL. It
// honours <base href>, keeps only what Normalize accepts and never fails:
// broken markup yields the links found before and after the damage.
func extractLinks(pageURL string, body []byte) pageLinks {
	var out pageLinks
	base, err := url.Parse(pageURL)
	if err != nil {
		return out
	}
	seen := make(map[string]bool)
	add := func(list *[]string, href string) {
		if len(out.Links)+len(out.Feeds) >= maxLinksPerPage {
			return
		}
		if n, ok := Normalize(base, href); ok && !seen[n] {
			seen[n] = true
			*list = append(*list, n)
		}
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(4 << 20)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		a := atom.Lookup(name)
		if a != atom.A && a != atom.Area && a != atom.Link && a != atom.Base && a != atom.Meta {
			continue
		}
		var href, rel, typ, metaName, content string
		for {
			k, v, more := z.TagAttr()
			switch string(k) {
			case "href":
				href = string(v)
			case "rel":
				rel = strings.ToLower(string(v))
			case "type":
				typ = strings.ToLower(string(v))
			case "name":
				metaName = strings.ToLower(string(v))
			case "content":
				content = strings.ToLower(string(v))
			}
			if !more {
				break
			}
		}
		switch a {
		case atom.Base:
			if b, err := url.Parse(strings.TrimSpace(href)); err == nil && href != "" {
				base = base.ResolveReference(b)
			}
		case atom.Meta:
			if metaName == "robots" && strings.Contains(content, "nofollow") {
				out.NoFollow = true
			}
		case atom.Link:
			rels := strings.Fields(rel)
			switch {
			case hasWord(rels, "canonical"):
				if n, ok := Normalize(base, href); ok && out.Canonical == "" {
					out.Canonical = n
				}
			case hasWord(rels, "alternate") && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom")):
				add(&out.Feeds, href)
			case hasWord(rels, "next") || hasWord(rels, "prev"):
				add(&out.Links, href)
			}
		default:
			if !hasWord(strings.Fields(rel), "nofollow") {
				add(&out.Links, href)
			}
		}
	}
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
