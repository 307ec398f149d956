package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnnews/vnnews/extract/vntext"
)

// Award statements (issue 3, PATTERNS.md sections 4 and 5).
//
// The text is read sentence by sentence and, inside a sentence, clause by
// clause (clauses are separated by ";", which is how articles list several
// givers). In a clause the reader finds the award nouns ("Bằng khen",
// "Huân chương Lao động hạng Ba", ...) and the counts of recipients ("37
// tập thể và 63 cá nhân"), and ties each group of counts to one award: to
// the award after it when a passive verb leads there ("37 tập thể ... được
// nhận Bằng khen"), otherwise to the award before it ("tặng Bằng khen cho
// 25 tập thể"). The giver is "của X" after the award, "được X tặng" in a
// passive clause, "do X trao tặng", or the subject of "X tặng".
//
// Decisions the contract leaves open, taken here:
//   - Class names are canonical: "hạng nhất", "Hạng I", "hạng 1" all read
//     "hạng Nhất" (likewise Nhì, Ba); several classes over one count
//     ("Huân chương Lao động hạng Nhất, Nhì, Ba cho 5 cá nhân") are one
//     award named by the order alone. An order or medal whose name is
//     not known runs to its class ("Huy chương Kháng chiến hạng Nhì" is
//     known; an unknown "Huân chương Khánh chiến hạng Nhất" is read to
//     the class, never cut short). Quoted names use straight quotes:
//     Kỷ niệm chương "Vì sự nghiệp Dân vận"; an unquoted "Vì ..." name is
//     quoted the same way. Other award nouns keep their official case
//     ("Bằng khen", "Giấy khen", "Cờ thi đua").
//   - Counts are of tập thể and cá nhân only, as the gold set decides
//     (testdata/gold/README.md). Other recipient units (A17: hộ gia đình,
//     đơn vị, chi bộ, chi đoàn, đồng chí, đảng viên, cán bộ, tấm gương,
//     chiến sĩ thi đua, ...) tie a statement to its award but add nothing.
//   - A count that does not split collectives from individuals ("30 tập
//     thể và cá nhân", "45 điển hình") is unknown: the award is kept,
//     those counts add nothing, so totals are never inflated (A16). Such
//     an award, like one with only other units (A17), has 0 and 0. An
//     approximate count ("hơn 12.900 tập thể") and a count of cases
//     ("3.148 trường hợp") are how statistics are given (X12): an award
//     with no other count is not one, so no award has 0 and 0 but by A16
//     or A17.
//   - An award to named recipients without a count ("Huân chương Độc lập
//     hạng Ba cho Sở Nội vụ", "cho tập thể Phòng ... và Công an huyện
//     ...", "Sở Nội vụ được Chủ tịch nước tặng ...", A15) counts each named
//     body as one collective and each named person as one individual.
//   - Award names are matched in any case ("Cờ Thi Đua", "BẰNG KHEN") and
//     written in their official case; "HCLĐ" is Huân chương Lao động,
//     "CSTĐ" and "chiến sỹ thi đua" are Chiến sĩ thi đua, and a class
//     standing alone in a list ("...; hạng Nhì cho 8 cá nhân") is of the
//     order named before it.
//   - Huy hiệu Đảng (party membership badges) is recognised, but counts of
//     đảng viên or đồng chí receiving it are membership statistics, not
//     award counts (X13): such a statement yields no award, and neither do
//     its "Trong đó" breakdowns. Only tập thể / cá nhân counts are kept.
//   - "khen thưởng N tập thể" with no distinction named is an award named
//     "Khen thưởng". A title conferred as "danh hiệu X" is the award X
//     ("Chiến sĩ thi đua cơ sở", "Anh hùng Lực lượng vũ trang nhân dân");
//     a "danh hiệu" that is a quality rating ("Hoàn thành xuất sắc nhiệm
//     vụ", "Trong sạch, vững mạnh", "gia đình văn hóa") is not (X9).
//   - Two different awards over one count ("được UBND TP, Công an TP trao
//     tặng bằng khen và giấy khen", A14) cannot be split without inventing
//     numbers and give no award, nor does a tally of medals over one
//     count ("1 Huân chương Độc lập hạng Nhất, ..., 23 Huy chương Kháng
//     chiến hạng Nhì cho 200 gia đình"); the same award twice ("Bằng khen
//     toàn diện và Bằng khen phong trào: 202 tập thể") is one award.
//   - A "cờ" is an award only as a banner with a quoted title (Cờ "Đơn
//     vị dẫn đầu phong trào thi đua năm 2019") or for leading an
//     emulation movement ("cờ dẫn đầu phong trào thi đua"); other flags
//     ("cờ Tổ quốc") are not. A count of medals given to recipients of one
//     kind ("trao tặng 96 kỷ niệm chương ... cho cá nhân ...") counts that
//     many recipients, and after an award handed over with "trao", "tặng"
//     links its recipients as "cho" does ("trao Huân chương ... của Chủ
//     tịch nước tặng ba cá nhân").
//   - Counts after a second verb that names no distinction ("trao Kỷ
//     niệm chương cho 11 cá nhân và tuyên dương 31 tập thể, 43 cá nhân")
//     are not the award's.
//   - A line that is a related link left in the text ("Xem thêm: ...") is
//     not read.
//   - The giver is who grants the award, not who hands it over: "đồng chí
//     Phó Bí thư trao Bằng khen của Chủ tịch UBND tỉnh" is given by the
//     Chủ tịch UBND tỉnh, and "đồng chí X trao Bằng khen" alone has no
//     giver. A clause whose verb has no subject ("...; tặng Bằng khen 14
//     tập thể", A8) or whose award stands alone ("...; Giấy khen cho 30 cá
//     nhân") shares the giver of the clause before.
//   - A breakdown ("Trong đó, ...", "Trong số đó ...", "Cụ thể, ...", or ",
//     trong đó" inside the sentence) gets part_of the award it breaks down,
//     which is in the same or the previous sentence (or the one whose
//     breakdown the sentences before it go on with); a breakdown that
//     names no award takes that award's name and giver, one that names its
//     award keeps its giver as written ("Trong đó, Đảng bộ Khối có 01 tập
//     thể ... được nhận Bằng khen" has no giver).
//     A breakdown whose counts exceed its parent's is not one, and stands
//     on its own. A ", trong đó ..." with no award before it to break down
//     ("tuyên dương các điển hình, trong đó 6 cá nhân nhận Huân chương Lao
//     động") is an award of its own. A breakdown goes on over the
//     sentences after it, and an award stated again in the lead, a
//     caption and the body is counted once (awards_merge.go).
//   - Proposals (đề nghị, đề xuất, kiến nghị, xét tặng, trình ...),
//     background (a sentence opening with "Trước đó", "Giai đoạn", "Từ năm",
//     "Trong 5 năm qua", "Trong năm năm", ... and "từng được"), figures of
//     a whole unit ("Toàn tỉnh Bắc Ninh đã có 300 tập thể và cá nhân được
//     ... tặng", X12) and counts tied to inspection, discipline,
//     admission, gifts, models and ratings are not awards. A proposal
//     covers the clauses after it that name no giver of their own, and
//     its breakdown in the next sentence; a report of a past period
//     covers the sentences that go on with its figures (awards_scope.go).
//     "Theo đề nghị của X, ..." is the basis of an award, not a proposal.
//     Money ("10 triệu đồng") is never a count (X5), but money given with
//     an award ("tặng Giấy khen và trao số tiền thưởng 10 triệu đồng cho 2
//     tập thể") does not hide the award's recipients.
//   - Counts right before a passive verb belong to the award after it,
//     even in a run of counts after another award: "tặng Cờ thi đua cho 9
//     tập thể, 21 cá nhân được tặng danh hiệu Chiến sĩ thi đua" is 9
//     collectives for the one and 21 individuals for the other.
//   - A subject that is a document gives the body that issued it as the
//     giver ("Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng ...").
//   - An award mention with no count and no named recipient (a photo
//     caption such as "Lãnh đạo tỉnh trao Bằng khen cho các tập thể") is
//     not an award statement.

// Bounds that keep the reader linear and its output small on any input.
const (
	maxAwardText     = 1 << 20 // bytes of text read
	maxAwardSentence = 8 << 10 // bytes of one sentence read
	maxAwards        = 500     // awards returned
	maxGiverWords    = 14      // words in a giver
	maxForwardGap    = 320     // bytes between counts and the award they precede
	maxBackwardGap   = 240     // bytes between an award and the counts after it
	maxGroupGap      = 90      // bytes between two counts of one group
)

// genericAward names a commendation ("khen thưởng") whose distinction the
// article does not name.
const genericAward = "Khen thưởng"

// findAwards returns the award statements of an article's text, in the
// order the article gives them, with breakdowns pointing at the award they
// break down.
func findAwards(text string) []Award {
	return readAwards(text, nil)
}

// readAwards reads the awards of text sentence by sentence, each in the
// scope the sentences before it leave (a proposal, a report of a past
// period: see scopeState), and passes each sentence that gave an award to
// gave when it is not nil. A breakdown goes on over the sentences after it
// (see continueBreakdown), and an award the article states again (its
// lead, a photo caption and its body) is counted once (see
// mergeRestatements).
func readAwards(text string, gave func(sentence string)) []Award {
	if len(text) > maxAwardText {
		text = awTruncate(text, maxAwardText)
	}
	var l awardList
	parent := -1 // the last top-level award of the previous sentence
	open := -1   // the award whose breakdown the sentences go on with
	var st scopeState
read:
	for _, para := range splitAwardParagraphs(text) {
		for i, s := range para {
			if len(l.awards) >= maxAwards {
				break read
			}
			l.sentence++
			if st.skip(s, i == 0) {
				parent, open = -1, -1
				continue
			}
			n := len(l.awards)
			var next awardScope
			parent, next = l.readSentence(s, parent)
			open, parent = l.continueBreakdown(s, n, open, parent)
			st.read(s, len(l.awards) > n, next)
			if gave != nil && len(l.awards) > n {
				gave(s)
			}
		}
	}
	if len(l.awards) > maxAwards {
		l.awards, l.info = l.awards[:maxAwards], l.info[:maxAwards]
	}
	return l.mergeRestatements()
}

// awTruncate cuts s to at most n bytes without splitting a character.
func awTruncate(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"TP": true, "Tp": true, "tp": true, "Q": true, "P": true, "TX": true, "TT": true,
	"ThS": true, "TS": true, "PGS": true, "GS": true, "BS": true, "KS": true,
	"CN": true, "Đ/c": true, "đ/c": true, "St": true, "H": true, "X": true,
}

// splitAwardSentences splits text into sentences (see
// splitAwardParagraphs).
func splitAwardSentences(text string) []string {
	var out []string
	for _, para := range splitAwardParagraphs(text) {
		out = append(out, para...)
	}
	return out
}

// splitAwardParagraphs splits text into paragraphs (lines) and each
// paragraph into sentences: at ".", "!", "?" or "…" followed by a space and
// a capital letter, digit or quote, except after abbreviations such as
// "TP." and inside numbers such as "1.250". Lines that are related links
// are left out.
func splitAwardParagraphs(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		if relatedLineRe.MatchString(line) {
			continue
		}
		var para []string
		start := 0
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRuneInString(line[i:])
			next := i + size
			if (r == '.' || r == '!' || r == '?' || r == '…') && sentenceEndsAt(line, i, next) {
				para = appendSentence(para, line[start:next])
				start = next
			}
			i = next
		}
		if para = appendSentence(para, line[start:]); len(para) > 0 {
			out = append(out, para)
		}
	}
	return out
}

// relatedLineRe opens a line that is a link to another article left in the
// text ("Xem thêm: ..."); its awards are not this article's.
var relatedLineRe = regexp.MustCompile(`(?i)^\s*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục)\s*[:>»\-–]`)

// sentenceEndsAt reports whether the stop at line[i:next] ends a sentence.
func sentenceEndsAt(line string, i, next int) bool {
	j := next
	spaces := 0
	for j < len(line) {
		r, size := utf8.DecodeRuneInString(line[j:])
		if !vntext.IsSpace(r) {
			break
		}
		spaces++
		j += size
	}
	if spaces == 0 || j == len(line) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[j:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘«(", r) {
		return false
	}
	if line[i] != '.' {
		return true
	}
	k := i
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:k])
		if vntext.IsSpace(r) || r == '(' {
			break
		}
		k -= size
	}
	return !abbreviations[line[k:i]]
}

// appendSentence appends the trimmed sentence s, cut to the sentence bound,
// unless it is empty.
func appendSentence(out []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	if len(s) > maxAwardSentence {
		s = awTruncate(s, maxAwardSentence)
	}
	return append(out, s)
}

// yearsCount is a number of years, in digits or in words ("5", "năm",
// "mười lăm"), before "năm".
const yearsCount = `(?:\d+|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm)(?:\s(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm)){0,2})`

// Sentence-level markers.
var (
	// restatedBreakdownRe matches a breakdown that opens by restating the
	// count it breaks down, up to the "có" before the part.
	restatedBreakdownRe = regexp.MustCompile(`(?i)^(\W*)trong (?:tổng )?số \d[\d.]*\s+(?:tập thể|cá nhân)[^;.]*?\sc[óo]\s`)
	// breakdownLeadRe opens a sentence that breaks down the award before.
	breakdownLeadRe = regexp.MustCompile(`(?i)^\W*(?:trong đó|trong số đó|trong số này|trong số các|trong tổng số|cụ thể)(?:[\s,:]|$)`)
	// backgroundLeadRe opens a sentence about earlier or cumulative awards
	// (X12, X17).
	backgroundLeadRe = regexp.MustCompile(`(?i)^\W*(?:theo đó,?\s*|riêng\s+|ngoài ra,?\s*|bên cạnh đó,?\s*|đặc biệt,?\s*)?(?:giai đoạn\s|từ năm\s|từ \d{4}|trong (?:giai đoạn|nhiệm kỳ|suốt|` + yearsCount + ` năm|những năm|nhiều năm|thời gian qua|các năm)|(?:qua|sau) ` + yearsCount + ` năm|những năm qua|nhiều năm qua|thời gian qua|nhiệm kỳ qua|nhiệm kỳ \d{4}|` + yearsCount + ` năm qua|trước đó|trước đây|lũy kế|luỹ kế|tính đến|tính từ)`)
	// breakdownHints are fragments, in lower case, every match of
	// innerBreakdownRe holds.
	breakdownHints = []string{"trong đó", "trong số đó"}
	// innerBreakdownRe marks a breakdown inside a clause.
	innerBreakdownRe = regexp.MustCompile(`(?i)(?:^|[,(:])\s*(?:trong đó|trong số đó)(?:[\s,:]|$)`)
)

// readSentence reads the awards of one sentence, appends them to l and
// returns the index of the sentence's last top-level award (the parent
// for a breakdown in the next sentence), or -1, and the scope the sentence
// leaves open: scopeProposal when it ends inside a proposal, scopeSummary
// when it gave cumulative figures and no award, else scopeEvent. A
// proposal covers the clauses after it that name no giver of their own
// ("Đề nghị tặng ... cho 07 cá nhân; cờ thi đua của tỉnh cho 01 tập thể;
// ...", X7). A clause that only names recipients goes on with the list of
// the award before it ("tặng Huân chương Lao động hạng Nhì cho Sở A; Sở
// B; bà C, Giám đốc Sở D", A15).
func (l *awardList) readSentence(s string, parent int) (int, awardScope) {
	// "Trong số 73 cá nhân được tặng Bằng khen có 29 cá nhân là ..."
	// restates the parent's count before breaking it down: read it as
	// "Trong số đó có 29 cá nhân là ...".
	if parent >= 0 {
		s = restatedBreakdownRe.ReplaceAllString(s, "${1}Trong số đó có ")
	}
	breakdown := parent >= 0 && breakdownLeadRe.MatchString(s)
	last := -1
	listAt := -1 // an award whose named recipients may go on in the next clause
	contAt := -1 // an award whose recipients end the clause, counted on in the next one
	var list nameList
	var lastGiver *string
	proposing, cumulative := false, false
	order := ""
	off := 0
	for _, clause := range strings.Split(s, ";") {
		lower := strings.ToLower(clause)
		c := sentenceClause{sentence: s, text: clause, lower: lower, off: off, prevGiver: lastGiver, bare: breakdown, proposing: proposing, prevOrder: order}
		off += len(clause) + 1
		if listAt >= 0 {
			if more, ok := l.goOnNaming(listAt, clause, lower, list); ok {
				list = more
				continue
			}
		}
		listAt = -1
		if contAt >= 0 && !breakdown && !proposing && l.goOnCounting(contAt, clause, lower) {
			continue
		}
		contAt = -1
		head, tail := clause, ""
		if awContainsAny(lower, breakdownHints) {
			if loc := innerBreakdownRe.FindStringIndex(clause); loc != nil {
				head, tail = clause[:loc[0]], clause[loc[0]:]
				c.lower = strings.ToLower(head)
			}
		}
		c.text = head
		r := c.read()
		proposing, order = r.proposes, r.order
		cumulative = cumulative || r.cumulative
		if r.subject != nil {
			lastGiver = r.subject
		}
		for _, f := range r.found {
			if breakdown {
				l.addBreakdown(f, parent)
			} else {
				l.add(f.award(), f)
				last = len(l.awards) - 1
			}
			if f.list != nil {
				listAt, list = len(l.awards)-1, *f.list
			}
		}
		if n := len(r.found); n > 0 && !breakdown && tail == "" && closesClause(r.found[n-1], s, c.off+len(clause)) {
			contAt = len(l.awards) - 1
		}
		if tail == "" || r.cumulative {
			continue
		}
		t := sentenceClause{sentence: s, text: tail, lower: strings.ToLower(tail), off: c.off + len(head), prevGiver: lastGiver, bare: true, proposing: proposing, prevOrder: order}
		p := last
		if p < 0 && breakdown {
			p = parent
		}
		if p < 0 {
			// "tuyên dương các điển hình, trong đó 6 cá nhân nhận Huân
			// chương Lao động": no award before it to break down, the
			// part is an award of its own.
			t.bare = false
			for _, f := range t.read().found {
				l.add(f.award(), f)
				last = len(l.awards) - 1
			}
			continue
		}
		for _, f := range t.read().found {
			l.addBreakdown(f, p)
		}
	}
	if last < 0 && breakdown && len(l.awards) > 0 && l.awards[len(l.awards)-1].PartOf != nil {
		last = parent // consecutive breakdown sentences share their parent
	}
	switch {
	case proposing:
		return last, scopeProposal
	case cumulative && last < 0:
		return last, scopeSummary
	}
	return last, scopeEvent
}

// addBreakdown appends f as a breakdown of l.awards[parent]. A breakdown
// that names no award is the parent's award and takes its name and giver;
// one that names its award keeps its giver as written. A breakdown whose
// counts exceed the parent's is appended as an award of its own.
func (l *awardList) addBreakdown(f foundAward, parent int) {
	p := l.awards[parent]
	a := f.award()
	if f.bare {
		a.Award, a.Giver = p.Award, p.Giver
	}
	if (p.Collectives > 0 || p.Individuals > 0) && (a.Collectives > p.Collectives || a.Individuals > p.Individuals) {
		l.add(a, f)
		return
	}
	idx := parent
	a.PartOf = &idx
	l.add(a, f)
}

// foundAward is an award read from a clause, before its place in the list
// is known.
type foundAward struct {
	name        string
	giver       *string
	collectives int
	individuals int
	pos         int       // byte offset in the clause, for ordering
	bare        bool      // counts without an award noun (breakdown only)
	units       int       // exact counts of every recipient unit (A17), to tell restatements apart
	names       []string  // the recipients named, when they are counted by name (A15)
	after       string    // the sentence after the counts, where recipients may be listed
	list        *nameList // the named recipients, when they run to the end of the clause
	host        bool      // the one collective is the host of a ceremony receiving the award
}

// award converts f to an Award without part_of.
func (f foundAward) award() Award {
	return Award{Award: f.name, Giver: f.giver, Collectives: f.collectives, Individuals: f.individuals}
}

// sentenceClause is one clause of a sentence being read.
type sentenceClause struct {
	sentence  string  // the whole sentence
	text      string  // the clause
	lower     string  // text in lower case
	off       int     // offset of the clause in the sentence
	prevGiver *string // the giver named by the previous clause's subject
	prevOrder string  // the order named with a class before, for an elided one
	bare      bool    // bare counts are breakdowns of the previous award
	proposing bool    // a proposal before the clause covers it

	// Offsets of the first proposal word and past marker in text and of
	// the first award verb in sentence, or -1; set by read.
	proposalAt, pastAt, verbAt int
}

// mention is an award noun in a clause, with its full name.
type mention struct {
	start, end int
	name       string
	base       string // an order or medal named with a class, without it
	party      bool   // Huy hiệu Đảng: an award only with tập thể / cá nhân counts
	generic    bool   // "khen thưởng" with no distinction named
	mixed      bool   // different awards over one count (A14): not an award
}

// countGroup is a run of counts such as "37 tập thể và 63 cá nhân".
type countGroup struct {
	start, end  int
	parts       []count
	collectives int  // sum of the exact "N tập thể"
	individuals int  // sum of the exact "N cá nhân"
	counted     int  // how many exact tập thể / cá nhân counts the group holds
	known       int  // how many counts are exact and of recipient units (A16, A17)
	units       int  // the sum of the exact counts, of every unit
	bound       bool // tied to an award
}

// clauseRead is what reading a clause gives.
type clauseRead struct {
	found      []foundAward
	subject    *string // the giver named as the subject of the clause's verb
	proposes   bool    // the clause ends inside a proposal
	cumulative bool    // an award of the clause is a cumulative figure (X12)
	order      string  // the last order named with a class, for an elided one
}

// read returns the awards of the clause in order, the giver named as the
// subject of its verb and the order last named with a class (both for the
// next clause of the sentence), and whether a proposal covers the next
// clause.
func (c sentenceClause) read() clauseRead {
	mentions := findMentions(c.text, c.lower, c.prevOrder)
	r := clauseRead{order: c.prevOrder}
	for _, m := range mentions {
		if m.base != "" {
			r.order = m.base
		}
	}
	if len(mentions) == 0 && !c.bare {
		mentions = findGenericMentions(c.text)
	}
	c.proposalAt = findProposal(c.lower)
	var groups []countGroup
	if len(mentions) > 0 || c.bare || c.proposalAt >= 0 {
		groups = findCountGroups(c.text)
	}
	own := c.proposalGoverns(mentions, groups)
	if len(mentions) == 0 {
		r.proposes = own || c.proposing
		if c.bare && !r.proposes {
			r.found = c.bareBreakdowns(groups)
		}
		return r
	}
	groups = splitPassiveTails(c.text, mentions, groups)
	c.pastAt = -1
	if awContainsAny(c.lower, pastHints) {
		c.pastAt = firstMatch(pastRe, c.text)
	}
	if len(groups) > 0 {
		c.verbAt = firstMatch(awardVerbRe, c.sentence)
	}
	counts := make([][]int, len(mentions)) // group indexes bound to each mention
	for gi := range groups {
		if mi, ok := c.bind(mentions, groups, gi, counts); ok {
			counts[mi] = append(counts[mi], gi)
			groups[gi].bound = true
		}
	}
	active := c.prevGiver // the giver of the clause's active verb so far
	for mi, m := range mentions {
		f := foundAward{name: m.name, pos: m.start}
		hasCount := false
		for _, gi := range counts[mi] {
			g := groups[gi]
			f.pos = min(f.pos, g.start)
			if g.known == 0 || m.party && g.counted == 0 {
				continue // approximate figures (X12); đảng viên receiving Huy hiệu Đảng (X13)
			}
			f.collectives += g.collectives
			f.individuals += g.individuals
			f.units += g.units
			f.after = c.sentence[min(len(c.sentence), c.off+g.end):]
			hasCount = true
		}
		if hasCount && !m.party {
			if names, ok := c.namesBeforeCount(m, groups[counts[mi][0]]); ok {
				f.collectives += names.collectives
				f.individuals += names.individuals
				f.units += names.collectives + names.individuals
			}
		}
		if m.mixed {
			continue
		}
		if c.cumulative(m, counts[mi], groups) {
			r.cumulative = true
			continue
		}
		fwd := len(counts[mi]) > 0 && groups[counts[mi][0]].end <= m.start
		var gap string
		if fwd {
			gap = c.text[groups[counts[mi][0]].end:m.start]
		}
		if !hasCount {
			if len(counts[mi]) > 0 || m.generic || m.party {
				continue // a party badge to named members is membership (X13)
			}
			if col, ind, at, ok := c.countedMedals(m); ok {
				f.collectives, f.individuals = col, ind
				f.units = col + ind
				counted := m
				counted.start = at // the verb is before the count of medals
				giver, subj := c.giver(counted, false, "", active)
				if subj != nil {
					r.subject = subj
				}
				if giver != nil {
					active = giver
				}
				f.giver = giver
				r.found = append(r.found, f)
				continue
			}
			names, ok := c.namedRecipients(m)
			if !ok {
				names, gap, ok = c.namedSubjects(m)
				fwd, names.all = ok, false
			}
			if !ok {
				// Not an award statement, but its verb's giver is the
				// one an award sharing the verb takes ("được X tặng Cờ
				// ... và tặng Bằng khen cho 20 tập thể", A8).
				if g, _ := c.giver(m, false, "", active); g != nil {
					active = g
				}
				continue
			}
			f.collectives, f.individuals, f.names, f.host = names.collectives, names.individuals, names.names, names.host
			if names.all {
				f.list = &names
			}
		}
		giver, subj := c.giver(m, fwd, gap, active)
		if subj != nil {
			r.subject = subj
		}
		if !fwd && giver != nil {
			active = giver
		}
		f.giver = giver
		r.found = append(r.found, f)
	}
	if c.bare {
		r.found = append(r.found, c.bareBreakdowns(groups)...)
	}
	// A proposal before the clause covers it unless the clause names its
	// own giver as the subject of its verb or opens with the event.
	if c.proposing && r.subject == nil && !eventLeadRe.MatchString(c.text) {
		r.found, r.proposes = nil, true
		return r
	}
	r.proposes = own
	sort.SliceStable(r.found, func(i, j int) bool { return r.found[i].pos < r.found[j].pos })
	return r
}

// proposalGoverns reports whether the clause's proposal word governs what
// follows it, so that a proposal covers the next clause: no award or count
// comes before it ("Đề nghị tặng ..."), or one comes after it. A proposal
// word after all of them qualifies recipients ("... cho 5 tập thể được
// Hội đồng đề nghị").
func (c sentenceClause) proposalGoverns(ms []mention, gs []countGroup) bool {
	if c.proposalAt < 0 {
		return false
	}
	before, after := false, false
	for _, m := range ms {
		before = before || m.start < c.proposalAt
		after = after || m.start > c.proposalAt
	}
	for _, g := range gs {
		before = before || g.start < c.proposalAt
		after = after || g.start > c.proposalAt
	}
	return !before || after
}

// bareBreakdowns returns the unbound count groups of a breakdown clause
// ("Trong số đó có 8 cá nhân là người dân tộc Khmer") as bare awards.
func (c sentenceClause) bareBreakdowns(groups []countGroup) []foundAward {
	if !c.bare {
		return nil
	}
	var found []foundAward
	for _, g := range groups {
		if g.bound || g.counted == 0 {
			continue
		}
		if c.blockedBefore(g) {
			continue
		}
		found = append(found, foundAward{collectives: g.collectives, individuals: g.individuals, pos: g.start, bare: true})
	}
	return found
}

// Award nouns and their parts.
var (
	awardNounRe = regexp.MustCompile(`(?i)bằng khen|giấy khen|cờ thi đua|huân chương|huy chương|kỷ niệm chương|kỉ niệm chương|huy hiệu|danh hiệu|chiến s[ĩỹ] thi đua|\b(?:hclđ|hcđl|hcqc|hccc|hcbvtq|cstđ)\b`)
	classRe     = regexp.MustCompile(`^\s*(?i:hạng)\s+(?i:(nhất|nhì|ba)|(iii|ii|i|3|2|1))(?:[^\p{L}\p{N}]|$)`)
	quotedRe    = regexp.MustCompile(`^\s*["“”‘’«'](.{1,120}?)["“”’»']`)
	tenureRe    = regexp.MustCompile(`^\s*(\d{2})\s+năm(?:\s+tuổi\s+(?i:đảng))?`)
	partyRe     = regexp.MustCompile(`^\s*Đảng\b`)
	cstdLevelRe = regexp.MustCompile(`^\s*(?i:(cấp cơ sở|cơ sở|cấp tỉnh|cấp thành phố|cấp bộ|cấp ngành|cấp huyện|toàn quốc|toàn quân|toàn lực lượng))`)
)

// Names of orders and medals as officially written, looked up in lower case.
var (
	orderNames = []string{
		"sao vàng", "hồ chí minh", "độc lập", "quân công", "lao động", "bảo vệ tổ quốc",
		"chiến công", "đại đoàn kết dân tộc", "dũng cảm", "hữu nghị", "kháng chiến",
		"chiến thắng", "chiến sĩ vẻ vang", "chiến sĩ giải phóng", "quân kỳ quyết thắng",
		"giải phóng", "thành đồng tổ quốc",
	}
	officialCase = map[string]string{
		"sao vàng": "Sao Vàng", "hồ chí minh": "Hồ Chí Minh", "độc lập": "Độc lập",
		"quân công": "Quân công", "lao động": "Lao động", "bảo vệ tổ quốc": "Bảo vệ Tổ quốc",
		"chiến công": "Chiến công", "đại đoàn kết dân tộc": "Đại đoàn kết dân tộc",
		"dũng cảm": "Dũng cảm", "hữu nghị": "Hữu nghị", "kháng chiến": "Kháng chiến",
		"chiến thắng": "Chiến thắng", "chiến sĩ vẻ vang": "Chiến sĩ vẻ vang",
		"quân kỳ quyết thắng": "Quân kỳ quyết thắng", "chiến sĩ giải phóng": "Chiến sĩ giải phóng",
		"giải phóng": "Giải phóng", "thành đồng tổ quốc": "Thành đồng Tổ quốc",
		"thanh niên xung phong vẻ vang": "Thanh niên xung phong vẻ vang",
		"vàng":                          "Vàng", "bạc": "Bạc", "đồng": "Đồng",
	}
	medalNames = []string{
		"quân kỳ quyết thắng", "chiến sĩ vẻ vang", "chiến sĩ giải phóng", "thanh niên xung phong vẻ vang", "bảo vệ tổ quốc",
		"kháng chiến", "chiến công", "chiến thắng", "lao động", "hữu nghị", "vàng", "bạc", "đồng",
	}
	// titleNames are distinctions conferred as "danh hiệu", in lower case.
	titleNames = []string{
		"tập thể lao động xuất sắc", "tập thể lao động tiên tiến", "lao động tiên tiến",
		"chiến sĩ tiên tiến", "đơn vị quyết thắng", "đơn vị tiên tiến", "anh hùng lao động",
		"anh hùng lực lượng vũ trang nhân dân", "nhà giáo nhân dân", "nhà giáo ưu tú",
		"thầy thuốc nhân dân", "thầy thuốc ưu tú", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú",
		"bà mẹ việt nam anh hùng",
	}
	// ratingWords mark a "danh hiệu" that is a quality rating, not an award (X9).
	ratingWords = []string{"trong sạch", "vững mạnh", "hoàn thành", "văn hóa", "văn hoá", "nông thôn mới", "đạt chuẩn", "kiểu mẫu"}
)

// findMentions returns the award nouns of a clause with their full names,
// merging nouns joined by "và" or a comma with no counts between them
// ("bằng khen và giấy khen", A14) into one. lower is s, or a text holding
// it, in lower case. order is the order last named with a class before
// the clause, which a class standing alone stands for ("...; hạng Nhì cho
// 8 cá nhân").
func findMentions(s, lower, order string) []mention {
	var ms []mention
	if awContainsAny(lower, awardHints) {
		for pos := 0; pos < len(s); {
			start, end := nextAwardNoun(s, pos)
			if start < 0 {
				break
			}
			pos = end
			m, ok := parseMention(s, start, end)
			if !ok {
				continue
			}
			pos = max(m.end, end)
			ms = append(ms, m)
		}
	}
	if strings.Contains(lower, "hạng") {
		ms = addElidedClasses(s, ms, order)
	}
	return mergeMentions(s, ms)
}

// awardHints are fragments, in lower case, every award noun contains; a
// clause without one names no award.
var awardHints = []string{"khen", "thi đua", "chương", "hiệu", "cờ", "hclđ", "hcđl", "hcqc", "hccc", "hcbvtq", "cstđ"}

// awardNouns are the nouns that name an award, in lower case.
var awardNouns = []string{
	"bằng khen", "giấy khen", "cờ thi đua", "huân chương", "huy chương", "kỷ niệm chương",
	"kỉ niệm chương", "huy hiệu", "danh hiệu", "chiến sĩ thi đua", "chiến sỹ thi đua",
	"hclđ", "hcđl", "hcqc", "hccc", "hcbvtq", "cstđ",
	"cờ", // after "cờ thi đua": a banner with a title (see parseBanner)
}

// orderAbbreviations are the short forms of orders, in lower case.
var orderAbbreviations = map[string]string{
	"hclđ": "Huân chương Lao động", "hcđl": "Huân chương Độc lập", "hcqc": "Huân chương Quân công",
	"hccc": "Huân chương Chiến công", "hcbvtq": "Huân chương Bảo vệ Tổ quốc",
}

// nextAwardNoun returns the span of the first award noun (any case, whole
// words) in s at or after offset pos, or -1, -1.
func nextAwardNoun(s string, pos int) (int, int) {
	for i := pos; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if i == 0 || !awIsWordRune(s, i) {
			switch unicode.ToLower(r) {
			case 'b', 'g', 'c', 'h', 'k', 'd':
				for _, n := range awardNouns {
					end := i + len(n)
					if end <= len(s) && strings.EqualFold(s[i:end], n) && awWordBoundary(s, i, end) {
						return i, end
					}
				}
			}
		}
		i += size
	}
	return -1, -1
}

// elidedClassRe is a class standing alone in a list of classes of one
// order ("Huân chương Lao động hạng Nhất cho ...; hạng Nhì cho 8 cá nhân").
var elidedClassRe = regexp.MustCompile(`(?i)(?:^|[,;:(]|\svà)\s*(hạng\s)`)

// addElidedClasses adds to ms, sorted by offset, the classes in s that
// stand alone for the order named before them in s, or for order.
func addElidedClasses(s string, ms []mention, order string) []mention {
	n := len(ms)
	for _, loc := range elidedClassRe.FindAllStringSubmatchIndex(s, -1) {
		start := loc[2]
		base, inside := order, false
		for _, m := range ms[:n] {
			if m.start <= start && start < m.end {
				inside = true
			}
			if m.start < start && m.base != "" {
				base = m.base
			}
		}
		cls, k := classAfter(s[start:])
		if inside || base == "" || k == 0 {
			continue
		}
		ms = append(ms, mention{start: start, end: start + k, name: base + cls, base: base})
	}
	if len(ms) > n {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	}
	return ms
}

// awIsWordRune reports whether the rune before offset i of s is a letter
// or digit, that is whether i is inside a word.
func awIsWordRune(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// awContainsAny reports whether s contains one of subs.
func awContainsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// awWordBoundary reports whether s[start:end] is a whole word run.
func awWordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// parseMention reads the award whose noun is s[start:end] and returns it
// with its full, normalised name.
func parseMention(s string, start, end int) (mention, bool) {
	noun := strings.ToLower(s[start:end])
	rest := s[end:]
	m := mention{start: start, end: end}
	switch noun {
	case "bằng khen":
		m.name = "Bằng khen"
	case "giấy khen":
		m.name = "Giấy khen"
	case "cờ thi đua":
		m.name = "Cờ thi đua"
	case "cờ":
		return parseBanner(s, start, end)
	case "huân chương":
		name, n := namedToClass(rest, orderNames)
		m.name, m.end = "Huân chương"+name, end+n
		m.addClass(s)
	case "huy chương":
		name, n := namedToClass(rest, medalNames)
		m.name, m.end = "Huy chương"+name, end+n
		m.addClass(s)
	case "hclđ", "hcđl", "hcqc", "hccc", "hcbvtq":
		m.name = orderAbbreviations[noun]
		m.addClass(s)
	case "kỷ niệm chương", "kỉ niệm chương":
		name, n := namedAfter(rest, nil)
		m.name, m.end = "Kỷ niệm chương"+name, end+n
	case "huy hiệu":
		return parseBadge(s, start, end)
	case "danh hiệu":
		return parseTitle(s, start, end)
	case "chiến sĩ thi đua", "chiến sỹ thi đua", "cstđ":
		if _, _, ok := vntext.CountBefore(s, start); ok {
			return m, false // "9 chiến sĩ thi đua" counts people (A17)
		}
		m.name = "Chiến sĩ thi đua"
		if loc := cstdLevelRe.FindStringSubmatchIndex(rest); loc != nil {
			m.name += " " + strings.ToLower(rest[loc[2]:loc[3]])
			m.end += loc[1]
		}
	}
	return m, true
}

// addClass reads the class after the order or medal m in s ("hạng Ba")
// into its name, keeping the name without it as its base. Several classes
// over one count ("hạng Nhất, Nhì, Ba", "hạng Nhì và hạng Ba") are one
// award of the order, named without a class.
func (m *mention) addClass(s string) {
	cls, n := classAfter(s[m.end:])
	if n == 0 {
		return
	}
	m.base = m.name
	m.name += cls
	m.end += n
	for {
		loc := moreClassRe.FindStringSubmatchIndex(s[m.end:])
		if loc == nil {
			return
		}
		m.name = m.base
		m.end += loc[3]
	}
}

// moreClassRe is one more class in a list of classes of one order (",
// Nhì", " và hạng Ba"); its group ends at the class word.
var moreClassRe = regexp.MustCompile(`^(\s*(?:,|và)\s*(?:(?i:hạng)\s+(?i:nhất|nhì|ba|iii|ii|i|1|2|3)|Nhất|Nhì|Ba|NHẤT|NHÌ|BA))(?:[^\p{L}\p{N}\p{M}]|$)`)

// namedAfter reads the name that follows an award noun: a quoted name, a
// "Vì ..." name (both returned quoted), one of the known official names
// (in official case), or a run of capitalised words. It returns the name
// with a leading space, or "" when none follows, and the bytes it used.
func namedAfter(rest string, known []string) (string, int) {
	if loc := quotedRe.FindStringSubmatchIndex(rest); loc != nil {
		return ` "` + strings.TrimSpace(rest[loc[2]:loc[3]]) + `"`, loc[1]
	}
	trimmed := strings.TrimLeft(rest, " \u00a0")
	lead := len(rest) - len(trimmed)
	lower := strings.ToLower(headWindow(trimmed, maxNameBytes))
	for _, k := range known {
		if strings.HasPrefix(lower, k) && awWordBoundary(trimmed, 0, len(k)) {
			return " " + officialCase[k], lead + len(k)
		}
	}
	if strings.HasPrefix(lower, "vì ") {
		words, n := wordsUntilStop(trimmed, 10)
		if len(words) > 1 {
			return ` "` + strings.Join(words, " ") + `"`, lead + n
		}
		return "", 0
	}
	words, n := capitalisedWords(trimmed, 5)
	if len(words) == 0 {
		return "", 0
	}
	return " " + strings.Join(words, " "), lead + n
}

// namedToClass reads the name of an order or medal (see namedAfter). A
// name that is not known and is followed by lower-case words and a class
// runs to the class ("Huân chương Khánh chiến hạng Nhất"), so that no name
// is cut short.
func namedToClass(rest string, known []string) (string, int) {
	name, n := namedAfter(rest, known)
	if name == "" || strings.HasPrefix(name, ` "`) {
		return name, n
	}
	if loc := lowerToClassRe.FindStringSubmatchIndex(rest[n:]); loc != nil {
		tail := rest[n : n+loc[3]]
		if known := strings.ToLower(strings.TrimSpace(name)); officialCase[known] == "" {
			return name + tail, n + loc[3]
		}
	}
	return name, n
}

// lowerToClassRe is the rest of a name in lower case before a class.
var lowerToClassRe = regexp.MustCompile(`^((?:\s+\p{Ll}+){1,3})\s+(?i:hạng)\s`)

// classAfter reads "hạng Nhất", "hạng nhì", "Hạng III" after an order or
// medal name and returns it in canonical form (" hạng Nhất") with the bytes
// it used.
func classAfter(rest string) (string, int) {
	loc := classRe.FindStringSubmatchIndex(rest)
	if loc == nil {
		return "", 0
	}
	var c string
	if loc[2] >= 0 {
		c = strings.ToLower(rest[loc[2]:loc[3]])
	} else {
		c = strings.ToLower(rest[loc[4]:loc[5]])
	}
	switch c {
	case "nhất", "i", "1":
		c = "Nhất"
	case "nhì", "ii", "2":
		c = "Nhì"
	default:
		c = "Ba"
	}
	end := loc[1]
	if end > 0 && end <= len(rest) {
		r, size := utf8.DecodeLastRuneInString(rest[:end])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end -= size
		}
	}
	return " hạng " + c, end
}

// bannerLeadRe opens the title of an emulation banner that is not a "Cờ
// thi đua" ("cờ dẫn đầu phong trào thi đua", "Cờ đơn vị dẫn đầu ...").
var bannerLeadRe = regexp.MustCompile(`^(?i:(?:đơn vị\s+)?dẫn đầu)(?:\s|$)`)

// parseBanner reads a "cờ" that is an award: a banner with a quoted title
// (Cờ "Đơn vị dẫn đầu phong trào thi đua năm 2019") or one for leading an
// emulation movement ("cờ dẫn đầu phong trào thi đua"). Any other "cờ" is
// a flag ("cờ Tổ quốc", "treo cờ"), not an award.
func parseBanner(s string, start, end int) (mention, bool) {
	rest := s[end:]
	if loc := quotedRe.FindStringSubmatchIndex(rest); loc != nil {
		return mention{start: start, end: end + loc[1], name: `Cờ "` + strings.TrimSpace(rest[loc[2]:loc[3]]) + `"`}, true
	}
	trimmed := strings.TrimLeft(rest, " \u00a0")
	if !bannerLeadRe.MatchString(trimmed) {
		return mention{}, false
	}
	words, n := wordsUntilStop(trimmed, 8)
	return mention{start: start, end: end + len(rest) - len(trimmed) + n, name: "Cờ " + strings.Join(words, " ")}, true
}

// parseBadge reads a "Huy hiệu": Huy hiệu Đảng, Huy hiệu 30 năm tuổi
// Đảng (both party badges), or a named badge of another body.
func parseBadge(s string, start, end int) (mention, bool) {
	rest := s[end:]
	m := mention{start: start, end: end, name: "Huy hiệu Đảng", party: true}
	if loc := partyRe.FindStringIndex(rest); loc != nil {
		m.end += loc[1]
		return m, true
	}
	if loc := tenureRe.FindStringSubmatchIndex(rest); loc != nil {
		m.name = "Huy hiệu " + rest[loc[2]:loc[3]] + " năm tuổi Đảng"
		m.end += loc[1]
		return m, true
	}
	if name, n := namedAfter(rest, nil); name != "" {
		return mention{start: start, end: end + n, name: "Huy hiệu" + name}, true
	}
	return m, true // a bare "Huy hiệu" in these articles is the party badge
}

// parseTitle reads a "danh hiệu ..." (an honorary or emulation title) and
// returns the title itself as the award ("Chiến sĩ thi đua cơ sở", "Anh
// hùng Lực lượng vũ trang nhân dân", "Tập thể lao động xuất sắc").
// Quality ratings ("danh hiệu trong sạch, vững mạnh", "gia đình văn hóa")
// are not awards.
func parseTitle(s string, start, end int) (mention, bool) {
	rest := s[end:]
	trimmed := strings.TrimLeft(rest, " \u00a0")
	lead := len(rest) - len(trimmed)
	var name string
	n := 0
	lower := strings.ToLower(headWindow(trimmed, maxNameBytes))
	switch {
	case quotedRe.MatchString(rest):
		loc := quotedRe.FindStringSubmatchIndex(rest)
		name, n = strings.TrimSpace(rest[loc[2]:loc[3]]), loc[1]
	case strings.HasPrefix(lower, "chiến sĩ thi đua") || strings.HasPrefix(lower, "chiến sỹ thi đua"):
		name, n = "Chiến sĩ thi đua", lead+len(lower[:strings.Index(lower, "thi đua")+len("thi đua")])
		if loc := cstdLevelRe.FindStringSubmatchIndex(rest[n:]); loc != nil {
			name += " " + strings.ToLower(rest[n+loc[2]:n+loc[3]])
			n += loc[1]
		}
	default:
		for _, t := range titleNames {
			if strings.HasPrefix(lower, t) && awWordBoundary(trimmed, 0, len(t)) {
				name, n = trimmed[:len(t)], lead+len(t)
				break
			}
		}
		if name == "" {
			words, k := capitalisedStart(trimmed, 10)
			if len(words) == 0 {
				return mention{}, false
			}
			name, n = strings.Join(words, " "), lead+k
		}
	}
	lname := strings.ToLower(name)
	for _, w := range ratingWords {
		if strings.Contains(lname, w) {
			return mention{}, false
		}
	}
	r, size := utf8.DecodeRuneInString(name)
	name = string(unicode.ToUpper(r)) + name[size:]
	return mention{start: start, end: end + n, name: name}, true
}

// giverStopWords end a giver or an unquoted name.
var giverStopWords = map[string]bool{
	"cho": true, "vì": true, "theo": true, "về": true, "do": true, "tại": true, "nhân": true,
	"trong": true, "với": true, "đã": true, "đến": true, "tới": true, "cùng": true, "khi": true,
	"sau": true, "dịp": true, "gồm": true, "có": true, "được": true, "nhằm": true, "để": true,
	"đối": true, "ghi": true, "trao": true, "tặng": true, "là": true, "ngày": true, "số": true,
	"năm": true, "vào": true, "từ": true, "qua": true, "nhận": true, "kèm": true, "và": true,
	"hoặc": true, "cũng": true, "đồng": true, "lần": true, "thuộc": true, "ở": true, "đang": true,
	"còn": true, "vừa": true, "đều": true, "vẫn": true,
}

// awardHeads are the first words of award nouns; "và" before one of them
// ends a giver.
var awardHeads = map[string]bool{"Bằng": true, "Giấy": true, "Cờ": true, "Huân": true, "Huy": true, "Kỷ": true, "Kỉ": true, "bằng": true, "giấy": true}

// wordsUntilStop reads up to max words of s until punctuation or a stop
// word ("và" goes on when a capitalised word other than an award follows,
// as in "Bộ Lao động - Thương binh và Xã hội"). It returns the words and
// the bytes they span.
func wordsUntilStop(s string, max int) ([]string, int) {
	var words []string
	end := 0
	pos := 0
	for len(words) < max {
		for pos < len(s) && (s[pos] == ' ' || strings.HasPrefix(s[pos:], "\u00a0")) {
			if s[pos] == ' ' {
				pos++
			} else {
				pos += len("\u00a0")
			}
		}
		if pos >= len(s) {
			break
		}
		w := s[pos:]
		if i := strings.IndexAny(w, " \u00a0,;:()\"“”‘’«»!?…"); i >= 0 {
			w = w[:i]
		}
		w = strings.TrimRight(w, ".")
		if w == "" {
			break
		}
		if w == "-" || w == "–" || w == "và" {
			nw := awNextWord(s[pos+len(w):])
			if nw == "" || awardHeads[nw] || !awStartsUpper(nw) {
				break
			}
			words = append(words, w)
			pos += len(w)
			continue
		}
		if len(words) > 0 && giverStopWords[w] {
			break
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) && len(words) > 0 && !awStartsUpper(words[len(words)-1]) {
			break
		}
		words = append(words, w)
		pos += len(w)
		end = pos
		if pos < len(s) && s[pos] == '.' {
			// "TP. Hồ Chí Minh" goes on; a full stop ends the giver.
			if !abbreviations[w] || !awStartsUpper(awNextWord(s[pos+1:])) {
				break
			}
			words[len(words)-1] += "."
			pos++
			end = pos
		}
	}
	for len(words) > 0 && (words[len(words)-1] == "-" || words[len(words)-1] == "–" || words[len(words)-1] == "và") {
		words = words[:len(words)-1]
	}
	return words, end
}

// awNextWord returns the first word of s.
func awNextWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",;:.()\"“”")
}

// awStartsUpper reports whether s begins with an upper-case letter.
func awStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// capitalisedWords reads up to max capitalised words at the start of s
// (a name such as "Tuổi trẻ sáng tạo" takes only its capitalised head).
func capitalisedWords(s string, max int) ([]string, int) {
	var words []string
	pos := 0
	for len(words) < max {
		rest := strings.TrimLeft(s[pos:], " ")
		w := rest
		if i := strings.IndexAny(w, " ,;:()\"“”.!?"); i >= 0 {
			w = w[:i]
		}
		if w == "" || !awStartsUpper(w) || awardHeads[w] || strings.EqualFold(w, "hạng") {
			break
		}
		pos += len(s[pos:]) - len(rest) + len(w)
		words = append(words, w)
	}
	return words, pos
}

// capitalisedStart reads a name that starts with a capital letter and runs
// to a stop word or punctuation ("Anh hùng Lực lượng vũ trang nhân dân").
func capitalisedStart(s string, max int) ([]string, int) {
	if !awStartsUpper(s) {
		return nil, 0
	}
	return wordsUntilStop(s, max)
}

// mergeMentions joins award nouns separated only by "và", "," or "hoặc"
// (and at most two lower-case qualifiers such as "toàn diện"), which share
// the counts that follow them: "Bằng khen toàn diện và Bằng khen phong
// trào: 202 tập thể" is one Bằng khen, and two classes of one order
// ("Huân chương Lao động hạng Nhì và Huân chương Lao động hạng Ba") are
// the order; "bằng khen và giấy khen" over one count is marked mixed (A14).
func mergeMentions(s string, ms []mention) []mention {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:1]
	for _, m := range ms[1:] {
		prev := &out[len(out)-1]
		if !prev.party && !m.party && !prev.generic && joinGapRe.MatchString(s[prev.end:m.start]) {
			switch {
			case m.name == prev.name:
			case prev.base != "" && prev.base == m.base:
				prev.name = prev.base // classes of one order
			default:
				prev.mixed = true
			}
			prev.end = m.end
			continue
		}
		out = append(out, m)
	}
	return out
}

// joinGapRe is the text between two award nouns that share their counts,
// also in a tally of medals ("1 Huân chương Độc lập hạng Nhất, 6 Huân
// chương Độc lập hạng Nhì, ... cho 200 gia đình").
var joinGapRe = regexp.MustCompile(`^\s*(?:\p{Ll}+\s+){0,2}(?:và|,|hoặc|cùng)\s*(?:\d[\d.]*\s+)?$`)

// genericRe finds "khen thưởng" used as a verb.
var (
	genericRe     = regexp.MustCompile(`(?:^|[\s,])(khen thưởng|Khen thưởng)(?:[^\p{L}]|$)`)
	notGenericRe  = regexp.MustCompile(`(?i)(?:thi đua|công tác|xét|hội đồng|quỹ|tiền|mức|hình thức|đề nghị)[\s,\-–]*$`)
	clauseStartRe = regexp.MustCompile(`^\W*$`)
)

// findGenericMentions returns "khen thưởng" used as the verb of an award
// whose distinction is not named ("khen thưởng 20 tập thể").
func findGenericMentions(s string) []mention {
	if !strings.Contains(s, "hen thưởng") {
		return nil
	}
	var ms []mention
	for _, loc := range genericRe.FindAllStringSubmatchIndex(s, -1) {
		start, end := loc[2], loc[3]
		if s[start] == 'K' && (start > 8 || !clauseStartRe.MatchString(s[:start])) {
			continue // "Hội đồng Thi đua - Khen thưởng" is a name
		}
		if notGenericRe.MatchString(tailWindow(s[:start], 40)) {
			continue
		}
		ms = append(ms, mention{start: start, end: end, name: genericAward, generic: true})
	}
	return ms
}

// Recipient units (A17): kind unsplit (counts of collectives and
// individuals together), collective or individual.
const (
	unitUnsplit = 1 + iota
	unitCollective
	unitIndividual
)

// recipientUnits are the words that follow a count of recipients, longest
// first so that "đảng bộ cơ sở" wins over "đảng bộ".
var recipientUnits = sortedUnits(map[string]int{
	"trường hợp": unitUnsplit, "điển hình": unitUnsplit, "gương điển hình": unitUnsplit,
	"tập thể": unitCollective, "đơn vị": unitCollective, "chi bộ": unitCollective,
	"đảng bộ cơ sở": unitCollective, "đảng bộ": unitCollective, "chi đoàn": unitCollective,
	"đoàn cơ sở": unitCollective, "tổ chức cơ sở đảng": unitCollective, "tổ chức đảng": unitCollective,
	"công đoàn cơ sở": unitCollective, "hộ gia đình": unitCollective, "gia đình": unitCollective,
	"cơ quan": unitCollective, "doanh nghiệp": unitCollective, "hợp tác xã": unitCollective,
	"thị trấn": unitCollective, "xã": unitCollective, "phường": unitCollective,
	"trường học": unitCollective, "khu dân cư": unitCollective, "tổ dân phố": unitCollective,
	"khu phố": unitCollective,
	"cá nhân": unitIndividual, "đồng chí": unitIndividual, "đảng viên": unitIndividual,
	"cán bộ, chiến sĩ": unitIndividual, "cán bộ chiến sĩ": unitIndividual, "cán bộ": unitIndividual,
	"công chức": unitIndividual, "viên chức": unitIndividual, "người lao động": unitIndividual,
	"người": unitIndividual, "chiến sĩ thi đua": unitIndividual, "chiến sĩ": unitIndividual,
	"chiến sỹ thi đua": unitIndividual, "chiến sỹ": unitIndividual,
	"tấm gương": unitIndividual, "gương": unitIndividual, "hội viên": unitIndividual,
	"đoàn viên": unitIndividual, "học sinh": unitIndividual, "sinh viên": unitIndividual,
	"giáo viên": unitIndividual, "nhà giáo": unitIndividual, "công nhân": unitIndividual,
	"bí thư chi đoàn": unitIndividual, "bí thư chi bộ": unitIndividual, "cựu chiến binh": unitIndividual,
	"đội viên": unitIndividual, "y, bác sĩ": unitIndividual, "y bác sĩ": unitIndividual,
	"bác sĩ": unitIndividual, "nhân viên": unitIndividual, "học viên": unitIndividual,
	"liệt sĩ": unitIndividual, "cộng tác viên": unitIndividual, "doanh nhân": unitIndividual,
	"nông dân": unitIndividual,
})

// recipientUnit is one word that counts recipients.
type recipientUnit struct {
	word string
	kind int
}

// sortedUnits returns the units of m, longest first.
func sortedUnits(m map[string]int) []recipientUnit {
	us := make([]recipientUnit, 0, len(m))
	for w, k := range m {
		us = append(us, recipientUnit{w, k})
	}
	sort.Slice(us, func(i, j int) bool {
		if len(us[i].word) != len(us[j].word) {
			return len(us[i].word) > len(us[j].word)
		}
		return us[i].word < us[j].word
	})
	return us
}

// numberWords are the words a count written in words ends with.
var numberWords = map[string]bool{
	"một": true, "hai": true, "ba": true, "bốn": true, "tư": true, "năm": true, "lăm": true,
	"nhăm": true, "sáu": true, "bảy": true, "bẩy": true, "tám": true, "chín": true, "mười": true,
	"mươi": true, "mốt": true, "trăm": true, "nghìn": true, "ngàn": true,
}

// approxWords before a count make it approximate ("hơn 500 cá nhân").
var approxWords = map[string]bool{
	"hơn": true, "trên": true, "gần": true, "khoảng": true, "hàng": true, "xỉ": true,
	"chừng": true, "tới": true, "ước": true, "ngót": true,
}

var (
	// groupGapRe is the text allowed between two counts of one group.
	groupGapRe = regexp.MustCompile(`(?i)^[^;:0-9]*(?:,|\s(?:và|cùng|với)\s)[^;:0-9]*$`)
	// groupBreakRe, between two counts, starts a new statement.
	groupBreakRe = regexp.MustCompile(`(?i)(?:^|\s)(?:tặng|trao|cho|được|nhận|quà|kiểm tra|giám sát|kỷ luật|kết nạp|công nhận|tuyên dương|biểu dương|khen thưởng|vinh danh)(?:\s|$)`)
)

// count is one "N unit" in a clause.
type count struct {
	start, end int
	n          int
	kind       int  // 1 unsplit, 2 collective, 3 individual
	strict     bool // of tập thể or cá nhân
	vague      bool // approximate ("hơn 500 cá nhân") or of cases ("3.148 trường hợp"), as statistics give them (X12)
}

// findCountGroups returns the counts of recipients in s, grouped into
// runs such as "37 tập thể và 63 cá nhân".
func findCountGroups(s string) []countGroup {
	var cs []count
	prevStart, prevEnd := -1, -1 // the word before the current one
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		j := i + 1
		for j < len(s) && spaceAt(s, j) == 0 {
			j++
		}
		if prevStart >= 0 && countLike(s[prevStart:prevEnd]) {
			if c, ok := countAt(s, i); ok {
				cs = append(cs, c)
			}
		}
		prevStart, prevEnd = i, j
		i = j
	}
	var gs []countGroup
	first := 0 // the first count of the current group
	for i := 1; i <= len(cs); i++ {
		if i == len(cs) || !joinsGroup(s[cs[i-1].end:cs[i].start]) {
			gs = append(gs, makeGroup(cs[first:i:i]))
			first = i
		}
	}
	return gs
}

// makeGroup returns the count group of the counts parts.
func makeGroup(parts []count) countGroup {
	g := countGroup{start: parts[0].start, end: parts[len(parts)-1].end, parts: parts}
	for _, c := range parts {
		if c.vague {
			continue
		}
		g.known++
		g.units += c.n
		if !c.strict || c.kind == unitUnsplit {
			continue
		}
		if c.kind == unitCollective {
			g.collectives += c.n
		} else {
			g.individuals += c.n
		}
		g.counted++
	}
	return g
}

// tailLeadRe is the text between an award and the counts of its
// recipients right after it ("tặng Cờ thi đua của UBND tỉnh cho ").
var tailLeadRe = regexp.MustCompile(`^\s*(?:(?:\p{Ll}+\s+){0,2}của\s+[^,;:()]{1,100}?\s+)?(?:cho\s*|:\s*)?$`)

// splitPassiveTails splits off the last count of a group that runs from
// the recipients of one award into a passive statement of the next one
// ("tặng Cờ thi đua cho 9 tập thể, 21 cá nhân được tặng danh hiệu Chiến sĩ
// thi đua"): the count right before "được tặng" is the next award's.
func splitPassiveTails(s string, ms []mention, gs []countGroup) []countGroup {
	var out []countGroup
	for _, g := range gs {
		if len(g.parts) > 1 && passiveTail(s, ms, g) {
			n := len(g.parts) - 1
			out = append(out, makeGroup(g.parts[:n:n]), makeGroup(g.parts[n:]))
			continue
		}
		out = append(out, g)
	}
	return out
}

// passiveTail reports whether count group g follows an award given to it
// and is followed by a passive verb and another award.
func passiveTail(s string, ms []mention, g countGroup) bool {
	if !immediatePassiveRe.MatchString(s[g.end:]) {
		return false
	}
	before, after := false, false
	for _, m := range ms {
		if m.end <= g.start && g.start-m.end <= maxBackwardGap {
			before = tailLeadRe.MatchString(s[m.end:g.start])
		}
		if m.start >= g.end && m.start-g.end <= maxForwardGap {
			after = true
			break
		}
	}
	return before && after
}

// joinsGroup reports whether gap, the text between two counts, makes them
// one group ("37 tập thể và 63 cá nhân", "89 cá nhân, 7 tập thể").
func joinsGroup(gap string) bool {
	return len(gap) <= maxGroupGap && groupGapRe.MatchString(gap) &&
		!awardNounRe.MatchString(gap) && !groupBreakRe.MatchString(gap)
}

// spaceAt returns the length of the space (ASCII white space or no-break
// space) at offset i of s, or 0.
func spaceAt(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// countLike reports whether word may end a count: it ends with a digit or
// is a number word.
func countLike(word string) bool {
	r, _ := utf8.DecodeLastRuneInString(word)
	if r >= '0' && r <= '9' {
		return true
	}
	if len(word) > len("nghìn") {
		return false
	}
	if numberWords[word] {
		return true
	}
	return awStartsUpper(word) && numberWords[strings.ToLower(word)]
}

// countAt reads the recipient unit that starts at offset i of s and the
// count before it.
func countAt(s string, i int) (count, bool) {
	for _, u := range recipientUnits {
		end := i + len(u.word)
		if end > len(s) || !strings.EqualFold(s[i:end], u.word) || !awWordBoundary(s, i, end) {
			continue
		}
		n, start, ok := vntext.CountBefore(s, i)
		if !ok {
			return count{}, false
		}
		c := count{start: start, end: end, n: n, kind: u.kind}
		switch u.word {
		case "tập thể":
			c.strict = true
			if e, ok := unsplitAfter(s, end, "cá nhân"); ok {
				c.kind, c.end = unitUnsplit, e
			}
		case "cá nhân":
			c.strict = true
			if e, ok := unsplitAfter(s, end, "tập thể"); ok {
				c.kind, c.end = unitUnsplit, e
			}
		}
		c.vague = approxWords[strings.ToLower(lastWord(s[:start]))] || u.word == "trường hợp"
		return c, true
	}
	return count{}, false
}

// unsplitAfter reports whether s at offset i goes on with ", cá nhân", "và
// cá nhân" or "hoặc cá nhân" (other is the other unit), the unsplit form
// "30 tập thể và cá nhân" (A16), and returns where it ends.
func unsplitAfter(s string, i int, other string) (int, bool) {
	rest := strings.TrimLeft(s[i:], " ")
	switch {
	case strings.HasPrefix(rest, ","):
		rest = rest[1:]
	case strings.HasPrefix(rest, "và "):
		rest = rest[len("và "):]
	case strings.HasPrefix(rest, "hoặc "):
		rest = rest[len("hoặc "):]
	default:
		return 0, false
	}
	rest = strings.TrimLeft(rest, " ")
	start := len(s) - len(rest)
	end := start + len(other)
	if end > len(s) || !strings.EqualFold(s[start:end], other) || !awWordBoundary(s, start, end) {
		return 0, false
	}
	return end, true
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Binding words.
var (
	// passiveRe marks a clause whose recipients come first ("được nhận").
	passiveRe = regexp.MustCompile(`(?i)(?:^|\s)(?:được|nhận)(?:\s|$)`)
	// immediatePassiveRe is a passive verb right after the counts.
	immediatePassiveRe = regexp.MustCompile(`(?i)^\s*,?\s*(?:(?:đã|cũng|đều|vừa|đồng thời|lần lượt|vinh dự|vinh dự được|đã vinh dự)\s+)*(?:được|nhận|đón nhận)\s`)
	// backLinkRe links an award to the counts after it.
	backLinkRe = regexp.MustCompile(`(?i)(?:^|\s)(?:cho|đến|tới|với)(?:\s|$)|:`)
	// awardVerbRe is a verb that gives or receives an award.
	awardVerbRe = regexp.MustCompile(`(?i)(?:^|[\s,])(?:tặng|trao|khen thưởng|phong|truy tặng|công nhận|nhận|đón nhận|được|ký quyết định|cấp)(?:[\s,:]|$)`)
	// newVerbRe, between an award and counts after it, starts another
	// giving ("... và tặng giấy chứng nhận cho 30 cá nhân").
	newVerbRe = regexp.MustCompile(`(?i)(?:,|\svà)\s+(?:đồng thời\s+|cũng\s+)?(?:tặng|trao|cấp)\s`)
	// praiseVerbRe, between the award's recipients and more counts,
	// starts a commendation that names no distinction ("trao Kỷ niệm
	// chương cho 11 cá nhân và tuyên dương 31 tập thể, 43 cá nhân"): its
	// counts are not the award's.
	praiseVerbRe = regexp.MustCompile(`(?i)(?:,|\svà)\s+(?:đồng thời\s+|cũng\s+)?(?:tuyên dương|biểu dương|khen thưởng|vinh danh)\s`)
	// gapBlockedRe, between counts and an award, marks gifts, attendance
	// and other business (X4, X6); money is never a count (X5).
	gapBlockedRe = regexp.MustCompile(`(?i)quà|học bổng|suất|lượt|điểm cầu|kết nạp|kỷ luật|kỉ luật|mô hình`)
	// pastRe marks an award received before the article's event (X17).
	pastRe = regexp.MustCompile(`(?i)(?:đã\s+)?từng\s+(?:được|nhận)|trước đó|trước đây`)
)

// bind returns the mention that count group gi belongs to: the award after
// it when a passive verb leads there, otherwise the award before it.
func (c sentenceClause) bind(ms []mention, gs []countGroup, gi int, counts [][]int) (int, bool) {
	g := gs[gi]
	next, prev := -1, -1
	for i, m := range ms {
		if m.start >= g.end && next < 0 {
			next = i
		}
		if m.end <= g.start {
			prev = i
		}
	}
	if next >= 0 && gi+1 < len(gs) && gs[gi+1].start < ms[next].start {
		next = -1 // a nearer count group precedes that award
	}
	fwd := next >= 0 && c.forwardOK(g, ms[next])
	back := prev >= 0 && c.backwardOK(g, ms[prev], gs, counts[prev])
	if fwd && back {
		if immediatePassiveRe.MatchString(c.text[g.end:ms[next].start]) {
			back = false
		} else {
			fwd = false
		}
	}
	switch {
	case fwd:
		return next, true
	case back:
		return prev, true
	}
	return 0, false
}

// forwardOK reports whether counts g are the recipients of the award m that
// follows them ("37 tập thể và 63 cá nhân được nhận Bằng khen").
func (c sentenceClause) forwardOK(g countGroup, m mention) bool {
	gap := c.text[g.end:m.start]
	if len(gap) > maxForwardGap || !passiveRe.MatchString(gap) {
		return false
	}
	if m.generic && !strings.HasSuffix(strings.TrimSpace(gap), "được") && !genericPassiveRe.MatchString(gap) {
		return false
	}
	if gapBlockedRe.MatchString(gap) || c.pastBefore(m.start) || c.blockedBefore(g) {
		return false
	}
	return !c.proposal(m.end)
}

// moneyRe is a sum of money ("số tiền thưởng", "10 triệu đồng").
var moneyRe = regexp.MustCompile(`(?i)tiền|\d[\d.,]*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|vnđ|vnd)(?:\P{L}|$)`)

// otherGiving reports whether gap, between an award and counts after it,
// starts another giving ("... và tặng giấy chứng nhận cho 30 cá nhân"),
// whose recipients are not the award's. Money handed over with the award
// right after it ("tặng Giấy khen và trao số tiền thưởng 10 triệu đồng
// cho ...", X5) is not another giving: the money is not counted, its
// recipients are the award's.
func otherGiving(gap string, withAward bool) bool {
	loc := newVerbRe.FindStringIndex(gap)
	if loc == nil {
		return false
	}
	return !withAward || !moneyRe.MatchString(gap[loc[1]:])
}

// genericPassiveRe is "được <giver>" right before "khen thưởng".
var genericPassiveRe = regexp.MustCompile(`được\s+\p{Lu}[^,;:]{0,60}$`)

// backwardOK reports whether counts g are the recipients of the award m
// before them ("tặng Bằng khen cho 25 tập the", "Bằng khen: 5 tập thể").
func (c sentenceClause) backwardOK(g countGroup, m mention, gs []countGroup, bound []int) bool {
	from := m.end
	if len(bound) > 0 {
		from = max(from, gs[bound[len(bound)-1]].end)
	}
	gap := c.text[from:g.start]
	if len(gap) > maxBackwardGap || gapBlockedRe.MatchString(gap) || otherGiving(gap, from == m.end) || c.pastBefore(g.start) || c.blockedBefore(g) ||
		from > m.end && praiseVerbRe.MatchString(gap) {
		return false
	}
	trimmed := strings.TrimSpace(gap)
	if m.generic {
		if trimmed != "" && !strings.EqualFold(trimmed, "cho") {
			return false
		}
	} else if trimmed != "" && trimmed != "," && !backLinkRe.MatchString(gap) && !(from > m.end && groupGapRe.MatchString(gap)) &&
		!(from == m.end && c.handedTo(m, gap)) {
		return false
	}
	if !strings.Contains(gap, ":") && !(c.verbAt >= 0 && c.verbAt < c.off+m.start) && !awardVerbRe.MatchString(gap) && !m.generic {
		return false
	}
	return !c.proposal(g.end)
}

// Awards handed over ("trao") to recipients linked by "tặng".
var (
	// handOverVerbRe is "trao" alone right before an award.
	handOverVerbRe = regexp.MustCompile(`(?i)(?:^|[\s,])trao\s*$`)
	// handedToRe is the text between such an award and its recipients:
	// its giver, then "tặng" where "cho" would be ("trao Huân chương Lao
	// động hạng Ba của Chủ tịch nước tặng ba cá nhân").
	handedToRe = regexp.MustCompile(`^\s*(?:(?:\p{Ll}+\s+){0,2}của\s+[^,;:()]{1,100}?\s+)?tặng\s*$`)
)

// handedTo reports whether gap, the text between award m and the counts
// after it, links them with "tặng" after an award handed over with
// "trao": the counts are its recipients, as after "cho".
func (c sentenceClause) handedTo(m mention, gap string) bool {
	return handedToRe.MatchString(gap) && handOverVerbRe.MatchString(tailWindow(c.text[:m.start], 40))
}

// medalRecipientRe is what follows an award given as a count of medals to
// recipients of one kind without a count of their own ("trao tặng 96 kỷ
// niệm chương ... cho cá nhân có cống hiến xuất sắc"): its giver, if
// named, then "cho" and the kind.
var medalRecipientRe = regexp.MustCompile(`^\s*(?:(?:\p{Ll}+\s+){0,2}của\s+[^,;:()]{1,100}?\s+)?cho\s+(?:các\s+|những\s+)?(?i:(cá nhân|tập thể))`)

// countedMedals reads an award given as a count of its medals or
// certificates to recipients named only by their kind, and returns where
// the count starts ("trao tặng 96 kỷ
// niệm chương Vì sự nghiệp Đại đoàn kết dân tộc cho cá nhân ..."): each
// goes to one recipient, so the count is of the recipients. The award must
// be given in the active voice, and the kind must stand alone: "cho cá
// nhân và tập thể" does not split the count, and "cho tập thể Trường ..."
// names one recipient.
func (c sentenceClause) countedMedals(m mention) (collectives, individuals, start int, ok bool) {
	n, start, ok := vntext.CountBefore(c.text, m.start)
	if !ok || n <= 0 || !activeVerbRe.MatchString(tailWindow(c.text[:start], 40)) {
		return 0, 0, 0, false
	}
	rest := c.text[m.end:]
	loc := medalRecipientRe.FindStringSubmatchIndex(rest)
	if loc == nil || c.proposal(m.end+loc[1]) || c.pastBefore(m.start) {
		return 0, 0, 0, false
	}
	after := rest[loc[1]:]
	if after != "" && !awWordBoundary(rest, loc[2], loc[3]) {
		return 0, 0, 0, false
	}
	if next := strings.TrimLeft(after, " \u00a0"); next != "" {
		r, _ := utf8.DecodeRuneInString(next)
		word := awNextWord(after)
		if next == after && !strings.ContainsRune(".;:!?)", r) || r == ',' || unicode.IsUpper(r) || unicode.IsDigit(r) ||
			word == "và" || word == "hoặc" || word == "cùng" {
			return 0, 0, 0, false
		}
	}
	if strings.EqualFold(rest[loc[2]:loc[3]], "cá nhân") {
		return 0, n, start, true
	}
	return n, 0, start, true
}

// maxNameBytes bounds the text after an award noun read for its name.
const maxNameBytes = 160

// headWindow returns the first n bytes of s or fewer, cut at a character
// boundary.
func headWindow(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// maxSubjectBytes bounds the text before an award searched for the verb
// and its subject.
const maxSubjectBytes = 320

// tailWindow returns the last n bytes of s or fewer, cut at a character
// boundary.
func tailWindow(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// blockedWords, at most twelve characters before a count, make its
// recipients something other than award recipients: inspections,
// discipline, admissions, elections, gifts, models, ratings (X1-X3, X6,
// X8-X10, X16).
var blockedWords = []string{
	"kiểm tra", "giám sát", "kỷ luật", "kỉ luật", "xử lý", "vi phạm", "kết nạp", "bầu",
	"chỉ định", "quà", "học bổng", "mô hình", "xếp loại", "đối với", "thăm hỏi", "hỗ trợ",
}

// blockedBefore reports whether the words just before counts g make them
// something other than award recipients ("kiểm tra 759 tổ chức đảng").
func (c sentenceClause) blockedBefore(g countGroup) bool {
	w := strings.ToLower(tailWindow(c.text[:g.start], 48))
	for _, b := range blockedWords {
		if i := strings.LastIndex(w, b); i >= 0 {
			rest := w[i+len(b):]
			if utf8.RuneCountInString(rest) <= 12 && !strings.ContainsAny(rest, ",;:") {
				return true
			}
		}
	}
	return false
}

// cumulativeLeadRe, before the first count or award of a clause, marks
// figures summed over past years ("giai đoạn 2016 - 2020, toàn tỉnh có
// 1.238 tập thể ...", X12).
var cumulativeLeadRe = regexp.MustCompile(`(?i)(?:^|[\s,(])(?:giai đoạn \d{4}\s*[-–]\s*\d{4}|từ năm \d{4}|trong \d+ năm qua|\d+ năm qua|nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|những năm qua|nhiều năm qua|từ trước đến nay|tính đến nay|lũy kế|luỹ kế|tổng cộng)`)

// cumulativeHints are fragments, in lower case, one of which every match
// of cumulativeLeadRe holds.
var cumulativeHints = []string{"giai đoạn", "từ năm", "năm qua", "nhiệm kỳ", "đến nay", "lũy kế", "luỹ kế", "tổng cộng"}

// allLevelsRe marks awards "of all levels" ("được khen thưởng các cấp",
// "được các cấp tặng Bằng khen"), which are statistics (X12).
var allLevelsRe = regexp.MustCompile(`(?i)(?:^|\s)các cấp(?:\s|$|[,.;])`)

// wholeUnitHasRe, right before the counts, states the figures of a whole
// province, district or branch ("Toàn tỉnh Bắc Ninh đã có 300 tập thể
// ... được tặng", X12): a statistic, not an award of the event.
var wholeUnitHasRe = regexp.MustCompile(`(?i)(?:^|[\s,(])(?:toàn|cả)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|ngành|khối|quân|lực lượng|đảng bộ|nước)(?:\s+[^\s,;:]+){0,4}?\s+(?:đã\s+|từng\s+)?có\s+(?:(?:tổng số|tổng cộng|hơn|trên|gần|khoảng)\s+)?$`)

// cumulative reports whether award m, with the count groups bound to it,
// is a figure summed over past years rather than an award of the event.
func (c sentenceClause) cumulative(m mention, bound []int, groups []countGroup) bool {
	first := m.start
	for _, gi := range bound {
		first = min(first, groups[gi].start)
	}
	lead := c.text[:first]
	if awContainsAny(c.lower, cumulativeHints) && cumulativeLeadRe.MatchString(lead) {
		return true
	}
	if len(bound) > 0 && first < m.start && (strings.Contains(c.lower, "toàn") || strings.Contains(c.lower, "cả")) &&
		wholeUnitHasRe.MatchString(tailWindow(lead, 120)) {
		return true
	}
	last := m.end
	for _, gi := range bound {
		last = max(last, groups[gi].end)
	}
	return allLevelsRe.MatchString(c.text[first:min(len(c.text), last+len(" các cấp."))])
}

// proposal reports whether the clause up to offset end proposes awards
// rather than reporting them.
func (c sentenceClause) proposal(end int) bool {
	return c.proposalAt >= 0 && c.proposalAt < end
}

// pastBefore reports whether the clause before offset end marks a past
// award ("đã từng được", "trước đó").
func (c sentenceClause) pastBefore(end int) bool {
	return c.pastAt >= 0 && c.pastAt < end
}

// pastHints are fragments, in lower case, one of which every match of
// pastRe contains.
var pastHints = []string{"từng", "trước đ"}

// Proposal words (X7), in lower case.
var (
	// proposalHints are the first words of proposalRe's matches.
	proposalHints = []string{"đề nghị", "kiến nghị", "đề xuất", "xét ", "hiệp y", "dự kiến", "trình"}
	// proposalRe, at one of proposalHints, is a proposal word.
	proposalRe = regexp.MustCompile(`^(?:đề nghị|đề xuất|kiến nghị|xét (?:tặng|khen|duyệt)|hiệp y|dự kiến (?:tặng|trao|khen)|trình\s+(?:thủ tướng|chủ tịch|chính phủ|bộ|ubnd|ban|cấp|hội đồng|tỉnh|thành))`)
	// basisRe ends the text before a proposal on which an award is
	// decided ("Theo đề nghị của Giám đốc Sở Nội vụ, ...", "Xét đề nghị
	// của ..."): the award is given, not proposed.
	basisRe = regexp.MustCompile(`(?:^|\s)(?:theo|xét|trên cơ sở|căn cứ)\s*$`)
	// trinhNounRe ends the text before a "trình" that is part of a noun
	// ("chương trình cấp tỉnh", "công trình"), not the verb "submit".
	trinhNounRe = regexp.MustCompile(`(?:^|\s)(?:chương|quá|công|lộ|tiến|hành|giáo|phương)\s+$`)
)

// findProposal returns the offset in lower, a clause in lower case, of its
// first proposal word that is not the basis of a decision, or -1.
func findProposal(lower string) int {
	for from := 0; from < len(lower); {
		at, next := -1, 0
		for _, h := range proposalHints {
			if i := strings.Index(lower[from:], h); i >= 0 && (at < 0 || from+i < at) {
				at, next = from+i, from+i+len(h)
			}
		}
		if at < 0 {
			return -1
		}
		from = next
		loc := proposalRe.FindStringIndex(lower[at:])
		if loc == nil || at > 0 && awIsWordRune(lower, at) ||
			strings.HasPrefix(lower[at:], "trình") && trinhNounRe.MatchString(tailWindow(lower[:at], 16)) {
			continue
		}
		if !basisRe.MatchString(tailWindow(lower[:at], 24)) || !strings.HasPrefix(strings.TrimLeft(lower[at+loc[1]:], " "), "của ") {
			return at
		}
	}
	return -1
}

// firstMatch returns the offset of the first match of re in s, or -1.
func firstMatch(re *regexp.Regexp, s string) int {
	if loc := re.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// Named recipients (A15).
var (
	namedLeadRe = regexp.MustCompile(`^\s*` + cashPrizeRe + meritRe + `(?:(?:\p{Ll}+\s+){0,2}của\s+[^,;:()]{1,100}?\s+)?cho\s+`)
	// populationRe is a unit's whole people, one collective recipient.
	populationRe = regexp.MustCompile(`^(?i:cán bộ|nhân dân|quân và dân|đảng bộ,? chính quyền|đảng bộ và nhân dân|cán bộ, chiến sĩ)(?:[\s,]|$)`)
	orgRe        = regexp.MustCompile(`^(?:Sở|Ban|Bộ|Cục|Chi cục|Tổng cục|Vụ|Phòng|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|UBND|Ủy ban|Uỷ ban|HĐND|Hội|Công an|Trường|Bệnh viện|Công ty|Tổng công ty|Liên đoàn|Đoàn|Trung tâm|Báo|Đài|Nhà máy|Hợp tác xã|HTX|Viện|Văn phòng|Mặt trận|Tòa án|Toà án|Kho bạc|Ngân hàng|Tập đoàn|Liên hiệp|Liên minh|Trung đoàn|Sư đoàn|Lữ đoàn|Tiểu đoàn|Đại đội|Đồn|Hải đội|Binh đoàn|Quân khu|Bộ Chỉ huy|Bộ đội|Lực lượng|Cảnh sát|Thanh tra|Cục Thuế|Chi cục Thuế|Hạt Kiểm lâm|Kiểm lâm|BĐBP|BCHQS|Học viện|Quân đoàn|Quân chủng|Hải đoàn|Vùng Cảnh sát|(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+\p{Lu})`)
	personRe     = regexp.MustCompile(`^(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đ/c|Đ/c|liệt sĩ|Liệt sĩ|Mẹ|mẹ|anh|chị|em|Em|cháu|Cháu|thầy|cô|thầy giáo|cô giáo|Thầy|Cô|Thầy giáo|Cô giáo|học sinh|sinh viên|nhà giáo|bác sĩ|` + militaryRanks + `)\s+\p{Lu}`)
	namedStopRe  = regexp.MustCompile(`\s(?:vì|có|đã|do|nhân dịp|trong|là|với|về|theo|tại|nhằm|để)\s`)
	namedSplitRe = regexp.MustCompile(`\s*,\s*|\s+và\s+`)
	activeVerbRe = regexp.MustCompile(`(?i)(?:^|[\s,])(?:trao tặng|tặng thưởng|phong tặng|truy tặng|tặng|trao|khen tặng)\s*$`)
)

// militaryRanks are the ranks of officers and non-commissioned officers of
// the army and the police, which open a person's name ("Thiếu tướng
// Nguyễn Hữu Mạnh", "Đại úy Lê Văn A").
const militaryRanks = `(?i:đại tướng|thượng tướng|trung tướng|thiếu tướng|đô đốc|phó đô đốc|chuẩn đô đốc|đại tá|thượng tá|trung tá|thiếu tá|đại [uú][yý]|thượng [uú][yý]|trung [uú][yý]|thiếu [uú][yý]|thượng sĩ|trung sĩ|hạ sĩ)`

// cashPrizeRe is the money given with an award, between the award and
// its recipients ("Bằng khen và tiền thưởng 200 triệu đồng cho ..."); the
// money is never a count (X5).
const cashPrizeRe = `(?:và\s+(?:số\s+)?tiền\s+thưởng(?:\s+(?:trị giá\s+)?[\d.,]+\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|VNĐ|vnđ))?\s+)?`

// meritRe is the merit an award is given for, between the award and its
// recipients ("Bằng khen có thành tích xuất sắc trong công tác Đoàn cho
// ...").
const meritRe = `(?:(?:vì\s+|do\s+|về\s+)?(?:đã\s+)?(?:có|đạt)\s+thành\s+tích[^,;:()]{1,200}?\s+)?`

// ourSchoolRe is the school an article is about, named as "nhà trường":
// one collective when an award is given to it ("trao Huân chương Lao
// động hạng Nhì cho nhà trường"), but not as the subject of a passive
// verb, which tells of its earlier awards ("nhà trường đã được tặng ...").
var ourSchoolRe = regexp.MustCompile(`^(?i:nhà trường)$`)

// namedRecipients counts the recipients an award is given to by name
// ("tặng Huân chương Độc lập hạng Ba cho Sở Nội vụ", A15): each named body
// is one collective, each named person one individual. The award must be
// given in the active voice, and the clause must not be a proposal. It
// returns the names and whether they run to the end of the clause, where
// the list may go on in the next one.
func (c sentenceClause) namedRecipients(m mention) (names nameList, ok bool) {
	if !activeVerbRe.MatchString(tailWindow(c.text[:m.start], 40)) {
		return nameList{}, false
	}
	rest := c.text[m.end:]
	loc := namedLeadRe.FindStringIndex(rest)
	if loc == nil || c.proposal(m.end+loc[1]) || c.pastBefore(m.start) {
		return nameList{}, false
	}
	list := rest[loc[1]:]
	cut := false
	if i := namedStopRe.FindStringIndex(list); i != nil {
		list, cut = list[:i[0]], true
	}
	names = countNames(list, false, nameList{})
	names.all = names.all && !cut
	return names, names.collectives+names.individuals > 0
}

// namedBeforeCountRe ends the names listed before a count of the same
// award's recipients ("cho tập thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02
// cá nhân").
var namedBeforeCountRe = regexp.MustCompile(`\s*(?:,|\svà|,\s*và)\s*$`)

// namesBeforeCount counts the recipients named by award m before g, the
// first count bound to it, in one list of recipients given the award in
// the active voice ("tặng thưởng Huân chương Chiến công hạng Nhì cho tập
// thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02 cá nhân", A15): every part
// between "cho" and the count must name a body or a person.
func (c sentenceClause) namesBeforeCount(m mention, g countGroup) (names nameList, ok bool) {
	if g.start <= m.end || !activeVerbRe.MatchString(tailWindow(c.text[:m.start], 40)) {
		return nameList{}, false
	}
	rest := c.text[m.end:g.start]
	loc := namedLeadRe.FindStringIndex(rest)
	end := namedBeforeCountRe.FindStringIndex(rest)
	if loc == nil || end == nil || end[0] <= loc[1] || c.proposal(m.end+loc[1]) || c.pastBefore(m.start) {
		return nameList{}, false
	}
	list := rest[loc[1]:end[0]]
	if strings.ContainsAny(list, ";:()") || len(findCountGroups(list)) > 0 {
		return nameList{}, false
	}
	names = countNames(list, true, nameList{})
	return names, names.collectives+names.individuals > 0
}

// namedPassiveRe is the passive verb after the named recipients of an
// award and before the award or its giver ("Sở Nội vụ được Chủ tịch nước
// tặng", "Phòng PC45 Công an tỉnh vinh dự đón nhận").
var namedPassiveRe = regexp.MustCompile(`(?:^|\s)(?:(?:đã|vừa|cũng|đều|vinh dự|lần lượt)\s+)*(?:được|đón nhận|nhận)\s`)

// namedSubjects counts the recipients named as the subject of an award
// given in the passive voice ("Sở Nội vụ được Chủ tịch nước tặng Huân
// chương Độc lập hạng Ba", A15) and returns the text from the passive
// verb to the award, where the giver is read. Every part of the subject
// must name a body or a person.
func (c sentenceClause) namedSubjects(m mention) (names nameList, gap string, ok bool) {
	before := tailWindow(c.text[:m.start], maxSubjectBytes)
	locs := namedPassiveRe.FindAllStringIndex(before, -1)
	if len(locs) == 0 || c.proposal(m.end) || c.pastBefore(m.start) {
		return nameList{}, "", false
	}
	loc := locs[len(locs)-1]
	if ceremonyNounRe.MatchString(before[:loc[0]]) {
		// "X tổ chức Lễ đón nhận Huân chương": the ceremony's host X
		// receives the award. Its name is not kept, so that a later
		// statement of the award to a part of X merges with it.
		host := ceremonyHostRe.FindStringSubmatch(before[:loc[0]])
		if host == nil || c.proposal(m.end) || c.pastBefore(m.start) {
			return nameList{}, "", false
		}
		subject := strings.TrimSpace(host[1])
		if i := lastSplit(subject); i >= 0 {
			subject = strings.TrimSpace(subject[i:])
		}
		names = countNames(subject, true, nameList{})
		if names.collectives != 1 || names.individuals != 0 || len(strings.Fields(subject)) > 2*maxGiverWords {
			return nameList{}, "", false
		}
		names.names, names.host = nil, true
		return names, "", true
	}
	if rest := strings.TrimSpace(before[loc[1]:]); rest != "" && cleanSubject(rest, true) == nil && !verbOnlyRe.MatchString(rest) {
		return nameList{}, "", false // "được" does not lead to the award
	}
	subject := strings.TrimSpace(before[:loc[0]])
	if i := lastSplit(subject); i >= 0 {
		subject = strings.TrimSpace(subject[i:])
	}
	// A subject holding counts or ending in "và" is not only names: "Đảng
	// bộ kết nạp 108 đảng viên mới và được Tỉnh ủy tặng Bằng khen".
	if namedStopRe.MatchString(" "+subject+" ") || len(strings.Fields(subject)) > 2*maxGiverWords ||
		strings.HasSuffix(subject, " và") || len(findCountGroups(subject)) > 0 {
		return nameList{}, "", false
	}
	if names = countNames(subject, true, nameList{}); names.collectives+names.individuals == 0 {
		return nameList{}, "", false
	}
	return names, before[loc[0]:], true
}

// ceremonyNounRe ends the text before a receiving verb that names a
// ceremony ("Lễ đón nhận Huân chương", "buổi lễ nhận Cờ thi đua"): the
// verb is part of a noun, and the award is told of where it is given.
var ceremonyNounRe = regexp.MustCompile(`(?i)(?:^|\s)lễ\s*$`)

// ceremonyHostRe is the body that holds a ceremony to receive an award,
// before "tổ chức lễ" ("Công an tỉnh Bạc Liêu long trọng tổ chức Lễ").
var ceremonyHostRe = regexp.MustCompile(`^(.*?)\s+(?:(?:đã|vừa|long trọng|trọng thể|trang trọng)\s+)*tổ chức\s+(?:(?i:buổi)\s+)?(?i:lễ)\s*$`)

// verbOnlyRe is a run of award verbs with nothing else ("trao tặng").
var verbOnlyRe = regexp.MustCompile(`(?i)^(?:(?:trao tặng|tặng thưởng|phong tặng|truy tặng|khen tặng|tặng|trao|khen thưởng|công nhận)\s*)+$`)

// nameMarkerRe opens a named recipient with its kind ("tập thể Phòng
// Cảnh sát hình sự ...", "cá nhân bác sĩ ...").
var nameMarkerRe = regexp.MustCompile(`^(?i:(?:các\s+)?(tập thể|cá nhân|đơn vị|cơ quan))\s+\S`)

// personMarkerRe opens a list of persons named without their titles
// before each ("các đồng chí: Bùi Thanh An - Ủy viên ...; Đặng Thanh
// Tùng ...", "các ông, bà: ...").
var personMarkerRe = regexp.MustCompile(`^(?i:các\s+(?:đồng chí|ông,?\s*bà)\s*:?|(?:đồng chí|ông,?\s*bà)\s*:)\s*`)

// appositionRe opens a part that gives the title of the person before it
// ("ông Phạm Hùng Chiến, Giám đốc Sở Y tế"), not another recipient.
var appositionRe = regexp.MustCompile(`^(?:Phó|Ủy viên|Uỷ viên|UV|TUV|HUV|Chủ tịch|Giám đốc|Bí thư|Trưởng|Chánh|Tổng|Thư ký|Chủ nhiệm|Hiệu trưởng|Hiệu phó|Nguyên|nguyên|Chỉ huy|Chính ủy|Chính uỷ|Tư lệnh|Chuyên viên|Cán bộ|Đại biểu|Phụ trách|Kế toán|Thủ trưởng|Trợ lý|Giảng viên|Giáo viên|Bác sĩ|Cục trưởng|Vụ trưởng|Viện trưởng|Đội trưởng|Tổ trưởng|Chi hội trưởng|Hội trưởng|Thường trực|Đảng ủy viên|Đảng uỷ viên|Trưởng ban|Trưởng phòng|ngụ|trú|sinh năm|SN)(?:\s|$)`)

// placeRe opens a place, which after a person's title is where the
// person serves or lives ("Chủ tịch UBND xã Thoại Giang, huyện Thoại
// Sơn"), not another recipient.
var placeRe = regexp.MustCompile(`^(?:(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+\p{Lu}|TP\.?\s*\p{Lu})`)

// jointOfficeRe is the second body of an office that serves two
// ("Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố", "Văn phòng HĐND
// và UBND huyện"): one collective, not two.
var jointOfficeRe = regexp.MustCompile(`^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn ĐBQH|Đoàn Đại biểu Quốc hội)(?:\s|$)`)

// nameList is what reading a list of named recipients gives.
type nameList struct {
	collectives int      // bodies named
	individuals int      // persons named
	names       []string // the names, without their kinds
	marker      string   // the kind parts open with ("cá nhân"), which holds for the parts after them
	person      bool     // the last part named a person, whose titles may follow
	all         bool     // every part of the list is a name or a title
	host        bool     // the one name is the host of a ceremony receiving the award
}

// countNames counts the bodies (collectives) and persons (individuals)
// named in list, separated by commas or "và", going on from the list read
// before it (from, the zero nameList for a new one). A unit's whole people
// ("cán bộ và nhân dân huyện Thăng Bình") is one collective, and a
// capitalised part after "và" goes on with the name before it ("Sở Văn
// hóa và Thể thao"). A part may open with its kind ("tập thể Khoa Nội",
// "cá nhân ông ...", "các đồng chí: ..."), which holds for the parts after
// it; a title after a person ("ông A, Giám đốc Sở Y tế") is the person's.
// When strict, every part must be a name; otherwise the names before the
// first part that is not one are counted.
func countNames(list string, strict bool, from nameList) nameList {
	list = strings.TrimRight(strings.TrimSpace(list), ".…")
	if populationRe.MatchString(list) {
		names := append(append([]string(nil), from.names...), list)
		return nameList{collectives: from.collectives + 1, individuals: from.individuals, names: names}
	}
	n := from
	n.names, n.all = append([]string(nil), from.names...), false
	if loc := personMarkerRe.FindStringIndex(list); loc != nil && loc[1] < len(list) {
		n.marker, list = "đồng chí", list[loc[1]:]
	}
	seps := namedSplitRe.FindAllStringIndex(list, 20)
	at := 0
	for i := 0; i <= len(seps); i++ {
		to := len(list)
		if i < len(seps) {
			to = seps[i][0]
		}
		item := strings.TrimSpace(list[at:to])
		afterAnd := i > 0 && strings.Contains(list[seps[i-1][0]:seps[i-1][1]], "và")
		if i < len(seps) {
			at = seps[i][1]
		}
		if loc := nameMarkerRe.FindStringSubmatchIndex(item); loc != nil {
			n.marker = strings.ToLower(item[loc[2]:loc[3]])
			item = strings.TrimSpace(item[loc[3]:])
		}
		last := len(n.names) - 1
		switch {
		case n.person && (appositionRe.MatchString(item) || placeRe.MatchString(item)):
			// the title or the place of the person before
		case personRe.MatchString(item):
			n.individuals++
			n.person, n.names = true, append(n.names, personName(item))
		case afterAnd && last >= 0 && strings.HasPrefix(n.names[last], "Văn phòng") && jointOfficeRe.MatchString(item):
			n.names[last] += " và " + item
		case orgRe.MatchString(item) || populationRe.MatchString(item) || !strict && ourSchoolRe.MatchString(item):
			n.collectives++
			n.person, n.names = false, append(n.names, item)
		case n.marker != "" && awStartsUpper(item) && !appositionRe.MatchString(item):
			if n.marker == "cá nhân" || n.marker == "đồng chí" {
				n.individuals++
				n.person, n.names = true, append(n.names, personName(item))
			} else {
				n.collectives++
				n.person, n.names = false, append(n.names, item)
			}
		case afterAnd && last >= 0 && awStartsUpper(item):
			n.names[last] += " và " + item // part of the name before it
		case strict:
			return nameList{}
		default:
			return n
		}
	}
	n.all = true
	return n
}

// personName returns the name of the person a part names, without the
// title after a dash ("Bùi Thanh An - Ủy viên Ban Thường vụ Tỉnh ủy").
func personName(item string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.Index(item, dash); i > 0 {
			item = item[:i]
		}
	}
	return strings.TrimSpace(item)
}

// Givers.
var (
	ofGiverRe      = regexp.MustCompile(`^\s*(?:\p{Ll}+\s+){0,2}?của\s+`)
	byGiverRe      = regexp.MustCompile(`^\s*do\s+`)
	byVerbRe       = regexp.MustCompile(`\s(?:trao tặng|tặng|trao|ký|khen tặng|ban hành|cấp)(?:\s|$|[,.])`)
	verbRunRe      = regexp.MustCompile(`(?i)(?:(?:trao tặng|tặng thưởng|phong tặng|truy tặng|khen tặng|tặng|trao|khen thưởng|công nhận)\s*(?:,|và)?\s*)+$`)
	subjectCutRe   = regexp.MustCompile(`\s(?:đã|vừa|cũng|còn|đều|lại|vẫn|ký|ban hành|quyết định|thay mặt|sẽ|trực tiếp|tiếp tục|chính thức|đồng thời|lần lượt)(?:\s|$)`)
	subjectSplitRe = regexp.MustCompile(`[,:;()“”"]|\s[–—-]\s`)
)

// notGiverStarts are first words of a subject that is not a giver: the
// person handing the award over, or an adverbial.
var notGiverStarts = map[string]bool{
	"Đồng": true, "Ông": true, "Bà": true, "Lãnh": true, "Thay": true, "Tại": true, "Nhân": true,
	"Dịp": true, "Cũng": true, "Sau": true, "Buổi": true, "Các": true, "Lễ": true,
	"Trong": true, "Theo": true, "Qua": true, "Năm": true, "Ngoài": true, "Đồng thời": true,
	"Riêng": true, "Bên": true, "Từ": true, "Toàn": true, "Những": true, "Mỗi": true,
}

// notGiverPrefixRe opens a subject that is an event or a representative,
// not a giver.
var notGiverPrefixRe = regexp.MustCompile(`^(?:Hội nghị|Hội thi|Hội thảo|Đại hội|Đại diện|Đại biểu|Hội đồng thống nhất)(?:\s|$)`)

// giver returns who grants award m, and the subject of the clause's verb
// when it names the giver. fwd says the counts precede the award, gap is
// the text between them; active is the giver of the verb that an award
// sharing it (no verb or subject of its own, A8) takes.
func (c sentenceClause) giver(m mention, fwd bool, gap string, active *string) (giver, subject *string) {
	rest := c.text[m.end:]
	if loc := ofGiverRe.FindStringIndex(rest); loc != nil {
		if g := readGiver(rest[loc[1]:]); g != nil {
			return g, nil
		}
	}
	if loc := namedGrantorRe.FindStringSubmatchIndex(rest); loc != nil {
		g := rest[loc[2]:loc[3]]
		return &g, nil // "Cờ thi đua Chính phủ": the grantor is named in the award
	}
	if fwd {
		if i := strings.LastIndex(gap, "được "); i >= 0 {
			if g := cleanSubject(gap[i+len("được "):], !m.generic); g != nil {
				return g, nil
			}
		}
	}
	if loc := byGiverRe.FindStringIndex(rest); loc != nil {
		tail := rest[loc[1]:]
		if v := byVerbRe.FindStringIndex(tail); v != nil && v[0] < 120 {
			if g := validGiver(strings.TrimSpace(tail[:v[0]])); g != nil {
				return g, nil
			}
		}
		if g := readGiver(tail); g != nil {
			return g, nil
		}
	}
	if !fwd {
		before := tailWindow(c.text[:m.start], maxSubjectBytes)
		loc := verbRunRe.FindStringIndex(before)
		if m.generic {
			loc = []int{len(before), len(before)} // "khen thưởng" is the verb
		}
		if loc != nil && (loc[0] == 0 || before[loc[0]-1] == ' ' || before[loc[0]-1] == ',') {
			subj := strings.TrimSpace(before[:loc[0]])
			if i := lastSplit(subj); i >= 0 {
				subj = strings.TrimSpace(subj[i:])
			}
			if subj == "" || clauseStartRe.MatchString(subj) || subj == "và" || strings.HasSuffix(subj, " và") {
				return c.sharedGiver(m, active), nil // "...; tặng Bằng khen cho 14 tập thể" (A8), "... và tặng Bằng khen"
			}
			if g := deputyGiver(before, m.name); g != nil {
				return g, g
			}
			if handsOver(subj) {
				return nil, nil // a person hands the award over; the grantor is not named
			}
			g := cleanSubject(subj, false)
			return g, g
		}
		if g := deputyGiver(before, m.name); g != nil {
			return g, g
		}
		return c.sharedGiver(m, active), nil // "...; Giấy khen cho 30 cá nhân", "và Bằng khen 5 tập thể"
	}
	return nil, nil
}

// sharedGiver returns the giver of award m, which shares the verb, or the
// subject, of an award before it in the sentence: active, the giver of that
// verb, unless "thừa ủy quyền của X" opens the sentence before m. The
// grantor on whose behalf the awards are handed over covers the whole list
// ("Thừa ủy quyền của Chủ tịch nước, ... trao Huân chương Chiến công hạng
// Nhất cho A; trao Huân chương Chiến công hạng Ba cho B"); of two grantors
// named there, m takes the one whose award it is (see deputyGiver). A
// giver named as a subject after the deputy phrase keeps the list.
func (c sentenceClause) sharedGiver(m mention, active *string) *string {
	prefix := c.sentence[:min(len(c.sentence), c.off+m.start)]
	locs := deputyRe.FindAllStringIndex(prefix, -1)
	if len(locs) == 0 {
		return active
	}
	loc := locs[len(locs)-1]
	prefix = prefix[loc[0]:]
	loc = []int{0, loc[1] - loc[0]}
	grantors := readGiver(prefix[loc[1]:])
	if grantors == nil || active != nil && !strings.Contains(*grantors, *active) {
		return active
	}
	if g := deputyGiver(prefix, m.name); g != nil {
		return g
	}
	return active
}

// deputyRe introduces the giver on whose behalf someone hands an award
// over ("Thừa ủy quyền của Chủ tịch nước, lãnh đạo Trung ương đã trao").
var deputyRe = regexp.MustCompile(`(?i)thừa (?:ủy|uỷ) quyền(?: của)?\s+`)

// deputyGiver returns the giver of award named after "thừa ủy quyền" in
// s, or nil. When two grantors are named ("thừa ủy quyền của Chủ tịch nước
// và Thủ tướng Chính phủ"), the giver is the one whose award it is: the
// State President's orders, medals and titles, the Prime Minister's
// Bằng khen and Cờ thi đua.
func deputyGiver(s, award string) *string {
	loc := deputyRe.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	g := readGiver(s[loc[1]:])
	if g == nil {
		return nil
	}
	first, second, ok := strings.Cut(*g, " và ")
	if !ok || validGiver(first) == nil || validGiver(second) == nil {
		return g
	}
	state := !strings.HasPrefix(award, "Bằng khen") && !strings.HasPrefix(award, "Cờ thi đua") && !strings.HasPrefix(award, "Giấy khen")
	for _, part := range []string{first, second} {
		if president := strings.Contains(part, "Chủ tịch nước"); president == state {
			return &part
		}
	}
	return g
}

// namedGrantorRe is a grantor named right after an award, without "của"
// ("Cờ thi đua Chính phủ", "Bằng khen Thủ tướng Chính phủ").
var namedGrantorRe = regexp.MustCompile(`^\s+(Thủ tướng Chính phủ|Chính phủ|Chủ tịch nước)(?:[\s,.;:)]|$)`)

// academicTitleRe opens a person named with an academic or honorary title
// ("PGS.TS Huỳnh Thành Đạt", "TS. Nguyễn Văn A", "NGƯT Lê Thị B").
var academicTitleRe = regexp.MustCompile(`^(?:GS|PGS|TS|ThS|TSKH|BS|BSCKII|BSCKI|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT)(?:\.?\s*(?:TS|ThS|BS|KH|BSCKII|BSCKI))*\.?\s+\p{Lu}`)

// handsOver reports whether the subject of an award's verb is a person,
// named alone or with an academic title ("PGS.TS Huỳnh Thành Đạt trao
// Huân chương ..."): a person hands the award over and is not its giver.
func handsOver(subj string) bool {
	if academicTitleRe.MatchString(subj) {
		return true
	}
	// A name alone: three or four words, as a body's short name of two
	// ("Hà Nội", "Tỉnh đoàn") must not be read as a person.
	words := strings.Fields(subj)
	return len(words) >= 3 && docIsPersonName(nil, words)
}

// lastSplit returns the offset just after the last punctuation or dash in
// s that ends an introductory phrase, or -1.
//
// A dash ends the phrase only after a person ("Đồng chí Trần Khắc Kiên –
// Chủ tịch UBND quận"); elsewhere it is part of a name ("Ban Thi đua -
// Khen thưởng tỉnh", "Sở Lao động - Thương binh và Xã hội").
func lastSplit(s string) int {
	locs := subjectSplitRe.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		if strings.ContainsAny(s[locs[i][0]:locs[i][1]], "-–—") {
			from := 0
			if i > 0 {
				from = locs[i-1][1]
			}
			if !isPersonName(strings.TrimSpace(s[from:locs[i][0]])) {
				continue
			}
		}
		return locs[i][1]
	}
	return -1
}

// isPersonName reports whether s names a person: it opens with a title
// ("Đồng chí", "Ông") or is two or more capitalised words ("Trần Khắc
// Kiên").
func isPersonName(s string) bool {
	if personRe.MatchString(s) {
		return true
	}
	words := strings.Fields(s)
	for _, w := range words {
		if !awStartsUpper(w) {
			return false
		}
	}
	return len(words) >= 2
}

// cleanSubject turns the words before a verb into a giver: "Ban Tuyên giáo
// Trung ương đã" gives "Ban Tuyên giáo Trung ương", "Chủ tịch UBND tỉnh đã
// ban hành Quyết định số 1234/QĐ-UBND" gives "Chủ tịch UBND tỉnh". In a
// passive gap ("UBND quận Đồ Sơn tặng "), the verb run at its end is cut
// first.
func cleanSubject(s string, passive bool) *string {
	if passive {
		loc := verbRunRe.FindStringIndex(s)
		if loc == nil {
			return nil
		}
		s = s[:loc[0]]
	}
	if i := strings.LastIndex(" "+s, " được "); i >= 0 {
		s = (" " + s)[i+len(" được "):] // "Sở Nội vụ được Chủ tịch nước tặng", ", được Tỉnh ủy tặng"
	}
	if g, ok := documentGiver(s); ok {
		return g
	}
	s = " " + strings.TrimSpace(s) + " "
	if loc := subjectCutRe.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = stateNameRe.ReplaceAllString(s, " ")
	if loc := purposeLeadRe.FindStringSubmatchIndex(s); loc != nil {
		s = s[loc[2]:] // "biểu dương thành tích đó Chủ tịch nước"
	}
	return validGiver(strings.TrimSpace(s))
}

// stateNameRe is the name of the State after an office ("Chủ tịch nước
// Cộng hòa xã hội chủ nghĩa Việt Nam"), which the giver is written without.
var stateNameRe = regexp.MustCompile(`\s(?:Cộng hòa|Cộng hoà|CHXHCN)(?:\s+xã hội chủ nghĩa)?\s+Việt Nam(?:\s|$)`)

// purposeLeadRe is what an award is given for, in lower case, before the
// giver that is the subject of its verb ("biểu dương thành tích đó Chủ
// tịch nước"); the giver opens at the first capitalised word.
var purposeLeadRe = regexp.MustCompile(`^\s*(?i:(?:để\s+)?(?:ghi nhận|biểu dương|tôn vinh|động viên|khen ngợi))(?:\s+\p{Ll}+)*\s+(\p{Lu})`)

// Documents named in a subject.
var (
	// docOfRe is a document, first in the subject or after a verb ("công
	// bố quyết định"), not inside a name ("Sở Kế hoạch và Đầu tư"), and
	// "của" before the body that issued it.
	docOfRe = regexp.MustCompile(`(?:^\s*|\s\p{Ll}+\s)(?i:quyết định|nghị quyết|tờ trình|công văn|thông báo|kế hoạch|văn bản|chỉ thị)(?:\s[^,;:]*?)?\scủa\s+`)
	// docStartRe opens a subject that is a document.
	docStartRe = regexp.MustCompile(`(?i)^\s*(?:quyết định|nghị quyết|tờ trình|công văn|thông báo|kế hoạch|văn bản|chỉ thị)(?:\s|$)`)
)

// documentGiver reads the giver of a subject that names a document: the
// body that issued it ("Quyết định số 1034/QĐ-UBND của Chủ tịch UBND
// tỉnh", "Đại hội đã công bố quyết định của Chủ tịch nước"), or none when
// the subject is a document that names no body. ok is false when s names
// no document.
func documentGiver(s string) (giver *string, ok bool) {
	if loc := docOfRe.FindStringIndex(s); loc != nil {
		return readGiver(s[loc[1]:]), true
	}
	return nil, docStartRe.MatchString(s)
}

// validGiver returns s as a giver when it looks like one: a capitalised
// name of a body or office of at most maxGiverWords words, not cut at a
// dash ("công tác thi đua - khen thưởng, trao tặng" is a noun and a verb,
// not "X thi đua -" giving).
func validGiver(s string) *string {
	s = vntext.CollapseSpace(s)
	if s == "" || !awStartsUpper(s) || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "–") {
		return nil
	}
	words := strings.Fields(s)
	if len(words) > maxGiverWords || notGiverStarts[words[0]] || awardHeads[words[0]] || notGiverPrefixRe.MatchString(s) {
		return nil
	}
	if awardNounRe.MatchString(s) {
		return nil
	}
	return &s
}

// readGiver reads the giver after "của" or "do": words up to a stop word
// or punctuation.
func readGiver(s string) *string {
	words, _ := wordsUntilStop(s, maxGiverWords)
	if len(words) == 0 {
		return nil
	}
	return validGiver(strings.Join(words, " "))
}
