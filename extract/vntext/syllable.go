package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tone marks as combining characters: grave, acute, tilde, hook above and
// dot below. The other marks of Vietnamese (circumflex, breve, horn) belong
// to the letter and survive tone removal.
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

// IsTone reports whether r is one of the five combining tone marks.
func IsTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// initials are the consonant onsets of Vietnamese syllables, longest first.
var initials = []string{
	"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
}

// finals are the consonant codas of Vietnamese syllables, longest first.
var finals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t"}

// nuclei maps each vowel cluster (tones removed) to whether it may close a
// syllable without a final consonant.
var nuclei = map[string]bool{
	"a": true, "ă": false, "â": false, "e": true, "ê": true, "i": true, "o": true,
	"ô": true, "ơ": true, "u": true, "ư": true, "y": true,
	"ai": true, "ao": true, "au": true, "ay": true, "âu": true, "ây": true,
	"eo": true, "êu": true, "ia": true, "iê": false, "iu": true, "oa": true,
	"oă": false, "oe": true, "oi": true, "ôi": true, "ơi": true, "oo": false,
	"ua": true, "uâ": false, "uê": true, "ui": true, "uô": false, "uơ": true,
	"uy": true, "ưa": true, "ưi": true, "ươ": false, "ưu": true, "yê": false,
	"iêu": true, "oai": true, "oay": true, "oeo": true, "uây": true, "uôi": true,
	"ươi": true, "ươu": true, "uya": true, "uyê": false, "yêu": true, "uyu": true,
	"oao": true, "uêu": true,
}

// IsSyllable reports whether word (letters only, any case, NFC or NFD) has
// the shape of one Vietnamese syllable: an optional onset, a vowel nucleus,
// an optional coda and at most one tone mark. It is a shape test, not a
// dictionary: it tells Vietnamese text from the debris of a wrong charset
// ("B́nh", "quư", a lone "ă").
func IsSyllable(word string) bool {
	if word == "" {
		return false
	}
	var buf [16]rune
	letters := buf[:0]
	tones := 0
	for _, r := range word {
		r = unicode.ToLower(r)
		switch {
		case IsTone(r):
			// A combining tone must sit on a vowel ("B\u0301nh" is debris).
			if len(letters) == 0 || !isVowel(letters[len(letters)-1]) {
				return false
			}
			tones++
			continue
		case unicode.Is(unicode.Mn, r):
			// A combining circumflex, breve or horn: compose and look again.
			if c := norm.NFC.String(word); c != word {
				return IsSyllable(c)
			}
			return false
		}
		if ti := toneInfoOf(r); ti.base != 0 {
			if ti.tone != 0 {
				tones++
			}
			r = rune(ti.base)
		}
		if len(letters) == len(buf) {
			return false // longer than any syllable
		}
		letters = append(letters, r)
	}
	if tones > 1 {
		return false
	}
	w := string(letters)
	if rhymeOK(w) {
		return true
	}
	for _, in := range initials {
		if !strings.HasPrefix(w, in) {
			continue
		}
		rest := w[len(in):]
		if in == "qu" && strings.IndexAny(rest, "uư") == 0 {
			continue // "quư", "quu" are not Vietnamese
		}
		if rhymeOK(rest) {
			return true
		}
	}
	return false
}

// rhymeOK reports whether w (tones removed, NFC) is a vowel nucleus with an
// optional coda, or is empty after the onset "gi" ("gì").
func rhymeOK(w string) bool {
	if open, ok := nuclei[w]; ok {
		return open
	}
	for _, f := range finals {
		if strings.HasSuffix(w, f) && len(w) > len(f) {
			if _, ok := nuclei[w[:len(w)-len(f)]]; ok {
				return true
			}
		}
	}
	return false
}

// SyllableScore counts, over the words of s made only of letters, how many
// are and are not shaped like Vietnamese syllables. Words of ASCII letters
// only are skipped: they read the same in every charset and say nothing.
func SyllableScore(s string) (good, bad int) {
	start := -1
	ascii := true
	flush := func(end int) {
		if start >= 0 && !ascii {
			if IsSyllable(s[start:end]) {
				good++
			} else {
				bad++
			}
		}
		start, ascii = -1, true
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			if r >= 0x80 {
				ascii = false
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return good, bad
}
