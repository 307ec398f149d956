package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLimit bounds the table of precomposed Latin letters: everything from
// U+00C0 to the end of Latin Extended Additional (Vietnamese lives there).
const foldLimit = 0x1F00

// foldTable maps each precomposed Latin letter below foldLimit to the lower
// case ASCII letter it is built on (0 when it is not built on one). Built
// once; never modified.
var foldTable = func() *[foldLimit]byte {
	var t [foldLimit]byte
	for r := rune(0xC0); r < foldLimit; r++ {
		d := norm.NFD.String(string(r))
		c := d[0]
		if len(d) > 1 && c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			t[r] = c | 0x20
		}
	}
	t['đ'], t['Đ'] = 'd', 'd'
	return &t
}()

// Fold returns s in lower case with every mark removed and đ written d:
// "Ủy ban nhân dân" becomes "uy ban nhan dan". It accepts NFC or NFD
// input (combining marks are dropped) and is meant for matching and search
// keys, not for display. It allocates once, or not at all when s is
// already folded.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r < foldLimit && foldTable[r] != 0:
			b.WriteByte(foldTable[r])
		case unicode.Is(unicode.Mn, r):
			// A combining mark (NFD input): drop it.
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isFolded reports whether s is plain ASCII without upper-case letters.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
