package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// densestParagraphs is the fallback for pages go-readability cannot read
// (table layouts, very short articles, pages too big to hand it): it scores
// each element by the text it holds in paragraph-like children, discounting
// link text, and returns the paragraphs of the best-scoring container. The
// work is linear in the size of the tree.
//
// A text block (a p, a td, a div with its own text) gives its plain-text
// length to its parent and half to its grandparent, as readability does, but
// without readability's repeated passes; a container wins by collecting many
// text blocks of prose rather than one long list of links.
func densestParagraphs(doc *html.Node) []paragraph {
	scores := make(map[*html.Node]float64)
	var order []*html.Node // scored nodes in document order, for stable ties
	add := func(n *html.Node, s float64) {
		if _, ok := scores[n]; !ok {
			order = append(order, n)
		}
		scores[n] += s
	}
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Select, atom.Noscript:
			return false
		}
		own, link := ownText(n)
		if own < 25 {
			return true
		}
		plain := float64(own - link)
		if plain <= 0 {
			return true
		}
		score := plain
		if strings.ContainsAny(blockTextSample(n), ".,;") {
			score *= 1.5 // prose, not a label
		}
		if p := n.Parent; p != nil {
			add(p, score)
			if g := p.Parent; g != nil {
				add(g, score/2)
			}
		}
		return true
	})
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		s := scores[n]
		if n.Type != html.ElementNode {
			continue
		}
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return nil
	}
	return paragraphsOf(best)
}

// ownText returns the length of the text n holds itself or through inline
// elements (not through nested blocks), and how much of it is link text.
func ownText(n *html.Node) (text, link int) {
	var visit func(c *html.Node, inLink bool)
	visit = func(c *html.Node, inLink bool) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			switch k.Type {
			case html.TextNode:
				l := len(strings.TrimSpace(k.Data))
				text += l
				if inLink {
					link += l
				}
			case html.ElementNode:
				if isBlock(k.DataAtom) && k.DataAtom != atom.Br || k.DataAtom == atom.Script || k.DataAtom == atom.Style {
					continue
				}
				visit(k, inLink || k.DataAtom == atom.A)
			}
		}
	}
	visit(n, n.DataAtom == atom.A)
	return text, link
}

// blockTextSample returns up to 200 bytes of n's own text.
func blockTextSample(n *html.Node) string {
	var b strings.Builder
	for k := n.FirstChild; k != nil && b.Len() < 200; k = k.NextSibling {
		if k.Type == html.TextNode {
			b.WriteString(k.Data)
		} else if k.Type == html.ElementNode && !isBlock(k.DataAtom) && k.FirstChild != nil && k.FirstChild.Type == html.TextNode {
			b.WriteString(k.FirstChild.Data)
		}
	}
	return b.String()
}
