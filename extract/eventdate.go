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
// (11/10),", "Hôm nay (ngày 10/7/2018),", "Hôm qua 12.5,", "Ngày 19 – 4,",
// "Sáng 18-1 (tức 27 Tết),", "Trong 2 ngày 6 và 7/8,"). A lead may follow
// an agency prefix ("(QNO) -", "HNP -", "CTTĐT -") or a dateline; it may
// also put the time at the end of a sentence ("... diễn ra vào sáng
// 16/9."), unless the sentence announces a future event ("sẽ tổ chức vào
// sáng ngày 29/8"); a lead whose opening date belongs to a clause
// announcing the event as planned ("Ngày 15-3, tại tỉnh Đồng Nai sẽ diễn
// ra Hội nghị ...") reports no event at all. A bare "sáng nay" / "hôm
// nay" with no date in the lead is the publication day (see evToday). Only the first sentence may open with the date; the
// later sentences of the lead paragraph count only for a date at their
// end that names a part of the day and lies close before publication.
// Inside the first sentence, a date that closes an opening clause naming
// the event ("Phát biểu tại Đại hội ... ngày 13.10, Phó Chủ tịch nước
// ...") counts too when it lies close before publication (see evMidOK).
//
// Many outlets (kinhtenet, tienphong, baonghean, nhandan) print a
// standalone summary (sapo) without the event's day before the dated
// lead. When the first paragraph is such a summary, the second
// paragraph's opening date is the event's, provided it lies close before
// publication; dates further into the body are never read.

// evLeadRe matches a lead date at the start of its input: the opening
// words (group 1), the day (group 2), the month (group 3) and an optional
// year (group 4), in figures or in words ("ngày 13 tháng 8 năm 2024"). Only
// the first letter may be a capital. The optional "và 7" / "-7" / "đến 20"
// after the day is the last day of an event of several days ("Trong 2 ngày
// 6 và 7/8", "Trong tuần (từ 15 đến 20/9)"), whose first day is taken;
// the match ends at a character that cannot continue a date.
var evLeadRe = regexp.MustCompile(`^((?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Kk]huya)(?:\s+(?:hôm\s+)?(?:nay|qua))?(?:\s+ngày)?|[Nn]gày|[Hh]ôm\s+(?:nay|qua)|[Tt]rong\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+ngày|[Tt]rong\s+tuần(?:\s+(?:qua|này|vừa\s+qua))?\s*\()` +
	`\s*(?:\(\s*)?(?:từ\s+)?(?:ngày\s+)?(\d{1,2})(?:\s*(?:và|,|-|–|—|đến)\s*(?:ngày\s+)?\d{1,2})?` +
	`(?:\s*[/.\-–—]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/.\-–—]\s*|\s*,?\s+năm\s+)(\d{4}))?\s*\)?` +
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
// sentence is read (see evMaxLead for the rest of the lead), and how short
// a first paragraph must be to count as a dateline or caption before the
// real lead.
const (
	evMaxPrefix   = 160
	evMaxWindow   = 700
	evShortLeadIn = 160
)

// evMaxSapo bounds the length of a standalone summary (sapo) printed
// before the lead: one or two sentences, at most about 450 characters.
const evMaxSapo = 600

// findEventDate returns the day the reported event took place, as
// YYYY-MM-DD, or nil. Only the lead counts: the first paragraph, or the
// second when the first is a short dateline or caption, or a standalone
// summary (see evIsSapo; then only a date that opens the second paragraph
// and lies close before publication). A year missing from the lead comes
// from published (nil published and no year give nil).
func findEventDate(text string, published *time.Time) *string {
	first, rest := evNextParagraph(text)
	if d, ok, stop := evLeadDate(first, published); ok {
		return &d
	} else if stop {
		return nil // the lead announces a planned event (L17)
	}
	second, _ := evNextParagraph(rest)
	switch {
	case len(first) < evShortLeadIn:
		if d, ok, _ := evLeadDate(second, published); ok {
			return &d
		}
	case evIsSapo(first):
		if d, ok := evAfterSapo(second, published); ok {
			return &d
		}
	}
	return nil
}

// evDayMonthRe finds a day and month in a text ("12/7", "5-12", "13.10",
// "12 tháng 7"), not inside a longer number ("2016-2020"), and
// evYearNextRe what continues it with a year ("/2021", " năm 2021").
var (
	evDayMonthRe = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s*(?:[/.\-–—]|\s+tháng\s+)\s*(\d{1,2})(?:[^\d]|$)`)
	evYearNextRe = regexp.MustCompile(`^\s*(?:[/.\-–—]|(?:,\s*)?năm)\s*\d`)
)

// evIsSapo reports whether para, a first paragraph with no lead date, is a
// standalone summary printed before the lead: longer than a caption, at
// most evMaxSapo bytes, and naming no day without its year (a summary
// that names such a day, "làm việc với huyện ngày 12/5 vừa qua", tells
// the event's day in a form the rules do not read, and the next
// paragraph may be about something else). Dates with their year, of
// documents and anniversaries, do not matter.
func evIsSapo(para string) bool {
	if len(para) < evShortLeadIn || len(para) > evMaxSapo {
		return false
	}
	for _, m := range evDayMonthRe.FindAllStringSubmatchIndex(para, -1) {
		day, _ := strconv.Atoi(para[m[2]:m[3]])
		month, _ := strconv.Atoi(para[m[4]:m[5]])
		if day >= 1 && day <= 31 && month >= 1 && month <= 12 && !evYearNextRe.MatchString(para[m[5]:]) {
			return false
		}
	}
	return true
}

// evAfterSapo reads the event date from the paragraph after a standalone
// summary: only a date that opens its first sentence counts, and only when
// it lies close before publication (evNear), as a lead's date does and a
// background paragraph's ("Ngày 22/12/2024, Bộ Chính trị ban hành ...")
// usually does not.
func evAfterSapo(para string, published *time.Time) (string, bool) {
	opening, _, _, _ := evScan(evFirstSentence(para), published, false)
	if opening == "" || !evNear(opening, published) {
		return "", false
	}
	return opening, true
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

// evLeadDate reads the event date from one lead paragraph: a date that
// opens its first sentence ("Sáng 16/9, ..."), else one that the first
// sentence puts at its end after "vào" ("... diễn ra vào sáng 16/9"),
// else one that closes the first sentence's opening clause (see evMidOK),
// else a date at the end of a later sentence of the lead (see evLaterOK),
// else a bare "sáng nay" / "hôm nay" naming the publication day (see
// evToday). stop reports that the first sentence opens with the date of
// a planned event (L17): the lead reports no event of its own.
func evLeadDate(para string, published *time.Time) (date string, ok, stop bool) {
	first := evFirstSentence(para)
	opening, trailing, mid, future := evScan(first, published, false)
	if future {
		return "", false, true
	}
	for _, d := range []string{opening, trailing, mid} {
		if d != "" {
			return d, true, false
		}
	}
	rest := para[len(first):]
	if len(para) > evMaxLead {
		rest = para[len(first):evClip(para, evMaxLead)]
	}
	dated := evHasDayMonth(first)
	if !dated {
		if d, ok := evToday(first, published, false); ok {
			return d, true, false
		}
	}
	for rest != "" {
		var sentence string
		sentence, rest = evNextSentence(rest)
		if _, d, _, _ := evScan(sentence, published, true); d != "" {
			return d, true, false
		}
		if !dated && !evHasDayMonth(sentence) {
			if d, ok := evToday(sentence, published, true); ok {
				return d, true, false
			}
		}
	}
	return "", false, false
}

// evHasDayMonth reports whether s names a day and month without a year
// ("15/3", "ngày 12 tháng 5"), as an event's date does and the dates of
// documents and anniversaries ("27/2/1955 – 27/2/2022") do not.
func evHasDayMonth(s string) bool {
	for _, m := range evDayMonthRe.FindAllStringSubmatchIndex(s, -1) {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		month, _ := strconv.Atoi(s[m[4]:m[5]])
		if day >= 1 && day <= 31 && month >= 1 && month <= 12 && !evYearNextRe.MatchString(s[m[5]:]) {
			return true
		}
	}
	return false
}

// evTodayRe finds a part of the day or "hôm" followed by "nay" ("sáng
// nay", "chiều nay", "hôm nay"): group 1 is the first word. "nay" in other
// senses ("hiện nay", "từ nay", "năm nay", "đến nay", "ngày nay") has
// another word before it.
var evTodayRe = regexp.MustCompile(`(?i)(?:^|[^\pL])((sáng|chiều|trưa|tối|đêm|hôm)\s+nay)(?:[^\pL]|$)`)

// evTodayBoundRe finds the word before "sáng nay" that makes it a deadline
// or the start of a period ("đến tối nay", "từ sáng nay").
var evTodayBoundRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:từ|đến|tới|trước|sau|hết|kể|trong|cho)\s*$`)

// evToday reads a bare "sáng nay" / "chiều nay" / "tối nay" / "hôm nay"
// (with no date: "Sáng nay, ...", "... do Sở Y tế tổ chức sáng nay.") in
// a sentence of the lead as the publication day, which must be known. In
// the first sentence the phrase may open it or name the time of the event
// further on; in a later sentence (later set) only at its end. "hôm nay"
// counts only opening the sentence or after "vào" ("thế hệ trẻ hôm nay" is
// today's youth). The phrase is no deadline or start of a period, is not
// followed by "là", and the sentence announces no planned event.
func evToday(sentence string, published *time.Time, later bool) (string, bool) {
	if published == nil {
		return "", false
	}
	for _, m := range evTodayRe.FindAllStringSubmatchIndex(sentence, -1) {
		start, end := m[2], m[3]
		before, after := sentence[:start], sentence[end:]
		trimmed := strings.TrimLeftFunc(after, unicode.IsSpace)
		opens := evOpening(sentence, start, strings.HasPrefix(trimmed, ","))
		if opens && start > evMaxPrefix {
			opens = false
		}
		vao := strings.HasSuffix(strings.ToLower(strings.TrimRightFunc(before, unicode.IsSpace)), "vào")
		atEnd := strings.TrimRight(trimmed, ".!…”\" ") == ""
		switch {
		case evTodayBoundRe.MatchString(before), evNextWord(after) == "là", strings.HasPrefix(trimmed, "("):
			continue
		case strings.EqualFold(sentence[m[4]:m[5]], "hôm") && !opens && !vao:
			continue
		case later && !atEnd:
			continue
		}
		if evQuoted(before) {
			continue
		}
		if opens {
			if evFutureClause(after) {
				return "", false
			}
		} else if evFutureAt(before) || later && (evPastRe.MatchString(sentence) || evPlanRe.MatchString(sentence)) {
			return "", false
		}
		p := published.In(vietnam)
		return evFormat(p.Year(), int(p.Month()), p.Day()), true
	}
	return "", false
}

// evQuoted reports whether the end of before lies inside a quotation (an
// odd number of quotation marks before it).
func evQuoted(before string) bool {
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "\"")%2 == 1
}

// evNextWord returns the first word of s in lower case.
func evNextWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// evPrevWord returns the last word of s in lower case.
func evPrevWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	start := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(s[start+1:])
}

// evPlanWordRe finds the words that announce an event as planned ("sẽ",
// "dự kiến", "dự định", "sắp"): group 1 is the word.
var evPlanWordRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(sẽ|dự kiến|dự định|sắp)(?:[^\pL]|$)`)

// evFutureAt reports whether s announces a planned event: "sẽ", or "dự
// kiến" / "dự định" as a verb ("Hội nghị dự kiến diễn ra"), not a noun
// ("cho ý kiến vào dự kiến nhân sự"), or "sắp" other than in "sắp xếp"
// and "sắp tới" ("thời gian sắp tới").
func evFutureAt(s string) bool {
	for i := 0; i < len(s); {
		m := evPlanWordRe.FindStringSubmatchIndex(s[i:])
		if m == nil {
			return false
		}
		word := strings.ToLower(s[i+m[2] : i+m[3]])
		prev, next := evPrevWord(s[:i+m[2]]), evNextWord(s[i+m[3]:])
		switch word {
		case "sẽ":
			return true
		case "sắp":
			if next != "xếp" && next != "tới" && next != "đặt" {
				return true
			}
		default:
			switch {
			case prev == "vào" || prev == "về" || prev == "qua" || prev == "các" || prev == "những" || prev == "bản" || prev == "theo" || prev == "và" || prev == "với" || prev == "của" || prev == "cho":
			case next == "nhân" || next == "chương" || next == "danh" || next == "phương" || next == "cơ" || next == "kế" || next == "phân":
			default:
				return true
			}
		}
		i += m[3]
	}
	return false
}

// evClauseStopRe finds where the clause of an opening date ends for the
// test of a planned event: its main verb, once the event is reported
// ("tổ chức", "diễn ra", "họp", "đã"), a verb of saying whose object may
// speak of the future ("nhấn mạnh", "cho biết"), or a subordinate part
// ("trong đó", "nhằm", "để").
var evClauseStopRe = regexp.MustCompile(`(?:^|[^\pL])(?:tổ chức|diễn ra|khai mạc|bế mạc|họp|làm việc|thăm|chủ trì|ban hành|trao|đã|vừa|đang|nhấn mạnh|cho biết|khẳng định|yêu cầu|đề nghị|chỉ đạo|phát biểu|lưu ý|thông tin|trong đó|nhằm|để|mà|khi|về việc|đồng thời)(?:[^\pL]|$)|[;:“"]`)

// evFutureClause reports whether the clause after an opening date (after)
// announces the event as planned (L17): "Ngày 15-3, tại tỉnh Đồng Nai sẽ
// diễn ra Hội nghị ...", "Ngày 12/5, Tỉnh ủy sẽ tổ chức ...". Only the
// part before the main verb counts, so that "sẽ" in what the event
// discussed ("Sáng 15/3, Tỉnh ủy tổ chức hội nghị ..., trong đó sẽ tập
// trung ...", "Sáng 15/3, đồng chí Bí thư nhấn mạnh tỉnh sẽ ...") does not.
func evFutureClause(after string) bool {
	if m := evClauseStopRe.FindStringIndex(after); m != nil {
		after = after[:m[0]]
	}
	return evFutureAt(after)
}

// evScan finds the lead dates in one sentence of the lead: the first
// that opens it, the first put at its end after "vào", and the first that
// closes an opening clause naming the event (see evMidOK). A later
// sentence (later set) gives only the date at its end, which must also
// pass evLaterOK: its opening is not the lead's.
//
// future reports that the sentence opens with a date whose clause
// announces the event as planned (see evFutureClause); then no date of
// the sentence counts.
func evScan(window string, published *time.Time, later bool) (opening, trailing, mid string, future bool) {
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
			lead := window[start+m[2] : start+m[3]]
			tail := strings.TrimSpace(window[start : start+m[1]])
			comma := strings.HasSuffix(tail, ",")
			switch {
			case !later && evOpening(window, start, comma):
				if evFutureClause(window[start+m[1]:]) {
					return "", "", "", true
				}
				return d, "", "", false
			case evAfterVao(window, start):
				if trailing == "" && (!later || evLaterOK(window, lead, d, published)) {
					trailing = d
				}
			case !later && mid == "" && comma && evMidOK(window[:start], lead, window[start+m[1]:], d, published):
				mid = d
			case !later && mid == "" && !comma && evSubjectOK(window[:start], lead, window[start+evDateEnd(m):], d, published):
				mid = d
			}
		}
		start += m[1]
	}
	return "", trailing, mid, false
}

// evMidEventRe finds the words of an opening clause that name the event a
// date closes ("Phát biểu tại Đại hội ... ngày 13.10, ...").
var evMidEventRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:tại|hội nghị|đại hội|lễ|kỳ họp|phiên|buổi|hội thảo|diễn đàn|cuộc họp|hội thi)(?:[^\pL]|$)`)

// evDocWords are the kinds of document whose citation carries its own
// date ("Kết luận số 01-KL/TW ngày 18/5/2021"), as a regular expression
// alternation.
const evDocWords = `nghị quyết|kết luận|chỉ thị|quyết định|quy định|kế hoạch|thông báo|công văn|hướng dẫn|nghị định|thông tư|văn bản|tờ trình|công điện`

// evMidDocRe finds the words of a citation, whose date is the document's
// ("Kết luận số 01-KL/TW ngày 18/5/2021"), and evMidBoundRe the words
// that make a date a deadline or the start of a period ("trước ngày
// 30/9", "từ ngày 1/7", "tính đến ngày 30/9").
var (
	evMidDocRe   = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:số|` + evDocWords + `)(?:[^\pL]|$)`)
	evMidBoundRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:trước|sau|từ|đến|tới|hết|hạn|kể|trong|chậm nhất|muộn nhất)\s*$`)
)

// evMidOK reports whether a date (iso, opened by the words lead, followed
// by after) that is neither the opening of the sentence nor put after
// "vào" is the event's because it closes the opening clause (before) of
// the lead's first sentence: "Phát biểu chỉ đạo tại Đại hội thi đua yêu
// nước tỉnh Hà Tĩnh lần thứ VIII ngày 13.10, Phó Chủ tịch nước ...". The
// date says "ngày" or names a part of the day, a comma and a word (the
// main clause) follow it, the clause before it names the event
// and cites no document, the word before it makes it no deadline or start
// of a period, nothing looks back or ahead, and the date lies close
// before publication (evNear), which must be known.
func evMidOK(before, lead, after, iso string, published *time.Time) bool {
	if published == nil || len(before) > evMaxClause {
		return false
	}
	if !strings.EqualFold(lead, "ngày") && !evPartOfDayRe.MatchString(lead) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(after, unicode.IsSpace)); !unicode.IsLetter(r) {
		return false
	}
	clause := before
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		clause = clause[i+1:]
	}
	if strings.Contains(clause, "/") || evMidDocRe.MatchString(clause) || evMidBoundRe.MatchString(before) {
		return false
	}
	if !evMidEventRe.MatchString(before) || evPastRe.MatchString(before) || evPlanRe.MatchString(before) {
		return false
	}
	return evNear(iso, published)
}

// evSubjectVerbRe matches, at the start of what follows a date put after
// the subject of the lead, the main verb of the sentence, optionally
// after "đã" or "vừa" ("đã tổ chức", "khai mạc", "diễn ra").
var evSubjectVerbRe = regexp.MustCompile(`^(?:(?:đã|vừa)\s+)?(?:long trọng\s+)?(?:tổ chức|khai mạc|bế mạc|diễn ra|họp|tiến hành)(?:[^\pL]|$)`)

// evSubjectDocRe finds the words of a citation in the subject of a lead:
// a document's number ("số 01-KL/TW", not "chuyển đổi số") or a document
// word ("Nghị quyết ... ngày 25/10/2021 đã chỉ rõ").
var evSubjectDocRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:số\s*\d|(?:` + evDocWords + `|luật|hiến pháp|điều lệ|chương trình)(?:[^\pL]|$))`)

// evDateEnd returns where the day and month (or the year) of an
// evLeadRe match m end: the match itself runs on into the character
// after the date.
func evDateEnd(m []int) int {
	if m[9] >= 0 {
		return m[9]
	}
	return m[7]
}

// evSubjectPrepRe matches an opening word that makes the text before a
// date an adverbial clause ("Tại Hội nghị ...", "Theo báo cáo ..."), not
// the subject.
var evSubjectPrepRe = regexp.MustCompile(`^(?:Tại|Theo|Trong|Sau|Trước|Từ|Đến|Tới|Vào|Khi|Với|Qua|Do|Cùng|Dự|Phát biểu|Quán triệt)(?:[^\pL]|$)`)

// evSubjectOK reports whether a date (iso, opened by the words lead,
// followed by after) that is neither the opening of the sentence nor put
// after "vào" nor closed by a comma is the event's because it stands
// between the subject of the lead's first sentence and its main verb:
// "Ban Chỉ đạo Trung ương ... (Ban Chỉ đạo) ngày 25/12/2025 đã tổ chức
// Hội nghị ...". The date says "ngày" or names a part of the day; the
// verb (evSubjectVerbRe) follows it directly; the subject before it
// starts with a capital letter, stays short (evMaxClause), holds no
// clause break, "/" or citation (evSubjectDocRe), does not make the date
// a deadline or the start of a period, and neither looks back nor
// ahead; the date lies close before publication (evNear), which must be
// known.
func evSubjectOK(before, lead, after, iso string, published *time.Time) bool {
	if published == nil || len(before) > evMaxClause {
		return false
	}
	if !strings.EqualFold(lead, "ngày") && !evPartOfDayRe.MatchString(lead) {
		return false
	}
	if !evSubjectVerbRe.MatchString(strings.TrimLeftFunc(after, unicode.IsSpace)) {
		return false
	}
	subject := strings.TrimSpace(before)
	if r, _ := utf8.DecodeRuneInString(subject); !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(subject, "/;:“”\"") || evSubjectPrepRe.MatchString(subject) || evClauseRe.MatchString(subject) || evSubjectDocRe.MatchString(subject) {
		return false
	}
	if evMidBoundRe.MatchString(before) || evPastRe.MatchString(before) || evPlanRe.MatchString(before) || evFutureRe.MatchString(before) {
		return false
	}
	return evNear(iso, published)
}

// evMaxLead bounds how far into the lead paragraph a date at the end of a
// sentence is looked for (pattern L12: a lead of two or three sentences
// whose last one says when the event took place).
const evMaxLead = 1200

// evMaxLag is how long before publication a date at the end of a later
// sentence of the lead may lie: older dates there are background ("Hội
// nghị lần trước diễn ra vào sáng 16/3").
const evMaxLag = 31 * 24 * time.Hour

// evPartOfDayRe matches the opening words of a lead date that name a part
// of the day ("sáng", "chiều nay"), as the time of an event does and a
// document's date ("vào ngày 18/5/2021") does not.
var evPartOfDayRe = regexp.MustCompile(`^(?i:sáng|chiều|trưa|tối|đêm|khuya)`)

// evPastRe and evPlanRe find words that make a date in a later sentence
// of the lead a background reference or a plan, not the reported event.
var (
	evPastRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:trước đó|trước đây|năm ngoái|năm trước|tháng trước|tuần trước|lần trước|kỳ trước|đã từng)(?:[^\pL]|$)`)
	evPlanRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:sẽ|dự kiến|dự định|sắp|theo kế hoạch|theo chương trình)(?:[^\pL]|$)`)
)

// evLaterOK reports whether a date (iso, opened by the words lead) put at
// the end of a later sentence of the lead is the event's: it names a part
// of the day, the sentence neither looks back nor ahead, and the date is
// at most evMaxLag before publication and evSlack after it (when that is
// known).
func evLaterOK(sentence, lead, iso string, published *time.Time) bool {
	if !evPartOfDayRe.MatchString(lead) || evPastRe.MatchString(sentence) || evPlanRe.MatchString(sentence) {
		return false
	}
	return published == nil || evNear(iso, published)
}

// evNear reports whether the day iso lies at most evMaxLag before the
// publication time and at most evSlack after it; it is false when
// published is nil.
func evNear(iso string, published *time.Time) bool {
	if published == nil {
		return false
	}
	d, err := time.ParseInLocation(time.DateOnly, iso, vietnam)
	if err != nil {
		return false
	}
	lag := published.Sub(d)
	return lag <= evMaxLag+24*time.Hour && lag >= -evSlack
}

// evNextSentence returns the first sentence of s (up to a full stop, an
// exclamation or a question mark followed by a space and a capital
// letter) and the text after it.
func evNextSentence(s string) (sentence, rest string) {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
		default:
			continue
		}
		if s[i+1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
			return s[:i+1], s[i+1:]
		}
	}
	return s, ""
}

// evClip returns the largest rune boundary of s at or before n.
func evClip(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
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
	para = para[:evClip(para, evMaxWindow)]
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
	if evOpensWithVao(prefix) {
		return true // "Vào ngày 13 tháng 8 năm 2024, Chi bộ ...", "(QNO) - Vào sáng 5/9, ..."
	}
	if r, _ := utf8.DecodeRuneInString(s[start:]); unicode.IsUpper(r) {
		return true
	}
	return last == '-' || last == '–' || last == '—' || last == ':'
}

// evOpensWithVao reports whether prefix, the text before a lead date, is
// only "Vào" opening the paragraph, alone or after an agency prefix ending
// in a dash or colon ("Vào ngày 13 tháng 8 năm 2024, ..."); "vào" inside
// a sentence ("được ban hành vào ngày ...") is left to evAfterVao.
func evOpensWithVao(prefix string) bool {
	if len(prefix) < len("vào") || !strings.EqualFold(prefix[len(prefix)-len("vào"):], "vào") {
		return false
	}
	before := strings.TrimRightFunc(prefix[:len(prefix)-len("vào")], unicode.IsSpace)
	if before == "" {
		r, _ := utf8.DecodeRuneInString(prefix)
		return unicode.IsUpper(r)
	}
	if len(before) == len(prefix)-len("vào") {
		return false // "vào" ends a longer word
	}
	last, _ := utf8.DecodeLastRuneInString(before)
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
