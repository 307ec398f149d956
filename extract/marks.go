package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Kinds of Mark.
const (
	MarkDirective = "directive" // a document number the directive rules read
	MarkDate      = "date"      // a calendar date written in the text
	MarkAward     = "award"     // a sentence the award rules read an award from
)

// Mark is a span of a record's text that the rule extractors read: where a
// reader checking the record should look. Start and End are byte offsets.
type Mark struct {
	Start, End int
	Kind       string
}

// Marks returns the spans of text (a record's text) that the rules read:
// the document numbers findDirectives reads, the dates written in it, and
// the sentences findAwards reads awards from, sorted and not overlapping.
// An award sentence is cut around the numbers and dates inside it, so each
// byte is in at most one mark.
func Marks(text string) []Mark {
	if len(text) > maxDirectiveText {
		text = awTruncate(text, maxDirectiveText)
	}
	var inner []Mark
	read := map[string]bool{}
	for _, d := range findDirectives("", text) {
		read[d.Number] = true
	}
	prepped, offsets := prepDocTextMap(text, true)
	for _, n := range scanDocNumbers(prepped) {
		if !n.skip && read[n.number] {
			inner = append(inner, Mark{Start: offsets.orig(n.start), End: offsets.orig(n.end), Kind: MarkDirective})
		}
	}
	for _, loc := range markDateRe.FindAllStringSubmatchIndex(text, -1) {
		if validMarkDate(text, loc) && !overlaps(inner, loc[0], loc[1]) {
			inner = append(inner, Mark{Start: loc[0], End: loc[1], Kind: MarkDate})
		}
	}
	slices.SortFunc(inner, func(a, b Mark) int { return a.Start - b.Start })

	var sentences []string // those findAwards reads an award from
	readAwards(text, func(s string) { sentences = append(sentences, s) })
	var out []Mark
	next := 0 // the inner mark not yet written
	cursor := 0
	for _, s := range sentences {
		at := strings.Index(text[cursor:], s)
		if at < 0 {
			continue
		}
		start := cursor + at
		end := start + len(s)
		cursor = end
		for next < len(inner) && inner[next].Start < start {
			out = append(out, inner[next])
			next++
		}
		pos := start
		for next < len(inner) && inner[next].End <= end {
			if inner[next].Start > pos {
				out = append(out, Mark{Start: pos, End: inner[next].Start, Kind: MarkAward})
			}
			out = append(out, inner[next])
			pos = inner[next].End
			next++
		}
		if pos < end {
			out = append(out, Mark{Start: pos, End: end, Kind: MarkAward})
		}
	}
	return append(out, inner[next:]...)
}

// markDateRe finds dates as articles write them: "16/10/2024",
// "16-10-2024", "16.10.2024", "ngày 16/10", "sáng 16/10", "(16/10)",
// "15 tháng 5 năm 2016", "ngày 15 tháng 5", "tháng 5/2016",
// "tháng 5 năm 2016".
var markDateRe = regexp.MustCompile(`(?i)\b(?:` +
	`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})` +
	`|(?:ngày|sáng|chiều|trưa|tối|đêm|hôm nay|nay|\()[ ]*(?:nay[ ]*)?\(?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?` +
	`|(?:ngày[ ]+)?(\d{1,2})[ ]+tháng[ ]+(\d{1,2})(?:[ ]+năm[ ]+(\d{4}))?` +
	`|tháng[ ]+(\d{1,2})(?:/|[ ]+năm[ ]+)(\d{4})` +
	`)`)

// validMarkDate reports whether the match loc of markDateRe in s has a day
// and month that exist (a year, when written, from 1900 to 2100), and is
// not part of a longer number ("12/10/20245", "1.250.000").
func validMarkDate(s string, loc []int) bool {
	num := func(g int) int {
		if loc[2*g] < 0 {
			return -1
		}
		n, _ := strconv.Atoi(s[loc[2*g]:loc[2*g+1]])
		return n
	}
	day, month, year := -1, -1, -1
	for _, g := range [][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {0, 10, 11}} {
		if g[1] > 0 && num(g[1]) >= 0 {
			if g[0] > 0 {
				day = num(g[0])
			}
			month = num(g[1])
			if g[2] > 0 {
				year = num(g[2])
			}
			break
		}
	}
	if month < 1 || month > 12 || day == 0 || day > 31 || year >= 0 && (year < 1900 || year > 2100) {
		return false
	}
	if e := loc[1]; e < len(s) && (isASCIIDigit(s[e]) || (s[e] == '.' || s[e] == ',' || s[e] == '/') && e+1 < len(s) && isASCIIDigit(s[e+1])) {
		return false
	}
	if b := loc[0]; b > 0 && (isASCIIDigit(s[b-1]) || (s[b-1] == '.' || s[b-1] == ',' || s[b-1] == '/') && b > 1 && isASCIIDigit(s[b-2])) {
		return false
	}
	return true
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// overlaps reports whether [start, end) overlaps a mark in ms.
func overlaps(ms []Mark, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
