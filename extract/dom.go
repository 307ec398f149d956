package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// attr returns the value of the named attribute of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// classID returns n's class and id attributes, lower case, joined by a space.
func classID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if id == "" {
		return strings.ToLower(c)
	}
	return strings.ToLower(c + " " + id)
}

// textOf returns the text content of n with white space collapsed, skipping
// scripts, styles and templates.
func textOf(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return vntext.CollapseSpace(b.String())
}

// textLimit bounds how much text textOf collects from one subtree, so that a
// hostile page cannot make metadata look-ups quadratic.
const textLimit = 1 << 20

func appendText(b *strings.Builder, n *html.Node) {
	if b.Len() > textLimit {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return
		case atom.Br:
			b.WriteByte(' ')
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
	if n.Type == html.ElementNode && isBlock(n.DataAtom) {
		b.WriteByte(' ')
	}
}

// isBlock reports whether elements of type a start a new line of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Aside, atom.Nav, atom.Main, atom.Address, atom.Hr, atom.Form, atom.Fieldset,
		atom.Center, atom.Details, atom.Summary:
		return true
	}
	return false
}

// walk calls fn for every element below n in document order; fn returns
// false to skip an element's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.DocumentNode {
			if fn(c) {
				walk(c, fn)
			}
		}
	}
}

// find returns the first element below n (in document order) for which
// match is true, or nil.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if match(c) {
			found = c
			return false
		}
		return true
	})
	return found
}

// hasAncestor reports whether some proper ancestor of n satisfies match.
func hasAncestor(n *html.Node, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return true
		}
	}
	return false
}
