package extract

import (
	"regexp"
	"strings"
)

// Scopes of award statements across sentences (X7, X12, X17).
//
// Whether a sentence reports awards of the article's event can depend on
// the sentences before it:
//   - A report of a past period ("Trong 5 năm qua, ...", "Giai đoạn 2016 -
//     2020, ...", "Trước đó, ...") opens a summary scope. In it, a sentence
//     that goes on with the report's figures gives no award: one that opens
//     a breakdown or a topic ("Trong đó", "Cụ thể", "Về khen thưởng cấp Nhà
//     nước,", "Ở cấp Thành phố,", "Riêng"), an item of a list, or one that
//     states figures as existing or approximate ("có 104 tập thể được
//     tặng", "hơn 12.900 tập thể"). The scope ends at a sentence that opens
//     with the event ("Dịp này", "Tại hội nghị"), at one that gives an
//     award, and at a paragraph that does not open by going on with the
//     report.
//   - A proposal that is still open at the end of its sentence ("...
//     thống nhất đề nghị lên Ban Thi đua - Khen thưởng Trung ương 22 tập
//     thể, cá nhân.") covers the next sentence when that one breaks it down
//     or lists it ("Trong đó, ...", "Cụ thể, ...", "Gồm: ...", list items
//     after a colon).

// awardScope is what the sentences being read report.
type awardScope int

const (
	scopeEvent    awardScope = iota // the article's event: awards are read
	scopeSummary                    // figures of a past period (X12, X17)
	scopeProposal                   // a proposal and its breakdown (X7)
)

var (
	// eventLeadRe opens a sentence about the article's event.
	eventLeadRe = regexp.MustCompile(`(?i)^\W*(?:dịp này|nhân dịp|cũng tại|tại (?:hội nghị|đại hội|buổi lễ|lễ|buổi|chương trình|phiên họp|hội thi|hội thảo|đây|kỳ họp|cuộc họp)|trong (?:buổi lễ|dịp này|khuôn khổ|chương trình)|(?:sáng|chiều|tối|trưa) (?:nay|qua|ngày|\d)|ngày \d)`)
	// followLeadRe opens a sentence that breaks down or lists what the
	// sentence before it said.
	followLeadRe = regexp.MustCompile(`(?i)^\W*(?:trong đó|trong số đó|trong số này|trong tổng số|cụ thể|gồm|bao gồm|danh sách)(?:[\s,:]|$)`)
	// summaryLeadRe opens a sentence that goes on with a report's figures.
	summaryLeadRe = regexp.MustCompile(`(?i)^\W*(?:về (?:công tác |hình thức )?(?:khen thưởng|thi đua|danh hiệu)|ở cấp\s|cấp (?:tỉnh|huyện|thành phố|xã|cơ sở|nhà nước|trung ương|bộ|ngành)|riêng\s|ngoài ra|bên cạnh đó|đặc biệt|tổng cộng|tổng số|đến nay|hằng năm|hàng năm|mỗi năm|bình quân|lũy kế|luỹ kế)`)
	// summaryFigureRe is a figure stated as existing or approximate ("có
	// 104 tập thể", "hơn 12.900 tập thể"), as reports of a period state
	// them.
	summaryFigureRe = regexp.MustCompile(`(?i)(?:^|[\s,])(?:đã\s+)?có\s+(?:(?:hơn|trên|gần|khoảng|tổng số|tổng cộng)\s+)?\d|(?:^|[\s,])(?:hơn|trên|gần|khoảng)\s+\d[\d.,]*\s+(?:tập thể|cá nhân|trường hợp|lượt|đơn vị)`)
	// listItemRe opens an item of a list.
	listItemRe = regexp.MustCompile(`^\s*(?:[-–+•*]|\d{1,2}[.)]\s|\(\d{1,2}\)|[a-zđ]\)\s)`)
)

// scopeState follows the scope of the sentences of one text.
type scopeState struct {
	scope awardScope
	list  bool // the last sentence skipped ended with ":" or was a list item
}

// skip reports whether sentence s (the first of its paragraph when
// paraStart) is outside the scope of the article's awards, and updates
// the scope for it.
func (st *scopeState) skip(s string, paraStart bool) bool {
	item := st.list && listItemRe.MatchString(s)
	st.list = false
	skipped := false
	switch {
	case backgroundLeadRe.MatchString(s):
		st.scope, skipped = scopeSummary, true
	case st.scope == scopeEvent:
	case eventLeadRe.MatchString(s):
		st.scope = scopeEvent
	case st.scope == scopeProposal:
		if skipped = item || followLeadRe.MatchString(s); !skipped {
			st.scope = scopeEvent
		}
	default: // scopeSummary
		skipped = item || followLeadRe.MatchString(s) || summaryLeadRe.MatchString(s) || summaryFigureRe.MatchString(s)
		if !skipped && paraStart {
			st.scope = scopeEvent
		}
	}
	st.list = skipped && (item || strings.HasSuffix(s, ":"))
	return skipped
}

// read updates the scope after sentence s was read: found is whether it
// gave awards, next the scope it leaves open (see readSentence).
func (st *scopeState) read(s string, found bool, next awardScope) {
	st.list = false
	switch {
	case next == scopeProposal:
		st.scope = scopeProposal
		st.list = strings.HasSuffix(s, ":")
	case found:
		st.scope = scopeEvent
	case next == scopeSummary:
		st.scope = scopeSummary // "Thực hiện Chỉ thị 34, giai đoạn 2016 - 2020, ..."
	}
}
