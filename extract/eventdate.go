package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Event dates come from the lead of an article, in the forms Vietnamese
// news uses to open a report: a part of the day or "Ngày", then day and
// month, sometimes the year ("Sáng 11/10,", "Chiều ngày 20/11,", "Sáng nay
// (11/10),", "Hôm qua 12.5,", "Ngày 19 – 4,", "Sáng 18-1 (tức 27 Tết),",
// "Trong 2 ngày 6 và 7/8,"). A lead may follow an agency prefix ("(QNO) -",
// "HNP -", "CTTĐT -") or a dateline; it may also put the time at the end of
// the first sentence ("... diễn ra vào sáng 16/9."), unless the sentence
// announces a future event ("sẽ tổ chức vào sáng ngày 29/8").

// evLeadRe matches a lead date at the start of its input: the opening
// words (group 1), the day (group 2), the month (group 3) and an optional
// year (group 4). Only the first letter may be a capital. The
// optional "và 7" / "-7" after the day is the second day of a two-day event;
// the match ends at a character that cannot continue a date.
var evLeadRe = regexp.MustCompile(`^((?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Kk]huya)(?:\s+(?:hôm\s+)?(?:nay|qua))?(?:\s+ngày)?|[Nn]gày|[Hh]ôm\s+(?:nay|qua)|[Tt]rong\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+ngày)` +
	`\s*(?:\(\s*)?(\d{1,2})(?:\s*(?:và|,|-|–|—|đến)\s*(?:ngày\s+)?\d{1,2})?` +
	`\s*[/.\-–—]\s*(\d{1,2})(?:\s*[/.\-–—]\s*(\d{4}))?\s*\)?` +
	`(?:$|[^\d/\-–—.]|[/\-–—.](?:$|[^\d]))`)

// evKeyStart reports whether a word starting with r may open a lead date
// (the first letters of the words evLeadRe starts with).
func evKeyStart(r rune) bool {
	switch r {
	case 'S', 's', 'C', 'c', 'T', 't', 'Đ', 'đ', 'K', 'k', 'N', 'n', 'H', 'h':
		return true
	}
	return false
}

// evFutureRe finds words that make a date in the sentence a plan, not the
// reported event.
var evFutureRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:sẽ|dự kiến|chuẩn bị|sắp|kế hoạch)(?:[^\pL]|$)`)

// Bounds on the lead: how far into a paragraph an opening date may start
// (agency prefixes and datelines come first), how much of the first
// paragraph is read, and how short a first paragraph must be to count as a
// dateline or caption before the real lead.
const (
	evMaxPrefix   = 160
	evMaxWindow   = 700
	evShortLeadIn = 160
)

// findEventDate returns the day the reported event took place, as
// YYYY-MM-DD, or nil. Only the lead counts: the first paragraph, or the
// second when the first is a short dateline or caption. A year missing from
// the lead comes from published (nil published and no year give nil).
func findEventDate(text string, published *time.Time) *string {
	first, rest := evNextParagraph(text)
	if d, ok := evLeadDate(first, published); ok {
		return &d
	}
	if len(first) < evShortLeadIn {
		second, _ := evNextParagraph(rest)
		if d, ok := evLeadDate(second, published); ok {
			return &d
		}
	}
	return nil
}

// evNextParagraph returns the first non-blank paragraph of text and the
// text after it. Paragraphs are separated by blank lines; a single line
// break is taken as a paragraph break too (a caption or dateline on its
// own line).
func evNextParagraph(text string) (para, rest string) {
	for text != "" {
		para, text, _ = strings.Cut(text, "\n")
		if para = strings.TrimSpace(para); para != "" {
			return para, text
		}
	}
	return "", ""
}

// evLeadDate reads the event date from one lead paragraph.
func evLeadDate(para string, published *time.Time) (string, bool) {
	window := evFirstSentence(para)
	var trailing string // first "vào sáng 16/9"-style date, used if no opening date
	for start := 0; start < len(window); {
		r, size := utf8.DecodeRuneInString(window[start:])
		if !evKeyStart(r) || start > 0 && evWordBefore(window[:start]) {
			start += size
			continue
		}
		m := evLeadRe.FindStringSubmatchIndex(window[start:])
		if m == nil {
			start += size
			continue
		}
		d, ok := evDate(window[start:], m, published)
		if ok {
			tail := strings.TrimSpace(window[start : start+m[1]])
			if evOpening(window, start, strings.HasSuffix(tail, ",")) {
				return d, true
			}
			if trailing == "" && evAfterVao(window, start) {
				trailing = d
			}
		}
		start += m[1]
	}
	return trailing, trailing != ""
}

// evWordBefore reports whether s ends inside a word (a letter or digit).
func evWordBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// evFirstSentence returns the start of para up to the end of its first
// sentence (a full stop followed by a space and a capital letter), at most
// evMaxWindow bytes, cut on a rune boundary.
func evFirstSentence(para string) string {
	if len(para) > evMaxWindow {
		cut := evMaxWindow
		for cut > 0 && !utf8.RuneStart(para[cut]) {
			cut--
		}
		para = para[:cut]
	}
	for i := 0; i+2 < len(para); i++ {
		if para[i] != '.' || para[i+1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(para[i+2:]); unicode.IsUpper(r) && i > 40 {
			return para[:i+1]
		}
	}
	return para
}

// evOpening reports whether a lead date starting at start opens the
// paragraph: it starts it, or follows a short agency prefix or dateline and
// begins with a capital letter, or follows a prefix ending in a dash.
//
// After an opening clause ("Nhân kỷ niệm ..., chiều 16/10, ...") the date
// counts only when a comma closes it too (comma says so), which a citation's
// date ("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của ...") lacks.
func evOpening(s string, start int, comma bool) bool {
	prefix := strings.TrimRightFunc(s[:start], unicode.IsSpace)
	if prefix == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prefix)
	if last == ',' && comma && start <= evMaxClause && evClauseRe.MatchString(prefix) {
		return true // "Nhân kỷ niệm ... (15/10/1930 - 15/10/2021), chiều 16/10, ..."
	}
	if start > evMaxPrefix {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[start:]); unicode.IsUpper(r) {
		return true
	}
	return last == '-' || last == '–' || last == '—' || last == ':'
}

// evClauseRe matches the opening clauses that may come before a lead date
// ("Nhân kỷ niệm 91 năm Ngày truyền thống ..., chiều 16/10, ..."), after an
// optional agency prefix.
var evClauseRe = regexp.MustCompile(`^(?:[^,]{0,40}?[-–—:]\s*)?(?:Nhân dịp|Nhân kỷ niệm|Nhân ngày|Hướng tới|Hưởng ứng|Chào mừng|Kỷ niệm|Thực hiện|Trong khuôn khổ|Nhằm|Để|Tiếp tục|Triển khai|Theo kế hoạch|Được sự)\s`)

// evMaxClause bounds how far into the lead an opening clause may run.
const evMaxClause = 300

// evAfterVao reports whether the date at start is introduced by "vào" ("...
// diễn ra vào sáng 16/9") in a clause that announces no future event.
func evAfterVao(s string, start int) bool {
	before := strings.TrimRightFunc(s[:start], unicode.IsSpace)
	if !strings.HasSuffix(strings.ToLower(before), "vào") {
		return false
	}
	clause := before
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	return !evFutureRe.MatchString(clause)
}

// evDate turns a lead match into a valid YYYY-MM-DD, taking the year from
// the match or else from published.
func evDate(s string, m []int, published *time.Time) (string, bool) {
	day, _ := strconv.Atoi(s[m[4]:m[5]])
	month, _ := strconv.Atoi(s[m[6]:m[7]])
	if m[8] >= 0 {
		year, _ := strconv.Atoi(s[m[8]:m[9]])
		if year < 1945 || year > 2100 || !evValidDay(year, month, day) {
			return "", false
		}
		return evFormat(year, month, day), true
	}
	if published == nil || month < 1 || month > 12 || day < 1 || day > 31 {
		return "", false
	}
	year, ok := evYear(month, day, published.In(vietnam))
	if !ok {
		return "", false
	}
	return evFormat(year, month, day), true
}

// evSlack is how far after publication an event may lie (a report
// published the evening before, or a preview of the next days).
const evSlack = 7 * 24 * time.Hour

// evYear chooses the year that puts day/month closest before the
// publication day, or at most evSlack after it: "Tối 31/12" in an article
// of 2 January is the previous year.
func evYear(month, day int, pub time.Time) (int, bool) {
	pubDay := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	best, found := 0, false
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		if !evValidDay(y, month, day) {
			continue
		}
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if d.Sub(pubDay) <= evSlack {
			best, found = y, true // years ascend: the last one kept is the closest
		}
	}
	return best, found
}

// evValidDay reports whether year-month-day is a day of the calendar.
func evValidDay(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// evFormat writes a date as YYYY-MM-DD.
func evFormat(year, month, day int) string {
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
