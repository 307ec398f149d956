package extract

import (
	"bytes"

	"golang.org/x/net/html"
)

// Limits that keep hostile pages cheap. Real article pages nest elements
// 15 to 40 deep and hold 1,000 to 8,000 elements.
const (
	// maxDepth is the deepest element kept in its place; deeper elements are
	// lifted to this level. go-readability walks ancestors and descendants
	// again and again, and on 60,000 nested divs runs for minutes.
	maxDepth = 120
	// maxReadabilityElems is the most elements go-readability is given; a
	// larger page is read by the linear density heuristic alone.
	maxReadabilityElems = 30000
	// maxInput is the largest page Extract accepts.
	maxInput = 32 << 20
)

// bound flattens n so that no element is deeper than maxDepth, and returns
// how many elements the tree holds. The work is linear in the tree's size
// and uses no recursion, so any depth is safe.
func bound(root *html.Node) (elems int) {
	type frame struct {
		n     *html.Node
		depth int
	}
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.n.Type == html.ElementNode {
			elems++
		}
		if f.depth >= maxDepth && f.n.Type == html.ElementNode {
			flatten(f.n)
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, f.depth + 1})
		}
	}
	return elems
}

// flatten moves every descendant of n that has children up to be a direct
// child of n, in document order, so that n's subtree is at most two deep.
// Element boundaries become siblings; their text stays in order.
func flatten(n *html.Node) {
	var leaves []*html.Node
	var stack []*html.Node
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.FirstChild == nil {
			leaves = append(leaves, c)
			continue
		}
		// Keep an empty shell of a block element so paragraph breaks survive.
		kids := []*html.Node{}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			kids = append(kids, k)
		}
		for _, k := range kids {
			c.RemoveChild(k)
		}
		leaves = append(leaves, c)
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		c = next
	}
	for _, l := range leaves {
		if l.Parent != nil {
			l.Parent.RemoveChild(l)
		}
		n.AppendChild(l)
	}
}

// parseLimitDepth is the deepest nesting clampDepth lets through; the HTML
// parser refuses documents nested deeper than 512 elements.
const parseLimitDepth = 400

// clampDepth rewrites a page whose elements nest too deep for the HTML
// parser: past parseLimitDepth open tags, start and end tags are dropped and
// only their text is kept. It runs only after the parser has refused the
// page, so ordinary pages are still tokenised once.
func clampDepth(body []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(body))
	var out bytes.Buffer
	out.Grow(len(body))
	depth, dropped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			if depth >= parseLimitDepth {
				dropped++
				continue
			}
			depth++
			out.Write(z.Raw())
		case html.EndTagToken:
			if dropped > 0 {
				dropped--
				continue
			}
			if depth > 0 {
				depth--
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}
