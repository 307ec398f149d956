package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnnews/vnnews/extract/vntext"
)

// Photo captions describe the pictures, not the news: a reader of the
// record wants the article's prose, and a caption ("Đồng chí Bí thư trao
// Bằng khen cho các tập thể") repeats what the text says. markCaptions
// finds them on the page before readability runs, and dropCaptions takes
// them out of the paragraphs readability returns.

// captionClassRe matches the class and id names of photo captions:
// "caption", "wp-caption-text", "PhotoCMS_Caption", VnExpress's
// "tplCaption" and "Image", "chu-thich-anh" ("chú thích ảnh"), "image-desc".
var captionClassRe = regexp.MustCompile(`(?i)(?:caption|chu-?thich|chu_thich|(?:image|img|photo|pic)[-_]?(?:desc|note)|(?:^|\s)image(?:$|\s))`)

// maxCaption bounds the text of an element taken for a caption by its
// name: a container named so that holds more is not one.
const maxCaption = 400

// maxBareCaption bounds the text of an unnamed caption: the text beside a
// picture in its block, or the italic line under it.
const maxBareCaption = 200

// captionTag names the element that wraps the contents of a photo
// caption, for the paragraph scanner. Readability strips class names from
// what it returns and rebuilds some elements, but keeps an element it does
// not know, with what it holds.
const captionTag = "vnnews-caption"

// markCaptions marks the photo captions of doc: figcaption elements and
// elements named as captions; the short text beside a picture in its own
// block ("<p><img><br>Các bị cáo tại tòa</p>"); and, under a block holding
// only a picture, a short line in italics, as Party portals write them. A
// line that is only centred is not enough: some pages centre everything.
func markCaptions(doc *html.Node) {
	var imgs []*html.Node
	walk(doc, func(n *html.Node) bool {
		switch {
		case n.Type != html.ElementNode:
		case n.DataAtom == atom.Figcaption || captionClassRe.MatchString(classID(n)):
			if _, short := textUpTo(n, maxCaption); short {
				markCaption(n)
				return false
			}
		case n.DataAtom == atom.Img:
			imgs = append(imgs, n)
		}
		return true
	})
	seen := map[*html.Node]bool{} // blocks already looked at: a page may hold thousands of pictures in one
	for _, img := range imgs {
		blk := pictureBlock(img)
		if blk == nil || seen[blk] || inCaption(blk) {
			continue
		}
		seen[blk] = true
		if t, short := textUpTo(blk, maxBareCaption); t != "" {
			if short {
				markCaption(blk)
			}
			continue
		}
		next := blk.NextSibling
		for next != nil && next.Type != html.ElementNode {
			if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
				break
			}
			next = next.NextSibling
		}
		if next == nil || next.Type != html.ElementNode || inCaption(next) {
			continue
		}
		switch next.DataAtom {
		case atom.P, atom.Div, atom.Center:
		default:
			continue
		}
		if t, short := textUpTo(next, maxBareCaption); t != "" && short && italicOnly(next) && find(next, func(n *html.Node) bool { return n.DataAtom == atom.Img }) == nil {
			markCaption(next)
		}
	}
}

// textUpTo returns the text of n, collapsed, and whether it is shorter
// than limit bytes; it stops reading once it has limit bytes, so that
// asking of a large block costs no more than asking of a small one.
func textUpTo(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var visit func(n *html.Node) bool
	visit = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				if b.Len() > 2*limit+64 {
					return false
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Template, atom.Noscript:
					continue
				}
				if !visit(c) {
					return false
				}
			}
		}
		return true
	}
	complete := visit(n)
	t := vntext.CollapseSpace(b.String())
	return t, complete && len(t) < limit
}

// pictureBlock returns the block a picture sits in: its nearest paragraph,
// division, cell, figure or centre element.
func pictureBlock(img *html.Node) *html.Node {
	for n := img.Parent; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Td, atom.Figure, atom.Center:
			return n
		case atom.Body, atom.Article, atom.Section, atom.Main, atom.H1, atom.H2, atom.H3, atom.A:
			return nil
		}
	}
	return nil
}

// styledItalic reports whether n's style sets italics.
func styledItalic(n *html.Node) bool {
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "font-style:italic")
}

// italicOnly reports whether all of n's text is in italics: em or i
// elements, or an italic style.
func italicOnly(n *html.Node) bool {
	if styledItalic(n) {
		return true
	}
	plain := false
	var scan func(n *html.Node, italic bool)
	scan = func(n *html.Node, italic bool) {
		for c := n.FirstChild; c != nil && !plain; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if !italic && strings.TrimSpace(c.Data) != "" {
					plain = true
				}
			case html.ElementNode:
				scan(c, italic || c.DataAtom == atom.Em || c.DataAtom == atom.I || styledItalic(c))
			}
		}
	}
	scan(n, false)
	return !plain
}

// markCaption marks n as a photo caption by wrapping its contents in a
// captionTag element.
func markCaption(n *html.Node) {
	w := &html.Node{Type: html.ElementNode, Data: captionTag}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		w.AppendChild(c)
		c = next
	}
	n.AppendChild(w)
}

// isCaption reports whether n wraps a caption's contents.
func isCaption(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == 0 && n.Data == captionTag
}

// inCaption reports whether n is, holds or lies in a marked caption.
func inCaption(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if isCaption(a) {
			return true
		}
	}
	return find(n, isCaption) != nil
}

// dropCaptions removes the photo captions (elements the page marks as
// such: figcaption, or a caption's class name) from an article's
// paragraphs: they describe the pictures, not the news. A photo story,
// whose captions are most of what it says, keeps them: when captions hold
// more than maxCaptionShare of the text, they are the text.
func dropCaptions(ps []paragraph) []paragraph {
	captions := 0
	for _, p := range ps {
		if p.caption {
			captions += len(p.text)
		}
	}
	if captions == 0 || float64(captions) > maxCaptionShare*float64(textLen(ps)) {
		return ps
	}
	out := ps[:0:0]
	for _, p := range ps {
		if !p.caption {
			out = append(out, p)
		}
	}
	return out
}

// maxCaptionShare is the share of an article's text above which its
// captions are its text (a photo story).
const maxCaptionShare = 0.4
