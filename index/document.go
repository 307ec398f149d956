package index

import (
	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Bleve's own path from a document to its terms goes through the mapping,
// a token stream and a map of term frequencies built token by token, one
// allocation per term. Records are indexed through fields of our own
// instead (document.Document accepts any), which analyze their text in
// one pass into the frequency map bleve wants, the terms allocated
// together: analysis was a quarter of the indexing time. The mapping in
// mapping.go still declares every field, with the analyzer that gives the
// same terms, so that the index describes itself.

// vnField is an indexed, unstored Vietnamese text field: its terms are
// those of analyzerVN, or of analyzerTitle when pairs is false (see
// formsFilter), computed by Analyze, which bleve runs on its analysis
// workers.
type vnField struct {
	name   string
	value  []byte
	forms  *formsCache
	pairs  bool
	length int
	freqs  bindex.TokenFrequencies
}

func newVNField(name, text string, pairs bool, forms *formsCache) *vnField {
	return &vnField{name: name, value: []byte(text), pairs: pairs, forms: forms}
}

func (f *vnField) Name() string                                      { return f.name }
func (f *vnField) ArrayPositions() []uint64                          { return nil }
func (f *vnField) Options() bindex.FieldIndexingOptions              { return bindex.IndexField }
func (f *vnField) Value() []byte                                     { return f.value }
func (f *vnField) NumPlainTextBytes() uint64                         { return uint64(len(f.value)) }
func (f *vnField) EncodedFieldType() byte                            { return 't' }
func (f *vnField) AnalyzedLength() int                               { return f.length }
func (f *vnField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// Size estimates the memory the field holds, for bleve's accounting.
func (f *vnField) Size() int {
	n := 64 + len(f.name) + len(f.value)
	if f.freqs != nil {
		n += f.freqs.Size()
	}
	return n
}

// Analyze computes the field's terms and their frequencies.
func (f *vnField) Analyze() {
	f.freqs, f.length = f.forms.frequencies(f.value, f.pairs)
}

// keywordField is a field whose terms are given: keywords, facet values.
// It may be stored (its value is then its first term).
type keywordField struct {
	name    string
	terms   []string
	options bindex.FieldIndexingOptions
	freqs   bindex.TokenFrequencies
}

func newKeywordField(name string, store bool, terms ...string) *keywordField {
	o := bindex.IndexField
	if store {
		o |= bindex.StoreField
	}
	return &keywordField{name: name, terms: terms, options: o}
}

func (f *keywordField) Name() string                         { return f.name }
func (f *keywordField) ArrayPositions() []uint64             { return nil }
func (f *keywordField) Options() bindex.FieldIndexingOptions { return f.options }
func (f *keywordField) EncodedFieldType() byte               { return 't' }
func (f *keywordField) AnalyzedLength() int                  { return len(f.terms) }
func (f *keywordField) AnalyzedTokenFrequencies() bindex.TokenFrequencies {
	return f.freqs
}

// Value returns the stored value: the first term.
func (f *keywordField) Value() []byte {
	if len(f.terms) == 0 {
		return nil
	}
	return []byte(f.terms[0])
}

func (f *keywordField) NumPlainTextBytes() uint64 {
	var n int
	for _, t := range f.terms {
		n += len(t)
	}
	return uint64(n)
}

func (f *keywordField) Size() int {
	n := 64 + len(f.name) + int(f.NumPlainTextBytes())
	if f.freqs != nil {
		n += f.freqs.Size()
	}
	return n
}

func (f *keywordField) Analyze() {
	f.freqs = make(bindex.TokenFrequencies, len(f.terms))
	slab := make([]bindex.TokenFreq, len(f.terms))
	for i, t := range f.terms {
		if tf, ok := f.freqs[t]; ok {
			tf.SetFrequency(tf.Frequency() + 1)
			continue
		}
		tf := &slab[i]
		tf.Term = []byte(t)
		tf.SetFrequency(1)
		f.freqs[t] = tf
	}
}

// storedField returns a field that is stored and not indexed.
func storedField(name string, value []byte) *document.TextField {
	return document.NewTextFieldWithIndexingOptions(name, nil, value, bindex.StoreField)
}
