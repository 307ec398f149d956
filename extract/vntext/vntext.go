// Package vntext holds the Vietnamese text handling that both extraction
// rules and the search index need: Unicode normalisation, whitespace
// clean-up, and a test of whether a word is shaped like a Vietnamese
// syllable (used to choose between legacy charsets).
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, with invalid UTF-8
// replaced by U+FFFD. Text in windows-1258 or in NFD carries tone marks as
// separate combining characters; NFC puts them back on their letters.
func NFC(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// CollapseSpace replaces every run of white space (including no-break and
// zero-width spaces) in s by one ASCII space and trims both ends.
func CollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// IsSpace reports whether r is white space as web pages use it: Unicode
// spaces plus the zero-width characters that CMS editors leave behind.
func IsSpace(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}
