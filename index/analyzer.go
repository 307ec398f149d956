// Package index is vnnews's search index: a bleve index of the records that
// extract makes from the capture store, with a Vietnamese analyzer,
// incremental updates, search with facets, and the dump writers.
package index

import (
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/vnnews/vnnews/extract/vntext"
)

// The Vietnamese analyzers. Bleve has none, and its Unicode tokenizer
// (UAX #29 word breaks) is the slowest step of indexing, so both parts are
// ours.
//
// One pass over the text gives, for each syllable, at one position:
//
//   - the syllable with its diacritics: lower case, NFC, the tone mark
//     placed one way ("Hoà" and "hòa" both give "hòa");
//   - the folded pair of the syllable and the one before it, joined by a
//     space: no marks, đ written d ("hoa binh"). Pairs are how phrases are
//     searched without positions (see compileQuery).
//
// A syllable's folded form is not a term of its own: a query typed without
// diacritics, or any word of a query (which matches every spelling), asks
// for every term of the field that folds to its syllable, found by walking
// the term dictionary with a foldAutomaton. A folded term would be a fifth
// of the postings, and indexing time grows with them.
//
// The headline field (analyzerTitle) has the syllables only: it ranks
// hits, and phrases are matched on the text field, which holds the
// headline too.
const (
	analyzerVN    = "vn"
	analyzerTitle = "vn_title"
)

// Names of the components this package registers with bleve.
const (
	tokenizerSyllables = "vn_syllables" // syllables: runs of letters, marks and digits
	filterForms        = "vn_forms"     // syllable and pair terms, as above
	filterSyllables    = "vn_exact"     // syllable terms only
)

// pairSep joins two syllables in a pair term. A space never occurs inside
// a syllable, so pairs and syllables cannot collide.
const pairSep = " "

// The components are registered in bleve's global registry once, when the
// package is loaded: bleve looks analysis components up by name when it
// opens an index, so the names must be known before any Open. This is the
// only package-level state, and it is never modified afterwards.
func init() {
	registry.RegisterTokenizer(tokenizerSyllables, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return syllableTokenizer{}, nil
	})
	registry.RegisterTokenFilter(filterForms, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return &formsFilter{cache: &formsCache{}, pairs: true}, nil
	})
	registry.RegisterTokenFilter(filterSyllables, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return &formsFilter{cache: &formsCache{}}, nil
	})
}

// addAnalyzers declares the Vietnamese analyzers on an index mapping.
func addAnalyzers(m *mapping.IndexMappingImpl) error {
	for name, filter := range map[string]string{analyzerVN: filterForms, analyzerTitle: filterSyllables} {
		err := m.AddCustomAnalyzer(name, map[string]any{
			"type":          custom.Name,
			"tokenizer":     tokenizerSyllables,
			"token_filters": []any{filter},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// syllableTokenizer splits text into syllables: maximal runs of letters,
// combining marks and digits, where a digit run may go on over one '.' or
// ',' between digits ("2.500", "3,5"). Everything else separates.
type syllableTokenizer struct{}

func (syllableTokenizer) Tokenize(text []byte) analysis.TokenStream {
	spans := syllableSpans(text, make([][2]int, 0, len(text)/5))
	toks := make([]analysis.Token, len(spans))
	out := make(analysis.TokenStream, len(spans))
	for i, s := range spans {
		toks[i] = analysis.Token{Term: text[s[0]:s[1]], Start: s[0], End: s[1], Position: i + 1, Type: analysis.AlphaNumeric}
		out[i] = &toks[i]
	}
	return out
}

// syllableSpans appends to spans the [start, end) byte offsets of the
// syllables of text.
func syllableSpans(text []byte, spans [][2]int) [][2]int {
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			if !word && (c == '.' || c == ',') && start >= 0 && i > 0 && isDigit(text[i-1]) && i+1 < len(text) && isDigit(text[i+1]) {
				word = true
			}
		} else {
			var r rune
			r, size = utf8.DecodeRune(text[i:])
			word = r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(text)})
	}
	return spans
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// forms returns a syllable with its diacritics (lower case, NFC, tone mark
// placed one way) and folded. For a syllable in plain ASCII both are the
// same slice, lower-cased in place. A run of bare combining marks has no
// forms (nil).
func forms(syl []byte) (exact, folded []byte) {
	if lowerASCII(syl) {
		return syl, syl
	}
	e := vntext.ToneKey(string(syl))
	f := vntext.Fold(e)
	if f == "" {
		return nil, nil
	}
	if f == e {
		b := []byte(e)
		return b, b
	}
	return []byte(e), []byte(f)
}

// formsCache remembers the forms of the syllables it has seen (a
// language has a few thousand), which halves the cost of analysis. It may
// be used from several goroutines.
type formsCache struct {
	slots [formsCacheSize]atomic.Pointer[formsEntry]
}

// formsCacheSize is the number of syllables formsCache remembers
// (a power of two).
const formsCacheSize = 1 << 14

// formsEntry is one remembered syllable and its forms, as bytes and as
// strings. Entries are never modified once stored, and their slices never
// written to.
type formsEntry struct {
	syl                 string
	exact, folded       []byte
	exactStr, foldedStr string
}

// entry returns the forms of syl, from the cache when it can. The entry
// may be shared: it must not be modified.
func (c *formsCache) entry(syl []byte) *formsEntry {
	h := uint32(2166136261)
	for _, b := range syl {
		h = (h ^ uint32(b)) * 16777619
	}
	slot := &c.slots[h&(formsCacheSize-1)]
	if e := slot.Load(); e != nil && e.syl == string(syl) {
		return e
	}
	e := &formsEntry{syl: string(syl)}
	exact, folded := forms([]byte(e.syl))
	if len(exact) > 0 {
		e.exactStr, e.foldedStr = string(exact), string(folded)
		e.exact = []byte(e.exactStr)
		e.folded = e.exact
		if e.foldedStr != e.exactStr {
			e.folded = []byte(e.foldedStr)
		}
	}
	slot.Store(e)
	return e
}

// forms returns the forms of syl (see the function forms), from the cache
// when it can. The two slices are the same when the forms are.
func (c *formsCache) forms(syl []byte) (exact, folded []byte) {
	e := c.entry(syl)
	return e.exact, e.folded
}

// formsFilter turns syllable tokens into the terms described at
// analyzerVN: each syllable with its diacritics, then, when pairs is set,
// the folded pair it ends.
type formsFilter struct {
	cache *formsCache
	pairs bool
}

func (f *formsFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(in)*2)
	extra := make([]analysis.Token, 0, len(in))
	arena := make([]byte, 0, len(in)*12) // the pair terms
	var prev []byte
	for _, tok := range in {
		exact, folded := f.cache.forms(tok.Term)
		if len(exact) == 0 {
			continue
		}
		tok.Term = exact
		out = append(out, tok)
		if prev != nil && f.pairs {
			start := len(arena)
			arena = append(append(append(arena, prev...), pairSep...), folded...)
			pair := arena[start:len(arena):len(arena)]
			extra = append(extra, analysis.Token{Term: pair, Start: tok.Start, End: tok.End, Position: tok.Position, Type: analysis.Shingle})
			out = append(out, &extra[len(extra)-1])
		}
		prev = folded
	}
	return out
}

// frequencies returns the terms a formsFilter gives for the syllables of
// text (with pairs, or without), with their frequencies, and the number
// of terms: what bleve's analysis makes of a token stream, in one pass and
// with the terms allocated together (see vnField).
func (c *formsCache) frequencies(text []byte, pairs bool) (bindex.TokenFrequencies, int) {
	spans := syllableSpans(text, make([][2]int, 0, len(text)/5))
	ents := make([]*formsEntry, 0, len(spans))
	// The pairs, written one after the other, then made one string: the
	// keys of the map are pieces of it.
	var arena []byte
	var ends []int
	if pairs {
		arena = make([]byte, 0, len(text)+len(spans)*2)
		ends = make([]int, 0, len(spans))
	}
	for _, sp := range spans {
		e := c.entry(text[sp[0]:sp[1]])
		if len(e.exact) == 0 {
			continue
		}
		if pairs && len(ents) > 0 {
			prev := ents[len(ents)-1]
			arena = append(append(append(arena, prev.folded...), pairSep...), e.folded...)
			ends = append(ends, len(arena))
		}
		ents = append(ents, e)
	}
	pairStr := string(arena)

	size := len(ents) / 2
	if pairs {
		size = len(ents)
	}
	freqs := make(bindex.TokenFrequencies, size)
	var slab []bindex.TokenFreq
	n := 0
	add := func(key string, term []byte) {
		n++
		if tf, ok := freqs[key]; ok {
			tf.SetFrequency(tf.Frequency() + 1)
			return
		}
		if len(slab) == cap(slab) {
			slab = make([]bindex.TokenFreq, 0, 256)
		}
		slab = append(slab, bindex.TokenFreq{Term: term})
		tf := &slab[len(slab)-1]
		tf.SetFrequency(1)
		freqs[key] = tf
	}
	start := 0
	for i, e := range ents {
		add(e.exactStr, e.exact)
		if pairs && i > 0 {
			end := ends[i-1]
			add(pairStr[start:end], arena[start:end:end])
			start = end
		}
	}
	return freqs, n
}

// lowerASCII lower-cases b in place and reports true when b is all ASCII;
// it leaves b alone otherwise.
func lowerASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return true
}

// queryTerms is a piece of query text as the analyzer indexes it: its
// syllables with their diacritics, the same folded, and the folded pairs.
type queryTerms struct {
	exact, folded, pairs []string
}

// analyzeQuery returns the terms of a piece of query text.
func analyzeQuery(s string) queryTerms {
	text := []byte(s)
	var qt queryTerms
	var prev string
	for _, sp := range syllableSpans(text, nil) {
		e, f := forms(text[sp[0]:sp[1]])
		if len(e) == 0 {
			continue
		}
		exact, folded := string(e), string(f)
		qt.exact = append(qt.exact, exact)
		qt.folded = append(qt.folded, folded)
		if prev != "" {
			qt.pairs = append(qt.pairs, prev+pairSep+folded)
		}
		prev = folded
	}
	return qt
}
