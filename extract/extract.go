// Package extract turns one Vietnamese news page into one vnnews record.
//
// Extract is a pure function: bytes, the page's URL and the charset its
// server declared go in; a Record comes out. It does no I/O and keeps no
// state, so it can be run on many pages at once, fuzzed and benchmarked.
//
// The page is decoded once (see Decode), parsed once with
// golang.org/x/net/html, bounded against hostile shapes, and the same tree
// serves the metadata readers, the dateline scanner and go-readability.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// Input is one fetched page.
type Input struct {
	HTML    []byte // the body as served
	URL     string // the page's URL; used for relative links and URL dates
	Charset string // the charset the server declared (a label or a Content-Type), or ""
}

// ErrNoArticle reports a page in which no article text or headline was found.
var ErrNoArticle = errors.New("no article found")

// Extract reads one page and returns its record. It fails only on a page
// that is empty, too large, not HTML, or holds no article at all.
func Extract(in Input) (Record, error) {
	rec := newRecord(in.URL)
	if len(bytes.TrimSpace(in.HTML)) == 0 {
		return rec, errors.New("empty page")
	}
	if len(in.HTML) > maxInput {
		return rec, fmt.Errorf("page too large: %d bytes (limit %d)", len(in.HTML), maxInput)
	}
	if isBinary(in.HTML) {
		return rec, errors.New("not an HTML page: binary content")
	}
	body, _, err := Decode(in.HTML, in.Charset)
	if err != nil {
		return rec, err
	}
	body = bytes.ReplaceAll(body, []byte{0}, nil) // NULs carry nothing; parsers turn them into U+FFFD
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		// The parser refuses pages nested deeper than 512 elements; lift
		// the deep tags and try once more.
		doc, err = html.Parse(bytes.NewReader(clampDepth(body)))
		if err != nil {
			return rec, fmt.Errorf("parse html: %w", err)
		}
	}
	elems := bound(doc)
	pageURL, _ := url.Parse(in.URL)

	m := readMeta(doc)
	site := siteName(&m)
	heads := headlineNodes(doc)
	title, titleNode := chooseTitle(&m, heads, siteNames{name: site, host: hostKey(pageURL)})

	lines, anchor := pageLines(doc, titleNode)
	scriptSt, scriptOK := scriptDateline(doc) // read before the scripts are removed

	removeBoilerplate(doc, titleNode)
	markCaptions(doc)
	lead := leadText(doc, titleNode) // after the furniture is gone: teasers have descriptions too
	paras := articleParagraphs(doc, pageURL, elems)
	paras = dropTitleLine(paras, title)
	paras = rescueLead(paras, lead, &m, lines, anchor)
	paras, bylineTail := splitByline(paras)

	if anchor < 0 && len(paras) > 0 {
		anchor = lineIndex(lines, prefix(paras[0].text, 60))
	}
	vis, visOK := visibleDateline(lines, anchor)
	if !visOK {
		vis, visOK = scriptSt, scriptOK
	}
	md, mdOK := metadataPublished(&m)
	u, uOK, month := urlDate(in.URL)
	var published *time.Time
	if st, ok := decidePublished(md, mdOK, vis, visOK, u, uOK, month); ok {
		published = &st.Time
		d := st.Time.Format("2006-01-02")
		rec.PublishedDate = &d
		if st.HasTime {
			at := st.Time.Format("2006-01-02T15:04:05-07:00")
			rec.PublishedAt = &at
		}
	}

	rec.Title = vntext.NFC(title)
	rec.Text = vntext.NFC(joinParagraphs(paras))
	if rec.Title == "" && rec.Text == "" {
		return rec, ErrNoArticle
	}
	facts := ReadFacts(rec.Title, rec.Text, published)
	rec.Directives, rec.Awards, rec.AwardTotals = facts.Directives, facts.Awards, facts.AwardTotals
	rec.EventDate, rec.Provinces = facts.EventDate, facts.Provinces
	rec.SiteName = optional(site)
	rec.CanonicalURL = optional(canonicalURL(&m, pageURL))
	rec.Byline = optional(chooseByline(&m, doc, site, bylineTail))
	return rec, nil
}

// optional returns nil for "" and a pointer to the NFC form otherwise.
func optional(s string) *string {
	s = vntext.NFC(strings.TrimSpace(s))
	if s == "" {
		return nil
	}
	return &s
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// siteName returns the publication's name from og:site_name and its kin.
func siteName(m *pageMeta) string {
	if s := m.first("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"); s != "" && !strings.HasPrefix(s, "@") && !looksLikeDomain(s) {
		return s
	}
	if m.ld.Publisher != "" {
		return m.ld.Publisher
	}
	return ""
}

// canonicalURL returns the absolute canonical URL from <link rel=canonical>
// or og:url, or "".
func canonicalURL(m *pageMeta, base *url.URL) string {
	for _, c := range []string{m.canonical, m.first("og:url")} {
		if c == "" {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(c))
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.Scheme == "http" || u.Scheme == "https" {
			return u.String()
		}
	}
	return ""
}

// binaryMagic are the signatures of files that crawls fetch by mistake.
var binaryMagic = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF"), []byte("PK\x03\x04"),
	[]byte("\x1f\x8b"), []byte("RIFF"), []byte("\x00\x00\x01\x00"), []byte("ID3"), []byte("\x7fELF"),
	[]byte("\xd0\xcf\x11\xe0"), []byte("Rar!"), []byte("7z\xbc\xaf"),
}

// isBinary reports whether data looks like a binary file rather than a
// page: a known file signature, or control characters in a large share of
// its first 4 KiB with no HTML tag among them.
func isBinary(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) {
			return true
		}
	}
	if len(data) > 4096 {
		data = data[:4096]
	}
	bad := 0
	for _, c := range data {
		if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) {
			bad++
		}
	}
	if bad*10 <= len(data) {
		return false
	}
	low := bytes.ToLower(bytes.ReplaceAll(data, []byte{0}, nil))
	for _, tag := range []string{"<html", "<body", "<head", "<p", "<div", "<title", "<meta", "<!doctype"} {
		if bytes.Contains(low, []byte(tag)) {
			return false
		}
	}
	return true
}

// dropTitleLine removes the headline when the article container repeats it
// among its first lines, with what stands before it unless that is a
// paragraph of its own (a lead printed above the headline): short lines
// (category, kicker) and copies of later paragraphs go. It also drops a
// long paragraph that repeats an earlier one word for word (a summary box
// and the lead it copies).
func dropTitleLine(ps []paragraph, title string) []paragraph {
	key := titleKey(title)
	if key != "" {
		for k := 0; k < len(ps) && k < 4; k++ {
			if titleKey(ps[k].text) != key {
				continue
			}
			var out []paragraph
			for i, p := range ps[:k] {
				if utf8.RuneCountInString(p.text) >= 80 && !repeatedLater(ps, i) {
					out = append(out, p)
				}
			}
			ps = append(out, ps[k+1:]...)
			break
		}
	}
	seen := make(map[string]bool)
	out := ps[:0:0]
	for _, p := range ps {
		if utf8.RuneCountInString(p.text) >= 40 {
			if seen[p.text] {
				continue
			}
			seen[p.text] = true
		}
		out = append(out, p)
	}
	return out
}

// repeatedLater reports whether paragraph i's text appears again after it.
func repeatedLater(ps []paragraph, i int) bool {
	for _, p := range ps[i+1:] {
		if p.text == ps[i].text {
			return true
		}
	}
	return false
}

// leadClassRe matches class and id names of the lead (sapo) paragraph.
var leadClassRe = regexp.MustCompile(`(?:^|[\s_-])(?:sapo|detail-sapo|article-sapo|news-sapo|singular-sapo|lead|article-lead|detail-lead|chapeau|tomtat|tom-tat|summary|article-summary|news-summary|short-content|init-content|excerpt|description|desc|head-noidung|noidung-head|mota|mo-ta)(?:$|[\s_-])`)

// leadText returns the text of the page's lead (sapo) element, if the page
// marks one by class: Vietnamese CMSs print it in bold between the headline
// and the body, often outside the body's container. When the headline
// element is known, only a lead after it counts.
func leadText(doc, title *html.Node) string {
	seenTitle := title == nil
	n := find(doc, func(n *html.Node) bool {
		if n == title {
			seenTitle = true
			return false
		}
		switch n.DataAtom {
		case atom.Meta, atom.Link, atom.Script, atom.Style, atom.Body, atom.Html, atom.Head:
			return false
		}
		ci := classID(n)
		return seenTitle && ci != "" && leadClassRe.MatchString(ci) && !boilerClassRe.MatchString(ci)
	})
	if n == nil {
		return ""
	}
	t := textOf(n)
	if utf8.RuneCountInString(t) < 40 || utf8.RuneCountInString(t) > 1500 {
		return ""
	}
	return t
}

// rescueLead puts back the lead (sapo) when the page prints it outside the
// article container and readability left it out: the element marked as the
// lead, or else the page's description printed as its own line between the
// headline and the first paragraph.
func rescueLead(ps []paragraph, lead string, m *pageMeta, lines []textLine, anchor int) []paragraph {
	if len(ps) == 0 {
		return ps
	}
	if lead != "" {
		key := titleKey(prefix(lead, 80))
		for _, p := range ps[:min(3, len(ps))] {
			if strings.Contains(titleKey(p.text), key) {
				return ps
			}
		}
		if !strings.Contains(titleKey(joinParagraphs(ps)), key) {
			return append([]paragraph{{text: lead}}, ps...)
		}
	}
	desc := vntext.CollapseSpace(html.UnescapeString(m.first("description", "og:description", "twitter:description")))
	if len(desc) < 40 {
		return ps
	}
	key := titleKey(prefix(desc, 80))
	for _, p := range ps[:min(3, len(ps))] {
		if strings.HasPrefix(titleKey(p.text), key) || strings.Contains(titleKey(p.text), key) {
			return ps
		}
	}
	first := lineIndex(lines, prefix(ps[0].text, 60))
	if first < 0 {
		return ps
	}
	lo := first - 8
	if anchor >= 0 && anchor < first {
		lo = anchor
	}
	for i := max(lo, 0); i < first; i++ {
		ln := lines[i]
		if ln.excluded || 2*ln.linkLen > len(ln.text) {
			continue
		}
		if strings.HasPrefix(titleKey(ln.text), key) {
			return append([]paragraph{{text: ln.text}}, ps...)
		}
	}
	return ps
}
