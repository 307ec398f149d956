// Package index is vnnews's search index: a bleve index of the records that
// extract makes from the capture store, with a Vietnamese analyzer,
// incremental updates, search with facets, and the dump writers.
package index

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/vnnews/vnnews/extract/vntext"
)

// The analyzers of the index mapping. Every text field is indexed twice:
// once with diacritics (analyzerExact: syllables) and once folded
// (analyzerFolded: syllables and, at the same time, every pair of
// neighbouring syllables joined by one space, "hoc tap", "tap va"). The
// pairs are how phrases are searched without term vectors (see query.go);
// they are kept on the folded field only, since pairs with diacritics made
// the index a third larger and slower to build for no better phrase match
// (an exact phrase is its folded pairs plus its exact syllables).
const (
	analyzerExact  = "vn"      // syllables, lower case, NFC, tone marks placed one way
	analyzerFolded = "vn_fold" // syllables folded: no marks, đ written d, lower case
)

// Names of the token filters this package registers with bleve.
const (
	filterTone    = "vn_tone"    // NFC, tone-mark placement, lower case
	filterFold    = "vn_fold"    // diacritics folded away, lower case
	filterShingle = "vn_shingle" // a shingle filter: syllables plus syllable pairs
)

// shingleSep joins two syllables in a pair token. A space never occurs
// inside a syllable token, so pairs and syllables cannot collide.
const shingleSep = " "

// The token filters are registered in bleve's global registry once, when
// the package is loaded: bleve looks analysis components up by name when
// it opens an index, so the names must be known before any Open. This is
// the only package-level state, and it is never modified afterwards.
func init() {
	registry.RegisterTokenFilter(filterTone, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return toneFilter{}, nil
	})
	registry.RegisterTokenFilter(filterFold, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
}

// addAnalyzers declares the custom analyzers on an index mapping.
func addAnalyzers(m *mapping.IndexMappingImpl) error {
	if err := m.AddCustomTokenFilter(filterShingle, map[string]any{
		"type":            shingle.Name,
		"min":             2.0,
		"max":             2.0,
		"output_original": true,
		"separator":       shingleSep,
		"filler":          "",
	}); err != nil {
		return fmt.Errorf("shingle filter: %w", err)
	}
	for name, filters := range map[string][]any{analyzerExact: {filterTone}, analyzerFolded: {filterFold, filterShingle}} {
		err := m.AddCustomAnalyzer(name, map[string]any{
			"type":          custom.Name,
			"tokenizer":     unicode.Name,
			"token_filters": filters,
		})
		if err != nil {
			return fmt.Errorf("analyzer %s: %w", name, err)
		}
	}
	return nil
}

// toneFilter puts each token in NFC, in lower case, with its tone mark on
// the vowel vntext.NormalizeTones chooses, so that "Hoà" and "hòa", "uỷ" and
// "ủy" give the same term.
type toneFilter struct{}

func (toneFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if lowerASCII(tok.Term) {
			continue
		}
		tok.Term = []byte(vntext.ToneKey(string(tok.Term)))
	}
	return in
}

// foldFilter folds each token: lower case, every mark removed, đ written d,
// so that "Ủy" and "uy" give the same term.
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		if lowerASCII(tok.Term) {
			continue
		}
		tok.Term = []byte(vntext.Fold(string(tok.Term)))
	}
	return in
}

// lowerASCII lower-cases b in place and reports true when b is all ASCII
// (nothing more to do for either filter); it leaves b alone otherwise.
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
