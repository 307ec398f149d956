package index

import (
	"html"
	"strings"

	"github.com/vnnews/vnnews/extract/vntext"
)

// snippetRunes is about how long a snippet is, in characters.
const snippetRunes = 240

// The marks around a matched syllable in a snippet.
const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// snippet returns about width characters of text around the densest run of
// matched syllables, as HTML: the text escaped, each syllable that tm
// matches (with its diacritics or folded) between <mark> and </mark>, and
// an ellipsis where text was cut. With nothing to mark it returns the start
// of the text. Snippets are cut from the stored record, at search time,
// for the page of hits only: cheaper than term vectors in the index.
// Syllable forms come from f, which remembers them across snippets.
func snippet(text string, tm terms, width int, f *formsCache) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
		for len(text) > 0 && !utf8Start(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	lower := []byte(text)
	toks := syllableSpans(lower, nil)
	type span struct{ start, end int }
	var marks []span
	if len(tm.exact)+len(tm.folded) > 0 {
		for _, t := range toks {
			exact, folded := f.forms(lower[t[0]:t[1]])
			if tm.exact[string(exact)] || tm.folded[string(folded)] {
				marks = append(marks, span{t[0], t[1]})
			}
		}
	}
	// Choose the window of width bytes (about width/1.3 characters of
	// Vietnamese) holding the most marks, starting at a mark.
	winBytes := width * 13 / 10
	start, end := 0, min(len(text), winBytes)
	if len(marks) > 0 {
		best, bestN := 0, 0
		j := 0
		for i := range marks {
			for j < len(marks) && marks[j].end-marks[i].start <= winBytes {
				j++
			}
			if j-i > bestN {
				best, bestN = i, j-i
			}
		}
		// Start a little before the first mark, at a syllable.
		start = max(0, marks[best].start-winBytes/5)
		end = min(len(text), start+winBytes)
	}
	start, end = wordBounds(text, start, end, toks)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, m := range marks {
		if m.start < start || m.end > end {
			continue
		}
		b.WriteString(html.EscapeString(collapse(text[pos:m.start])))
		b.WriteString(markOpen)
		b.WriteString(html.EscapeString(text[m.start:m.end]))
		b.WriteString(markClose)
		pos = m.end
	}
	b.WriteString(html.EscapeString(collapse(text[pos:end])))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// wordBounds moves start back and end forward to the edges of the
// syllables they cut.
func wordBounds(text string, start, end int, toks [][2]int) (int, int) {
	for _, t := range toks {
		if t[0] < start && start < t[1] {
			start = t[0]
		}
		if t[0] < end && end < t[1] {
			end = t[1]
		}
	}
	for start < len(text) && !utf8Start(text[start]) {
		start++
	}
	for end < len(text) && !utf8Start(text[end]) {
		end++
	}
	return start, max(start, end)
}

// collapse writes paragraph breaks and runs of space as one space.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if vntext.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// utf8Start reports whether b begins a UTF-8 sequence.
func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
