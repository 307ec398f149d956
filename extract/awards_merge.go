package extract

import (
	"regexp"
	"strings"

	"github.com/vnnews/vnnews/extract/vntext"
)

// Awards across sentences (A10, A15, and articles that state an award
// more than once).
//
//   - A breakdown goes on over the sentences after it: once a sentence
//     opens one ("Cụ thể, tặng Bằng khen ... cho 7 tập thể"), or ends by
//     announcing one ("... cho 5 cá nhân, cụ thể:"), each following
//     sentence that gives only parts of that award ("Tặng Bằng khen ...
//     cho Hội người Việt Nam tại Ba Lan", "Trao Huân chương Lao động hạng
//     Nhất cho đồng chí ...") is part of it too, as long as the parts do not
//     add up to more than the award. The breakdown ends at a sentence that
//     gives no award (list lines aside), at one that opens with the event
//     ("Dịp này") or adds to it ("Ngoài ra", "... cũng tặng ..."), and at
//     any award that is not a part.
//   - The same award stated again (in the lead, a photo caption and the
//     body) is counted once: two top-level awards of different sentences
//     are one when their names agree (or one adds the class to the other),
//     their counts are equal (for an award with no tập thể / cá nhân count,
//     its other units too), and their givers agree: equal, one missing, or
//     one naming the other in full or as a deputy ("Phó Chủ tịch nước"
//     hands over what the "Chủ tịch nước" gives). Awards named to different
//     recipients are different. The first statement is kept, with the
//     giver of the later one when it names none or only the deputy, and the
//     breakdowns of the later one break it down.
//   - An award to named recipients ("tặng Cờ thi đua cho tập thể Báo Nghệ
//     An") that another statement of the same award lists among its
//     recipients ("5 tập thể được tặng Cờ thi đua gồm: ..., Báo Nghệ An")
//     is counted once, in the list.

// awardList is the awards read from a text so far, with what the reader
// knows of each beyond the record.
type awardList struct {
	awards   []Award
	info     []awardInfo
	sentence int // the number of the sentence being read
}

// awardInfo is what the reader knows of an award beyond the record.
type awardInfo struct {
	sentence int      // the number of the sentence it was read from
	units    int      // its exact counts of every recipient unit (A17)
	names    []string // the recipients named, when it is counted by name (A15)
	after    string   // the sentence after its counts, where recipients may be listed
	host     bool     // given to the host of a ceremony (see namedSubjects)
}

// add appends award a, read as f, to l.
func (l *awardList) add(a Award, f foundAward) {
	l.awards = append(l.awards, a)
	l.info = append(l.info, awardInfo{sentence: l.sentence, units: f.units, names: f.names, after: f.after, host: f.host})
}

// Bounds and markers of a list of names that goes on past a ";".
const maxNamedWords = 30 // words in one clause of names

// namingVerbRe is a verb or link that a clause holding only names has not.
var namingVerbRe = regexp.MustCompile(`\s(?:được|tặng|trao|nhận|đạt|tổ chức|đánh giá|phát biểu|phát động|thực hiện|triển khai|tham gia|tham dự|dự|chủ trì|báo cáo|công bố|ký|ban hành|đề nghị|đề xuất|quyết định|tiếp tục|góp phần|hoàn thành|nhấn mạnh|cho biết|khen thưởng|tuyên dương|biểu dương|gồm|cho|của|đang|sẽ|cần|phải)(?:\s|$)`)

// goOnNaming reads clause, which follows the clause where award l.awards[at]
// was given to the recipients in list, as more of those recipients
// ("tặng Huân chương Lao động hạng Nhì cho Liên hiệp các Tổ chức hữu nghị
// thành phố; Hội Khuyến học thành phố; bà ..., Chủ tịch ..."). It adds them
// to the award and returns the longer list, or reports false when the
// clause is not only names.
func (l *awardList) goOnNaming(at int, clause, lower string, list nameList) (nameList, bool) {
	text := strings.TrimSpace(clause)
	text = strings.TrimSpace(strings.TrimPrefix(text, "và "))
	if text == "" || strings.ContainsAny(text, "0123456789") || len(strings.Fields(text)) > maxNamedWords ||
		namedStopRe.MatchString(" "+text+" ") || namingVerbRe.MatchString(" "+text+" ") ||
		awContainsAny(lower, awardHints) && len(findMentions(clause, lower, "")) > 0 {
		return list, false
	}
	more := countNames(text, true, list)
	if more.collectives+more.individuals <= list.collectives+list.individuals {
		return list, false
	}
	a := &l.awards[at]
	a.Collectives += more.collectives - list.collectives
	a.Individuals += more.individuals - list.individuals
	l.info[at].names = more.names
	return more, true
}

// addedLeadRe opens a sentence that adds to what the sentences before it
// said ("Ngoài ra, ...", "Đồng thời, ..."), not a part of it.
var addedLeadRe = regexp.MustCompile(`(?i)^\W*(?:ngoài ra|bên cạnh đó|đồng thời|mặt khác|cùng dịp|thêm vào đó)`)

// announceRe ends a sentence that announces the breakdown of its award in
// the sentences after it ("... cho 5 cá nhân, cụ thể:").
var announceRe = regexp.MustCompile(`(?i)(?:cụ thể|như sau|sau đây|gồm|gồm có|bao gồm)\s*:\s*$`)

// continueBreakdown follows a breakdown over the sentences after it. The
// sentence s gave the awards l.awards[n:]; open is the award whose
// breakdown the sentences before it gave, or -1, and parent the sentence's
// last top-level award (see readSentence). When s gives only parts of the
// open award, they become its breakdown. It returns the award whose
// breakdown the next sentence may go on with, or -1, and the parent for a
// breakdown in the next sentence.
func (l *awardList) continueBreakdown(s string, n, open, parent int) (int, int) {
	if n == len(l.awards) {
		if open >= 0 && listItemRe.MatchString(s) {
			return open, parent
		}
		return -1, parent
	}
	of, top := -1, true
	for _, a := range l.awards[n:] {
		switch {
		case a.PartOf == nil:
			of = -2
		case of == -1 || of == *a.PartOf:
			of, top = *a.PartOf, false
		default:
			of, top = -2, false
		}
	}
	switch {
	case of >= 0:
		return of, parent // a breakdown: it may go on
	case top && open >= 0 && !eventLeadRe.MatchString(s) && !addedLeadRe.MatchString(s) && !strings.Contains(s, " cũng ") && l.fitsBreakdown(open, n):
		for i := n; i < len(l.awards); i++ {
			idx := open
			l.awards[i].PartOf = &idx
		}
		return open, open
	case parent >= 0 && l.awards[parent].PartOf == nil && strings.HasSuffix(s, ":") && announceRe.MatchString(tailWindow(s, 24)):
		return parent, parent
	}
	return -1, parent
}

// fitsBreakdown reports whether the awards l.awards[n:] are parts of
// l.awards[p]: of its award (or a class of its order), with its giver or
// none, each less than the whole, and with the parts before them no more
// than it.
func (l *awardList) fitsBreakdown(p, n int) bool {
	whole := l.awards[p]
	if whole.PartOf != nil || whole.Collectives+whole.Individuals == 0 {
		return false
	}
	coll, ind := 0, 0
	for i := p + 1; i < len(l.awards); i++ {
		a := l.awards[i]
		if i >= n {
			if !awardNamesAgree(whole.Award, a.Award) || !giversAgree(whole.Giver, a.Giver) ||
				a.Collectives+a.Individuals == 0 || a.Collectives == whole.Collectives && a.Individuals == whole.Individuals {
				return false
			}
		} else if a.PartOf == nil || *a.PartOf != p {
			continue
		}
		coll += a.Collectives
		ind += a.Individuals
	}
	return coll <= whole.Collectives && ind <= whole.Individuals
}

// awardNamesAgree reports whether award names a and b name the same
// distinction: equal but for case, one the other with a class
// ("Huân chương Lao động" and "Huân chương Lao động hạng Nhất"), or one a
// bare noun that the other names ("12 cá nhân được trao huân chương"
// after "Huân chương Độc lập hạng Ba ... cho 12 cá nhân").
func awardNamesAgree(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) <= len(a) || !strings.EqualFold(b[:len(a)], a) {
		return false
	}
	return strings.HasPrefix(b[len(a):], " hạng ") || bareAwardNoun(a) && strings.HasPrefix(b[len(a):], " ")
}

// bareAwardNoun reports whether name is an award noun that names no
// particular order or medal ("Huân chương", "Kỷ niệm chương").
func bareAwardNoun(name string) bool {
	switch name {
	case "Huân chương", "Huy chương", "Kỷ niệm chương":
		return true
	}
	return false
}

// giversAgree reports whether givers a and b may be the same: one is
// unknown, or one names the other in full ("Thủ tướng" in "Thủ tướng Chính
// phủ") or as its deputy ("Phó Chủ tịch nước", "Chủ tịch nước").
func giversAgree(a, b *string) bool {
	if a == nil || b == nil {
		return true
	}
	x, y := " "+giverKey(*a)+" ", " "+giverKey(*b)+" "
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// giverKey folds a giver for comparison: lower case, single spaces, no
// leading "Phó".
func giverKey(s string) string {
	s = strings.ToLower(vntext.CollapseSpace(strings.TrimSpace(s)))
	return strings.TrimPrefix(s, "phó ")
}

// isDeputy reports whether giver g names a deputy ("Phó Chủ tịch nước").
func isDeputy(g *string) bool {
	return g != nil && strings.HasPrefix(strings.ToLower(strings.TrimSpace(*g)), "phó ")
}

// mergeRestatements returns the awards of l with each award stated again
// counted once (see the top of this file): a later statement is left out,
// and its breakdowns break down the first one, but for those that repeat
// one of its own.
func (l *awardList) mergeRestatements() []Award {
	aw := l.awards
	if len(aw) < 2 {
		return aw
	}
	drop := make([]bool, len(aw))
	into := make([]int, len(aw))   // the award a left-out one is merged into, or -1
	parent := make([]int, len(aw)) // the award a breakdown breaks down, or -1
	for i := range aw {
		into[i], parent[i] = -1, -1
	}
	for j := range aw {
		if aw[j].PartOf == nil && len(l.info[j].names) > 0 && !l.hasParts(j) {
			for k := range aw {
				if k != j && !drop[k] && l.lists(k, j) {
					drop[j] = true
					if aw[k].Giver == nil {
						aw[k].Giver = aw[j].Giver
					}
					break
				}
			}
		}
	}
	for j := range aw {
		if drop[j] {
			continue
		}
		if aw[j].PartOf != nil {
			p := *aw[j].PartOf
			if into[p] >= 0 {
				p = into[p]
				if l.repeatsPart(p, j, parent, drop) {
					drop[j] = true
					continue
				}
			}
			parent[j] = p
			continue
		}
		for i := 0; i < j; i++ {
			if !drop[i] && aw[i].PartOf == nil && l.restates(i, j) {
				drop[j], into[j] = true, i
				if bareAwardNoun(aw[i].Award) {
					aw[i].Award = aw[j].Award // the later statement names it
				}
				if l.info[i].host {
					// The host's ceremony, then who in it received what.
					aw[i].Collectives, aw[i].Individuals = aw[j].Collectives, aw[j].Individuals
				}
				if aw[i].Giver == nil || isDeputy(aw[i].Giver) && aw[j].Giver != nil && !isDeputy(aw[j].Giver) {
					aw[i].Giver = aw[j].Giver
				}
				break
			}
		}
	}
	index := make([]int, len(aw)) // new index of each award kept
	out := make([]Award, 0, len(aw))
	for i, a := range aw {
		if drop[i] {
			continue
		}
		index[i] = len(out)
		if parent[i] >= 0 {
			p := index[parent[i]]
			a.PartOf = &p
		}
		out = append(out, a)
	}
	return out
}

// hasParts reports whether an award breaks down award i.
func (l *awardList) hasParts(i int) bool {
	for _, a := range l.awards[i+1:] {
		if a.PartOf != nil && *a.PartOf == i {
			return true
		}
	}
	return false
}

// repeatsPart reports whether breakdown j repeats a breakdown of award p
// already kept (parent holds the parents of the breakdowns before j).
func (l *awardList) repeatsPart(p, j int, parent []int, drop []bool) bool {
	b := l.awards[j]
	for k := p + 1; k < j; k++ {
		a := l.awards[k]
		if !drop[k] && parent[k] == p && strings.EqualFold(a.Award, b.Award) && a.Collectives == b.Collectives && a.Individuals == b.Individuals {
			return true
		}
	}
	return false
}

// restates reports whether top-level award j states award i again.
func (l *awardList) restates(i, j int) bool {
	a, b := l.awards[i], l.awards[j]
	x, y := l.info[i], l.info[j]
	if x.sentence == y.sentence || !awardNamesAgree(a.Award, b.Award) || !giversAgree(a.Giver, b.Giver) {
		return false
	}
	if x.host {
		// "X tổ chức lễ đón nhận Huân chương ...", then the award given
		// to X, or to units of X and their people: one award.
		return b.Collectives >= 1
	}
	if a.Collectives != b.Collectives || a.Individuals != b.Individuals {
		return false
	}
	if len(x.names) > 0 && len(y.names) > 0 && !sameNames(x.names, y.names) {
		return false
	}
	if a.Collectives+a.Individuals == 0 {
		return len(x.names)+len(y.names) > 0 || x.units > 0 && x.units == y.units
	}
	return true
}

// sameNames reports whether a and b hold the same names, in any order.
func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, n := range a {
		found := false
		for _, m := range b {
			found = found || strings.EqualFold(n, m)
		}
		if !found {
			return false
		}
	}
	return true
}

// maxListLead bounds the text between an award's counts and the list of
// its recipients ("... cho 5 tập thể có thành tích xuất sắc gồm: ...").
const maxListLead = 240

// lists reports whether top-level award k lists all the recipients award
// j is given to by name, as more of the same award: "5 tập thể được tặng
// Cờ thi đua gồm: ..., Báo Nghệ An" lists the "tập thể Báo Nghệ An" of
// another sentence.
func (l *awardList) lists(k, j int) bool {
	a, b := l.awards[k], l.awards[j]
	if a.PartOf != nil || len(l.info[k].names) > 0 || l.info[k].sentence == l.info[j].sentence ||
		a.Collectives < b.Collectives || a.Individuals < b.Individuals ||
		!awardNamesAgree(a.Award, b.Award) || !giversAgree(a.Giver, b.Giver) {
		return false
	}
	after := l.info[k].after
	at := -1
	for _, mark := range []string{"gồm", "Gồm", ":"} {
		if i := strings.Index(headWindow(after, maxListLead), mark); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	list := after[at:]
	for _, name := range l.info[j].names {
		if len(strings.Fields(name)) < 2 || !strings.Contains(list, name) {
			return false
		}
	}
	return true
}

// Markers of a clause that only counts more recipients.
var (
	// countLeadRe may open such a clause before its counts.
	countLeadRe = regexp.MustCompile(`(?i)^\s*(?:và\s+|cùng\s+)?`)
	// countMeritRe opens the merit the recipients are counted for, after
	// which verbs belong to the merit ("đã có thành tích xuất sắc trong
	// phòng chống tội phạm").
	countMeritRe = regexp.MustCompile(`(?i)(?:^|\s)(?:(?:đã\s+)?(?:có|đạt)\s+thành\s+tích|vì|do)(?:\s|$)`)
	// countVerbRe, between the counts and their merit, starts a statement
	// of its own: the counts are not recipients of the award before.
	countVerbRe = regexp.MustCompile(`(?i)(?:^|[\s,])(?:tham gia|tham dự|dự|đạt|xếp loại|bị|giải|hoàn thành|đề nghị|được|nhận)(?:[\s,:]|$)`)
)

// closesClause reports whether the recipients of award f, read from the
// clause of sentence s that ends at byte end, run to the end of the
// clause: named recipients that fill it, or counts with no verb after
// them.
func closesClause(f foundAward, s string, end int) bool {
	if f.list != nil {
		return true
	}
	if f.after == "" || f.collectives+f.individuals == 0 {
		return false
	}
	rest, _, _ := strings.Cut(f.after, ";")
	if len(s)-len(f.after) > end {
		return false
	}
	return !awardVerbRe.MatchString(rest) && !countVerbRe.MatchString(rest)
}

// goOnCounting reads clause, which follows the clause where award
// l.awards[at] was given to the recipients that end it, as more recipients
// of that award counted without a verb or an award of their own ("trao
// bằng khen của Chủ tịch UBND tỉnh cho tập thể Công an tỉnh; 3 tập thể và
// 5 cá nhân thuộc Công an tỉnh"). It adds the counts to the award and
// reports whether it did. A clause with a verb, an award, a proposal,
// money or the business of traps (X1-X9) before its merit is a statement
// of its own.
func (l *awardList) goOnCounting(at int, clause, lower string) bool {
	lead := countLeadRe.FindStringIndex(clause)
	gs := findCountGroups(clause)
	if len(gs) == 0 || gs[0].start != lead[1] || strings.ContainsAny(clause, ":()") {
		return false
	}
	body := clause[gs[0].start:]
	if loc := countMeritRe.FindStringIndex(body); loc != nil {
		body = body[:loc[0]]
	}
	if awardVerbRe.MatchString(body) || countVerbRe.MatchString(body) || findProposal(lower) >= 0 ||
		awContainsAny(lower, blockedWords) || gapBlockedRe.MatchString(clause) || moneyRe.MatchString(clause) ||
		awContainsAny(lower, breakdownHints) || cumulativeLeadRe.MatchString(clause) ||
		awContainsAny(lower, awardHints) && len(findMentions(clause, lower, "")) > 0 {
		return false
	}
	col, ind, units := 0, 0, 0
	for _, g := range gs {
		if g.counted == 0 || g.known != len(g.parts) {
			return false // approximate or other units: not recipients counted on
		}
		col, ind, units = col+g.collectives, ind+g.individuals, units+g.units
	}
	a := &l.awards[at]
	a.Collectives += col
	a.Individuals += ind
	l.info[at].units += units
	return true
}
