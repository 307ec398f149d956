package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// A paragraph is one block of article text with the share of it that sits
// inside links.
type paragraph struct {
	text    string
	linkLen int
	heading bool
	caption bool // a photo caption (see dropCaptions)
}

// paragraphsOf splits the text under n into paragraphs at block-level
// boundaries and line breaks, in document order.
func paragraphsOf(n *html.Node) []paragraph {
	var s paraScanner
	s.scan(n, false)
	s.flush()
	return s.out
}

type paraScanner struct {
	out       []paragraph
	cur       strings.Builder
	link      int
	heading   bool
	inCaption int // depth of caption elements being scanned
}

// maxParagraphs bounds the output of a hostile page.
const maxParagraphs = 20000

func (s *paraScanner) flush() {
	t := strings.Trim(vntext.CollapseSpace(s.cur.String()), " |")
	if t != "" && len(s.out) < maxParagraphs {
		s.out = append(s.out, paragraph{text: t, linkLen: s.link, heading: s.heading, caption: s.inCaption > 0})
	}
	s.cur.Reset()
	s.link, s.heading = 0, false
}

func (s *paraScanner) scan(n *html.Node, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if s.cur.Len() < textLimit {
				s.cur.WriteString(c.Data)
			}
			if inLink {
				s.link += len(strings.TrimSpace(c.Data))
			}
		case html.ElementNode:
			a := tagAtom(c)
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Select,
				atom.Option, atom.Textarea, atom.Button, atom.Input, atom.Iframe, atom.Object, atom.Embed:
				continue
			case atom.Br, atom.Hr:
				s.flush()
				continue
			case atom.Td, atom.Th:
				// Cells of a layout table are blocks; cells of a data row are
				// joined with a separator so the row stays one line.
				if c.PrevSibling != nil && strings.TrimSpace(s.cur.String()) != "" && !hasBlockChild(c) {
					s.cur.WriteString(" | ")
					s.scan(c, inLink)
					continue
				}
			}
			block := isBlock(a)
			caption := isCaption(c)
			if block || caption {
				s.flush()
			}
			if caption {
				s.inCaption++
				s.scan(c, inLink)
				s.flush()
				s.inCaption--
				continue
			}
			switch a {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				s.heading = true
			}
			s.scan(c, inLink || a == atom.A)
			if block {
				s.flush()
			}
		}
	}
}

// tagAtom returns n's element type. go-readability creates and renames
// elements by name only (a div becomes a p), leaving DataAtom unset.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// hasBlockChild reports whether n has a block-level element among its
// descendants (a layout cell rather than a data cell).
func hasBlockChild(n *html.Node) bool {
	return find(n, func(c *html.Node) bool {
		a := tagAtom(c)
		return a != atom.Br && isBlock(a)
	}) != nil
}
