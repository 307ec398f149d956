package index

import (
	"sync"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/vnnews/vnnews/extract/vntext"
)

// A folded syllable is not indexed as a term (see analyzerVN): the
// documents holding it are those holding any term of the field that folds
// to it. A foldAutomaton finds those terms in a segment's term dictionary,
// a finite-state transducer, without reading the rest of it: a search for
// "hoa" visits the few branches that spell hòa, hoá, họa, hóa... and
// nothing else.

// foldAutomaton accepts the terms that fold to one syllable: the strings
// whose runes vntext.Fold writes as the syllable's (à, á, ả, ã, ạ, ă, â…
// as a; đ as d), with combining marks, which Fold drops, anywhere. It reads
// UTF-8 a byte at a time, as a term dictionary is searched; its state holds
// the number of the syllable's runes matched and the part of a rune read.
// It is not modified once made, and may be used by several searches at
// once.
type foldAutomaton struct {
	target []rune // the folded syllable
}

// The parts of a foldAutomaton state, less one (state 0 is dead): the
// runes matched, the bytes still to read of the current rune, and the bits
// of it read so far (at most 15 while bytes remain). A state fits in 30
// bits. Queries are at most maxQuery bytes, so their syllables are far
// shorter than foldMaxRunes.
const (
	foldPosBits  = 13
	foldNeedBits = 2
	foldMaxRunes = 1<<foldPosBits - 1
)

// newFoldAutomaton returns the automaton for the folded syllable folded,
// or nil when it is longer than foldMaxRunes.
func newFoldAutomaton(folded string) *foldAutomaton {
	t := []rune(folded)
	if len(t) > foldMaxRunes {
		return nil
	}
	return &foldAutomaton{target: t}
}

func foldState(pos, need int, acc rune) int {
	return 1 + (pos | need<<foldPosBits | int(acc)<<(foldPosBits+foldNeedBits))
}

func foldParts(s int) (pos, need int, acc rune) {
	v := s - 1
	return v & foldMaxRunes, v >> foldPosBits & (1<<foldNeedBits - 1), rune(v >> (foldPosBits + foldNeedBits))
}

func (a *foldAutomaton) Start() int { return foldState(0, 0, 0) }

func (a *foldAutomaton) IsMatch(s int) bool {
	if s <= 0 {
		return false
	}
	pos, need, _ := foldParts(s)
	return need == 0 && pos == len(a.target)
}

func (a *foldAutomaton) CanMatch(s int) bool        { return s > 0 }
func (a *foldAutomaton) WillAlwaysMatch(s int) bool { return false }

func (a *foldAutomaton) Accept(s int, b byte) int {
	if s <= 0 {
		return 0
	}
	pos, need, acc := foldParts(s)
	if need == 0 {
		switch {
		case b < utf8.RuneSelf:
			return a.step(pos, rune(b))
		case b&0xe0 == 0xc0:
			return foldState(pos, 1, rune(b&0x1f))
		case b&0xf0 == 0xe0:
			return foldState(pos, 2, rune(b&0x0f))
		case b&0xf8 == 0xf0:
			return foldState(pos, 3, rune(b&0x07))
		}
		return 0
	}
	if b&0xc0 != 0x80 {
		return 0
	}
	acc = acc<<6 | rune(b&0x3f)
	if need == 1 {
		return a.step(pos, acc)
	}
	return foldState(pos, need-1, acc)
}

// foldSlow marks, in foldRunes, a rune to fold with vntext.Fold.
const foldSlow = -2

// step returns the state after rune r, pos runes of the syllable matched.
func (a *foldAutomaton) step(pos int, r rune) int {
	f := foldSlow
	switch {
	case r < utf8.RuneSelf:
		f = int(r)
		if 'A' <= r && r <= 'Z' {
			f += 'a' - 'A'
		}
	case int(r) < len(foldRunes()):
		f = int(foldRunes()[r])
	}
	if f != foldSlow {
		switch {
		case f < 0:
			return foldState(pos, 0, 0) // a combining mark
		case pos < len(a.target) && int(a.target[pos]) == f:
			return foldState(pos+1, 0, 0)
		}
		return 0
	}
	for _, f := range vntext.Fold(string(r)) {
		if pos >= len(a.target) || a.target[pos] != f {
			return 0
		}
		pos++
	}
	return foldState(pos, 0, 0)
}

// foldRunes returns what vntext.Fold writes for each rune below U+1F00
// (the Latin letters, Vietnamese ones included, and the combining
// diacritical marks): a rune, -1 for one it drops, or foldSlow for one it
// writes as several. It is made once and never modified.
var foldRunes = sync.OnceValue(func() []rune {
	t := make([]rune, 0x1f00)
	for r := range t {
		f := []rune(vntext.Fold(string(rune(r))))
		switch {
		case len(f) == 0:
			t[r] = -1
		case len(f) == 1:
			t[r] = f[0]
		default:
			t[r] = foldSlow
		}
	}
	return t
})

// foldedPostings returns the documents of dict, less except, holding a
// term that a accepts. The bitmap may be the segment's own: it must not
// be modified.
func foldedPostings(dict segment.TermDictionary, a *foldAutomaton, except *roaring.Bitmap) (*roaring.Bitmap, error) {
	it := dict.AutomatonIterator(a, nil, nil)
	var bms []*roaring.Bitmap
	for {
		e, err := it.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		b, err := postings(dict, e.Term, except)
		if err != nil {
			return nil, err
		}
		bms = append(bms, b)
	}
	switch len(bms) {
	case 0:
		return roaring.New(), nil
	case 1:
		return bms[0], nil
	}
	return roaring.FastOr(bms...), nil
}
