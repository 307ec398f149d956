package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCount bounds the counts ParseCount accepts, so that no input can
// overflow an int and no article figure is mistaken for a count.
const maxCount = 999_999_999

// ParseCount parses a count as Vietnamese articles print it: digits with
// optional leading zeros ("06", "01") and thousands dots ("1.250",
// "12.921"), or a number written in words in any case and in NFC or NFD
// ("bảy", "Hai", "mười một", "hai mươi mốt", "hai mươi lăm", "một trăm
// linh năm", "hai nghìn không trăm hai mươi", "ba ngàn"). The tone-mark
// variants in use are accepted ("bẩy" for "bảy", "nhăm" for "lăm").
// Decimals ("1,5"), malformed groups ("1.25") and words that are not a
// number ("tư", "lăm" or "mốt" on their own) are refused.
func ParseCount(s string) (n int, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if c := s[0]; c >= '0' && c <= '9' {
		return parseDigits(s)
	}
	words := strings.Fields(strings.ToLower(NFC(s)))
	return parseWords(words)
}

// parseDigits parses a digit count: a plain run of up to nine digits, or
// groups of three digits separated by dots after a first group of one to
// three digits.
func parseDigits(s string) (int, bool) {
	groups := strings.Split(s, ".")
	n, digits := 0, 0
	for i, g := range groups {
		if g == "" || (len(groups) > 1 && (len(g) > 3 || (i > 0 && len(g) != 3))) {
			return 0, false
		}
		for j := 0; j < len(g); j++ {
			c := g[j]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
			if digits++; digits > 12 || n > maxCount {
				return 0, false
			}
		}
	}
	return n, true
}

// Number words: digitWords are the digits 1 to 9 as they stand alone or
// count hundreds and thousands; onesAfterTens are the forms a final digit
// takes after "mươi" (twenty and up), where "mốt", "tư" and "lăm" replace
// "một", "bốn" and "năm"; onesAfterTen are those after "mười".
var (
	digitWords = map[string]int{
		"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
		"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	}
	onesAfterTens = map[string]int{
		"mốt": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5,
		"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	}
	onesAfterTen = map[string]int{
		"một": 1, "hai": 2, "ba": 3, "bốn": 4, "lăm": 5, "nhăm": 5,
		"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	}
	onesAfterZero = map[string]int{
		"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
		"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	}
)

// parseWords parses a number written in words, up to 999 999, the
// thousands introduced by "nghìn" or "ngàn".
func parseWords(words []string) (int, bool) {
	if len(words) == 0 || len(words) > 12 {
		return 0, false
	}
	for i, w := range words {
		if w == "nghìn" || w == "ngàn" {
			high, ok := parseHundreds(words[:i], false)
			if !ok || high == 0 {
				return 0, false
			}
			if i == len(words)-1 {
				return high * 1000, true
			}
			low, ok := parseHundreds(words[i+1:], true)
			if !ok {
				return 0, false
			}
			return high*1000 + low, true
		}
	}
	return parseHundreds(words, false)
}

// parseHundreds parses a number below one thousand in words. afterHigher
// says it follows "nghìn", where "không trăm" (no hundreds) and "linh"
// without hundreds are allowed.
func parseHundreds(words []string, afterHigher bool) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	n, hundreds := 0, false
	if len(words) >= 2 && words[1] == "trăm" {
		d, ok := digitWords[words[0]]
		if !ok && !(afterHigher && words[0] == "không") {
			return 0, false
		}
		n, hundreds = d*100, true
		words = words[2:]
		if len(words) == 0 {
			return n, true
		}
	}
	t, ok := parseTens(words, hundreds || afterHigher)
	if !ok {
		return 0, false
	}
	return n + t, true
}

// parseTens parses a number below one hundred in words: "bảy", "mười",
// "mười một", "hai mươi", "hai mươi mốt", or after hundreds "linh năm".
// A bare digit word is a whole number only when nothing higher precedes it
// ("một trăm hai" is colloquial for 120 and is refused).
func parseTens(words []string, afterHigher bool) (int, bool) {
	switch {
	case len(words) == 2 && (words[0] == "linh" || words[0] == "lẻ"):
		d, ok := onesAfterZero[words[1]]
		return d, ok && afterHigher
	case words[0] == "mười":
		switch len(words) {
		case 1:
			return 10, true
		case 2:
			d, ok := onesAfterTen[words[1]]
			return 10 + d, ok
		}
		return 0, false
	case len(words) >= 2 && words[1] == "mươi":
		d, ok := digitWords[words[0]]
		if !ok || d < 2 {
			return 0, false
		}
		switch len(words) {
		case 2:
			return d * 10, true
		case 3:
			u, ok := onesAfterTens[words[2]]
			return d*10 + u, ok
		}
		return 0, false
	case len(words) == 1 && !afterHigher:
		d, ok := digitWords[words[0]]
		return d, ok
	}
	return 0, false
}

// maxCountWords is the most words a count written in words takes in
// practice ("hai nghìn không trăm hai mươi lăm" is seven).
const maxCountWords = 9

// CountBefore finds a count that ends right before byte offset end of s,
// separated from it by white space only, as in "37 tập thể" (end at "tập")
// or "hai mươi mốt cá nhân". It returns the count and the byte offset where
// it starts. Digits glued to a slash, comma or letter ("21/21 đảng bộ",
// "1,5 triệu", "K12") are not counts. For words, the longest run of words
// that parses is taken, so "năm hai mươi cá nhân" reads as 20.
func CountBefore(s string, end int) (n, start int, ok bool) {
	if end < 0 || end > len(s) {
		return 0, 0, false
	}
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !IsSpace(r) {
			break
		}
		i -= size
	}
	if i == end || i == 0 {
		return 0, 0, false
	}
	if c := s[i-1]; c >= '0' && c <= '9' {
		return digitsBefore(s, i)
	}
	return wordsBefore(s, i)
}

// digitsBefore reads the digit count that ends at byte offset i of s.
func digitsBefore(s string, i int) (int, int, bool) {
	j := i
	for j > 0 && (s[j-1] >= '0' && s[j-1] <= '9' || s[j-1] == '.') && i-j < 16 {
		j--
	}
	if j > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == ',' || r == '.' || r == '-' && j > 1 && isDigitByte(s[j-2]) {
			return 0, 0, false
		}
	}
	if s[j] == '.' {
		return 0, 0, false
	}
	n, ok := parseDigits(s[j:i])
	return n, j, ok
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// wordsBefore reads the count in words that ends at byte offset i of s.
func wordsBefore(s string, i int) (int, int, bool) {
	var starts []int // start offsets of the words, last word first
	j := i
	for len(starts) < maxCountWords {
		k := j
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			k -= size
		}
		if k == j {
			break
		}
		starts = append(starts, k)
		if k == 0 {
			break
		}
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if r != ' ' && r != '\u00a0' {
			break
		}
		j = k - size
	}
	for m := len(starts); m > 0; m-- {
		start := starts[m-1]
		if n, ok := ParseCount(s[start:i]); ok {
			return n, start, true
		}
	}
	return 0, 0, false
}
