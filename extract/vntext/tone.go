package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Vietnamese writes a syllable's tone on one vowel of its nucleus, but two
// conventions disagree on which vowel for a handful of rhymes: "hòa" or
// "hoà", "thủy" or "thuỷ", "khóa" or "khoá". NormalizeTones picks one so
// that matching and indexing see one spelling.
//
// The placement chosen is the one of the examples this project must unify
// and of the official names of places and offices (Thanh Hóa, Khánh Hòa,
// Ủy ban): the tone goes on the main vowel of the nucleus, which is
//
//  1. the vowel that carries a quality mark (ă, â, ê, ô, ơ, ư), the last
//     one when there are two (ươ → ơ: "người", "được");
//  2. otherwise, when the syllable ends in a consonant, the last vowel
//     ("hoàng", "toán", "huỳnh");
//  3. otherwise, in an open syllable, the first of two vowels ("hòa",
//     "hòe", "thủy", "mía", "múa", "tài") or the middle of three ("ngoài",
//     "khuỷu").
//
// The u of "qu" and the i of "gi" before another vowel belong to the
// onset, so "qúy" becomes "quý" and "gịa" becomes "giạ". Words that are not
// shaped like one syllable (vowels split by consonants, two tone marks) are
// left as they are.

// toneInfo describes a Vietnamese vowel: the vowel without its tone, and
// the tone (0 for none, 1..5 for grave, acute, tilde, hook, dot below).
// A zero base marks a rune that is not a Vietnamese vowel.
type toneInfo struct {
	base uint16
	tone uint8
}

// toneMarks lists the combining tone marks in toneInfo order (index 1..5).
var toneMarks = [6]rune{0, toneGrave, toneAcute, toneTilde, toneHook, toneDot}

// vowelBases are the Vietnamese vowels without tone, both cases.
const vowelBases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"

// toneLimit bounds the runes toneOf describes: all Vietnamese letters lie
// below it (the last is U+1EF9).
const toneLimit = 0x1F00

// toneOf maps each rune below toneLimit to its toneInfo; withTone maps each
// base vowel to its six forms. Built once; never modified.
var toneOf, withTone = buildToneTables()

func buildToneTables() (*[toneLimit]toneInfo, map[rune][6]rune) {
	of := new([toneLimit]toneInfo)
	with := make(map[rune][6]rune, 24)
	for _, b := range vowelBases {
		var forms [6]rune
		forms[0] = b
		of[b] = toneInfo{base: uint16(b)}
		for t := 1; t <= 5; t++ {
			c, _ := utf8.DecodeRuneInString(norm.NFC.String(string(b) + string(toneMarks[t])))
			forms[t] = c
			of[c] = toneInfo{base: uint16(b), tone: uint8(t)}
		}
		with[b] = forms
	}
	return of, with
}

// toneInfoOf returns the toneInfo of r (zero for a non-vowel).
func toneInfoOf(r rune) toneInfo {
	if r < 0 || r >= toneLimit {
		return toneInfo{}
	}
	return toneOf[r]
}

// hasQuality reports whether the base vowel v carries a quality mark.
func hasQuality(v rune) bool {
	switch unicode.ToLower(v) {
	case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
		return true
	}
	return false
}

// NormalizeTones returns s in NFC with the tone mark of every syllable on
// the vowel chosen by the rule above. It runs in one pass and returns s
// itself when nothing moves.
func NormalizeTones(s string) string {
	if !plainNFC(s) {
		s = NFC(s)
	}
	var b []byte // nil until a syllable changes
	last := 0    // end of the part of s already copied into b
	var buf [16]rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		j, vowels, toned := i, 0, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			if ti := toneInfoOf(r); ti.base != 0 {
				vowels++
				toned = toned || ti.tone != 0
			}
			j += size
		}
		if vowels < 2 || !toned {
			i = j // one vowel, or no tone: nothing can move
			continue
		}
		word := s[i:j]
		if w, ok := placeTone(word, buf[:0]); ok {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:i]...)
			for _, r := range w {
				b = utf8.AppendRune(b, r)
			}
			last = j
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// isWordRune reports whether r belongs to a word: a letter or a combining
// mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// plainNFC reports whether s is valid UTF-8 made only of characters that
// are their own NFC form and take no combining marks after them: ASCII,
// Latin-1 and Latin Extended letters, Vietnamese precomposed letters and
// common punctuation. It is the allocation-free fast path of the NFC check.
func plainNFC(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x300 && r != utf8.RuneError:
		case r >= 0x1E00 && r < 0x1F00:
		case r >= 0x2010 && r < 0x2028:
		default:
			return false
		}
	}
	return true
}

// placeTone returns the runes of word with its tone moved to the main
// vowel, and whether anything moved. scratch is reused for the result.
func placeTone(word string, scratch []rune) ([]rune, bool) {
	if len(word) > 4*cap(scratch) {
		return nil, false // longer than any syllable
	}
	rs := scratch
	toneAt, tone := -1, uint8(0)
	for _, r := range word {
		if ti := toneInfoOf(r); ti.tone != 0 {
			if toneAt >= 0 {
				return nil, false // two tones: not one syllable
			}
			toneAt, tone = len(rs), ti.tone
		}
		rs = append(rs, r)
	}
	if toneAt < 0 {
		return nil, false
	}
	// Find the vowel run: skip the onset, including qu and gi.
	start := 0
	for start < len(rs) && !isVowel(rs[start]) {
		start++
	}
	if start == len(rs) {
		return nil, false
	}
	if start > 0 && start+1 < len(rs) && isVowel(rs[start+1]) {
		prev, v := unicode.ToLower(rs[start-1]), unicode.ToLower(baseOf(rs[start]))
		if start == 1 && (prev == 'q' && v == 'u' || prev == 'g' && v == 'i') {
			start++
		}
	}
	end := start
	for end < len(rs) && isVowel(rs[end]) {
		end++
	}
	for k := end; k < len(rs); k++ {
		if isVowel(rs[k]) || !unicode.IsLetter(rs[k]) {
			return nil, false // vowels split by consonants, or a stray mark
		}
	}
	if toneAt < start-1 || toneAt >= end {
		return nil, false // tone on a letter that is not a vowel of the nucleus
	}
	target := mainVowel(rs[start:end], end < len(rs)) + start
	if target == toneAt {
		return nil, false
	}
	rs[toneAt] = baseOf(rs[toneAt])
	rs[target] = withTone[baseOf(rs[target])][tone]
	return rs, true
}

// mainVowel returns the index, in the vowel run v, of the vowel that takes
// the tone; closed reports whether a final consonant follows.
func mainVowel(v []rune, closed bool) int {
	for k := len(v) - 1; k >= 0; k-- {
		if hasQuality(baseOf(v[k])) {
			return k
		}
	}
	switch {
	case len(v) == 1:
		return 0
	case closed:
		return len(v) - 1
	case len(v) == 2:
		return 0
	default:
		return 1
	}
}

// isVowel reports whether r is a Vietnamese vowel, with or without tone.
func isVowel(r rune) bool {
	return toneInfoOf(r).base != 0
}

// baseOf returns r without its tone mark (r itself if it is not a vowel).
func baseOf(r rune) rune {
	if ti := toneInfoOf(r); ti.base != 0 {
		return rune(ti.base)
	}
	return r
}

// ToneKey returns s tone-normalised and in lower case: the form under which
// names are compared ("Huyện uỷ Thanh Hoá" and "huyện ủy thanh hóa" share
// one key).
func ToneKey(s string) string {
	return strings.ToLower(NormalizeTones(s))
}
