package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// A textLine is the text of one block of the page as a reader sees it: the
// run of text between two block-level boundaries.
type textLine struct {
	text     string
	linkLen  int  // bytes of text inside links
	excluded bool // inside navigation, a sidebar, a related list, a footer or a form
	hint     bool // an element on the way says "date" or "time"
}

// maxLineText bounds the text kept per line; datelines are short.
const maxLineText = 400

// excludedWords mark containers whose dates are not the article's: related
// and other-news lists, sidebars, most-read boxes, comments, footers.
var excludedWords = []string{
	"related", "relate", "lienquan", "lien-quan", "tinkhac", "tin-khac", "other", "sidebar",
	"side-bar", "footer", "comment", "binhluan", "binh-luan", "widget", "docnhieu", "doc-nhieu",
	"most", "tinmoi", "tin-moi", "newest", "latest", "popular", "menu", "navbar", "breadcrumb",
	"cungchuyenmuc", "samecate", "same-cat", "more-news", "morenews", "xemthem", "xem-them",
	"box-news", "list-news", "news-list", "listnews", "top-bar", "topbar", "header-top", "weather",
	"calendar", "lich", "clock", "today", "homnay",
}

// dateHintWords mark elements that hold a dateline.
var dateHintWords = []string{"date", "time", "ngay", "publish", "posted", "created", "thoigian", "dateline"}

// pageLines splits the document's body into text lines, and reports the
// index of the line where the element mark begins (-1 if mark is nil or
// not seen).
func pageLines(doc *html.Node, mark *html.Node) ([]textLine, int) {
	s := lineScanner{mark: mark, markLine: -1, holdsMark: make(map[*html.Node]int)}
	if mark != nil {
		d := 0
		for p := mark; p != nil; p = p.Parent {
			s.holdsMark[p] = d + 1
			d++
		}
	}
	s.scan(doc, false, false)
	s.flush()
	return s.lines, s.markLine
}

type lineScanner struct {
	lines    []textLine
	cur      strings.Builder
	curLink  int
	curExcl  bool
	curHint  bool
	mark     *html.Node
	markLine int
	// holdsMark maps the mark and its ancestors (the containers of the
	// article, whatever their class names: "sidebar_1" on VnExpress) to
	// their distance from the mark plus one.
	holdsMark map[*html.Node]int
}

const maxLines = 50000

func (s *lineScanner) flush() {
	t := vntext.CollapseSpace(s.cur.String())
	if t != "" && len(s.lines) < maxLines {
		s.lines = append(s.lines, textLine{text: t, linkLen: s.curLink, excluded: s.curExcl, hint: s.curHint})
	}
	s.cur.Reset()
	s.curLink, s.curExcl, s.curHint = 0, false, false
}

func (s *lineScanner) scan(n *html.Node, excluded, hint bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if s.cur.Len() < maxLineText {
				t := prefix(c.Data, maxLineText)
				s.cur.WriteString(t)
				if inLink(c) {
					s.curLink += len(strings.TrimSpace(t))
				}
			}
			if strings.TrimSpace(c.Data) != "" {
				s.curExcl = s.curExcl || excluded
				s.curHint = s.curHint || hint
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Svg, atom.Select, atom.Option, atom.Textarea:
				continue
			}
			block := isBlock(c.DataAtom)
			if block || c == s.mark {
				s.flush()
			}
			if c == s.mark {
				s.markLine = len(s.lines)
			}
			ex, hi := excluded, hint
			switch c.DataAtom {
			case atom.Nav, atom.Aside, atom.Footer, atom.Form:
				ex = ex || s.holdsMark[c] == 0
			case atom.Header:
				// A page header shows today's date; an article's header
				// holds the headline or sits right beside it.
				ex = ex || !s.nearMark(c)
			case atom.Time:
				hi = true
			}
			if ci := classID(c); ci != "" && s.holdsMark[c] == 0 {
				if strings.Contains(ci, "header") {
					ex = ex || !s.nearMark(c)
				}
				ex = ex || containsAny(ci, excludedWords)
				hi = hi || containsAny(ci, dateHintWords)
			}
			s.scan(c, ex, hi)
			if block {
				s.flush()
			}
		}
	}
}

// nearMark reports whether n holds the mark or sits close to it: within
// three levels below one of the mark's three nearest ancestors (an
// article's header beside its headline, not the page's header).
func (s *lineScanner) nearMark(n *html.Node) bool {
	if s.holdsMark[n] > 0 {
		return true
	}
	p := n.Parent
	for i := 0; i < 3 && p != nil; i, p = i+1, p.Parent {
		if d := s.holdsMark[p]; d > 0 {
			return d <= 4
		}
	}
	return false
}

func inLink(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 6; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// leadParenRe matches a parenthesised note opening a line.
var leadParenRe = regexp.MustCompile(`^\([^()]{6,60}\)`)

// visibleDateline finds the article's printed dateline: a short line that is
// mostly a date, near the headline (line anchor) and preferably below it,
// outside related lists, sidebars and footers. Without an anchor only lines
// that an element marks as a date are trusted.
func visibleDateline(lines []textLine, anchor int) (Stamp, bool) {
	best, bestCost := Stamp{}, -1
	for i, ln := range lines {
		if ln.excluded || 2*ln.linkLen > len(ln.text) {
			continue
		}
		var cost int
		switch {
		case anchor < 0:
			if !ln.hint {
				continue
			}
			cost = i
		case i >= anchor && i-anchor <= 60:
			cost = i - anchor
		case i < anchor && anchor-i <= 12:
			cost = 3 * (anchor - i)
		default:
			continue
		}
		if bestCost >= 0 && cost >= bestCost {
			continue
		}
		// A dateline is a short line that is mostly a date, or a date in
		// parentheses opening a paragraph: "(New York, 6/2/2007) — ...".
		text := ln.text
		if m := leadParenRe.FindString(text); m != "" {
			text = m
		} else if utf8.RuneCountInString(text) > 250 {
			continue
		}
		d, ok := ParseDateline(text)
		if !ok {
			continue
		}
		if !ln.hint && len(text)-(d.End-d.Start) > 80 {
			continue // a date inside a sentence, not a dateline
		}
		best, bestCost = d.Stamp, cost
	}
	return best, bestCost >= 0
}

// lineIndex returns the index of the first line that begins with prefix
// (compared on collapsed text), or -1.
func lineIndex(lines []textLine, prefix string) int {
	if prefix == "" {
		return -1
	}
	for i, ln := range lines {
		if strings.HasPrefix(ln.text, prefix) || strings.HasPrefix(prefix, ln.text) && len(ln.text) >= 40 {
			return i
		}
	}
	return -1
}

// scriptDateRe matches a script that writes a dateline into an element
// named like a date, as some older CMSs do instead of printing it:
// document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7".
var scriptDateRe = regexp.MustCompile(`(?i)["'][\w-]*(?:date|time|ngay)[\w-]*["']\s*\)\s*\.\s*innerHTML\s*=\s*["']([^"'<>]{6,120})["']`)

// maxScriptScan bounds the script text searched for a written dateline.
const maxScriptScan = 64 << 10

// scriptDateline returns a dateline that an inline script writes into a
// date element, or false.
func scriptDateline(doc *html.Node) (Stamp, bool) {
	var st Stamp
	found := false
	walk(doc, func(n *html.Node) bool {
		if found {
			return false
		}
		if n.DataAtom != atom.Script {
			return true
		}
		if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) <= maxScriptScan &&
			strings.Contains(c.Data, "innerHTML") {
			if m := scriptDateRe.FindStringSubmatch(c.Data); m != nil {
				if d, ok := ParseDateline(html.UnescapeString(decodeJSEscapes(m[1]))); ok {
					st, found = d.Stamp, true
				}
			}
		}
		return false
	})
	return st, found
}

// decodeJSEscapes turns the \uXXXX escapes of a JavaScript string literal
// into characters; other text is returned as is.
func decodeJSEscapes(s string) string {
	if !strings.Contains(s, `\u`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+5 < len(s) && s[i+1] == 'u' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				b.WriteRune(rune(v))
				i += 5
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
