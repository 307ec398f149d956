package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// bylineClassRe matches class and id names of author elements.
var bylineClassRe = regexp.MustCompile(`(?:^|[\s_-])(?:author|authors|byline|tacgia|tac-gia|writer|butdanh|but-danh|nguoiviet|article-author|news-author|detail-author)(?:$|[\s_-])`)

// agencyTailRe matches the agency credit that may follow a name:
// "(TTXVN)", "/TTXVN", "- TTXVN", "(Báo Hải Phòng)".
var agencyTailRe = regexp.MustCompile(`\s*(?:\([^()]{2,40}\)|/\s*[A-ZĐ][\p{L}.]+|-\s*[A-ZĐ]{2,10})$`)

// chooseByline returns the author as printed, from the best evidence:
// JSON-LD and microdata authors (when they name a person rather than the
// site), an author element on the page, a name standing alone as the
// article's last line, then <meta name=author>, which CMSs often fill with
// the site's or the vendor's name.
func chooseByline(m *pageMeta, doc *html.Node, site, tail string) string {
	ok := func(c string) bool {
		return c != "" && utf8.RuneCountInString(c) <= 80 && !sameName(c, site) &&
			!strings.Contains(c, "://") && !looksLikeDomain(c) && !vendorRe.MatchString(c)
	}
	for _, c := range []string{m.ld.Author, m.mdAuthor} {
		if c = cleanByline(c); ok(c) {
			return c
		}
	}
	if n := find(doc, func(n *html.Node) bool {
		ci := classID(n)
		return ci != "" && bylineClassRe.MatchString(ci) && !strings.Contains(ci, "avatar")
	}); n != nil {
		if c := cleanByline(textOf(n)); ok(c) && utf8.RuneCountInString(c) <= 60 {
			return c
		}
	}
	if tail != "" {
		return tail
	}
	if c := cleanByline(m.first("author", "article:author", "dc.creator", "creator", "byl")); ok(c) {
		return c
	}
	return ""
}

// vendorRe matches author values that name a CMS, its vendor or an account
// rather than a writer.
var vendorRe = regexp.MustCompile(`(?i)channelvn|vccorp|admin|webmaster|quản trị|super user|^user\d*$|^editor$|^guest$`)

// cleanByline trims labels, punctuation and a printed date or time around
// an author's name: "N.Q.VIỆT 27/03/2015 17:08" gives "N.Q.VIỆT".
func cleanByline(s string) string {
	s = stripBylineStamp(strings.TrimSpace(s))
	low := strings.ToLower(s)
	for _, p := range []string{"tác giả:", "tác giả", "bài và ảnh:", "bài, ảnh:", "bài:", "by ", "người viết:", "phóng viên:"} {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	return strings.Trim(s, " -–—|,:")
}

// bylinePunct and bylineSeps are the characters that separate a name from
// a date in an author element ("N.Q.VIỆT - 08:30 | 27/03/2015", "Thu Hà
// (27/03/2015)"); bylinePunct leaves out the brackets, which a name may
// hold ("Đoàn Minh Huệ (TTXVN)").
const (
	bylinePunct = " \t\n\u00a0-–—|,:;"
	bylineSeps  = bylinePunct + "()[]"
)

// bylineTimeRe matches one word of a printed date or time: "27/03/2015",
// "27-03-2015", "2015-03-27", "17:08", "17h08", "GMT+7".
var bylineTimeRe = regexp.MustCompile(`^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:h]\d{2}(?::\d{2})?'?|(?i:gmt)[+-]\d{1,2})$`)

// bylineStampWords are the words, in lower case, that go with a printed
// date or time: "ngày", "lúc", AM/PM markers (SA, CH), "GMT +7".
var bylineStampWords = map[string]bool{"ngày": true, "lúc": true, "sa": true, "ch": true, "am": true, "pm": true, "gmt": true, "+7": true, "cn": true}

// bylineWeekdays are the two-word phrases that go with a printed date:
// the days of the week ("Thứ Hai", "Chủ nhật"), "Cập nhật", "Đăng lúc";
// the second words in lower case, keyed by the first. Each word counts
// only next to the other.
var bylineWeekdays = map[string][]string{
	"thứ":  {"hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"},
	"chủ":  {"nhật"},
	"cập":  {"nhật"},
	"đăng": {"lúc", "ngày"},
}

// stripBylineStamp removes a printed date or time from the start and the
// end of a byline: "N.Q.VIỆT 27/03/2015 17:08", "Thu Hà - 08:30 |
// 27/03/2015", "Thứ Hai, 27/03/2015 | Thu Hà". The words removed must
// hold a date or a time; a name with digits that are not one ("Nhóm PV
// 24h") is kept, and a date with no name around it gives "".
func stripBylineStamp(s string) string {
	type word struct {
		start, end int
		low        string
	}
	var words []word
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(bylineSeps, r) || unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || r != '-' && r != ':' && strings.ContainsRune(bylineSeps, r) {
				break
			}
			j += size
		}
		words = append(words, word{i, j, strings.ToLower(strings.Trim(s[i:j], "-–—:"))})
		i = j
	}
	stamp := func(i int) bool {
		w := words[i].low
		if bylineTimeRe.MatchString(w) || bylineStampWords[w] {
			return true
		}
		if i+1 < len(words) && slices.Contains(bylineWeekdays[w], words[i+1].low) {
			return true
		}
		return i > 0 && slices.Contains(bylineWeekdays[words[i-1].low], w)
	}
	lo, hi := 0, len(words)
	timed := false
	for hi > lo && stamp(hi-1) {
		timed = timed || bylineTimeRe.MatchString(words[hi-1].low)
		hi--
	}
	for lo < hi && stamp(lo) {
		timed = timed || bylineTimeRe.MatchString(words[lo].low)
		lo++
	}
	switch {
	case !timed:
		return s
	case lo == hi:
		return "" // a date alone names no author
	}
	from, to := 0, len(s)
	if lo > 0 {
		from = words[lo-1].end
	}
	if hi < len(words) {
		to = words[hi].start
	}
	return strings.TrimRight(strings.TrimLeft(s[from:to], bylinePunct+")]"), bylinePunct+"([")
}

// sameName reports whether a names the site b (or the site names a): a
// <meta name=author> of "Dân Trí" on "Báo điện tử Dân Trí" is no author.
func sameName(a, b string) bool {
	ka, kb := titleKey(a), titleKey(b)
	return ka != "" && kb != "" && (strings.Contains(kb, ka) || strings.Contains(ka, kb))
}

func looksLikeDomain(s string) bool {
	s = strings.ToLower(s)
	return !strings.Contains(s, " ") && (strings.HasSuffix(s, ".vn") || strings.HasSuffix(s, ".com") || strings.HasSuffix(s, ".net") || strings.HasSuffix(s, ".org"))
}

// splitByline removes the byline from the end of an article's paragraphs
// and returns it: a last line that is a name standing alone ("Huy Kiên",
// "LIÊM ĐOÀN", "Thanh Tâm (Ban Tuyên giáo Tỉnh ủy Đồng Tháp)"), or a
// name after "Tin, ảnh:" or "Bài và ảnh:", or else a credit to the source
// the article was taken from ("Theo TTXVN"). Photo credits after the text
// ("Ảnh: Misso") go first: they are neither text nor the author. The
// byline is a field of its own, not article text.
func splitByline(ps []paragraph) ([]paragraph, string) {
	for len(ps) >= 2 && photoCreditRe.MatchString(ps[len(ps)-1].text) {
		ps = ps[:len(ps)-1]
	}
	credit := ""
	if len(ps) >= 2 && isSourceCredit(ps[len(ps)-1].text) {
		credit = ps[len(ps)-1].text
		ps = ps[:len(ps)-1]
	}
	if len(ps) < 2 {
		return ps, credit
	}
	last := ps[len(ps)-1].text
	if m := reportCreditRe.FindStringSubmatch(last); m != nil && isNameLine(m[1]) {
		return ps[:len(ps)-1], m[1]
	}
	if isNameLine(last) {
		return ps[:len(ps)-1], last
	}
	return ps, credit
}

// sourceCreditRe matches a line that credits the article's source, as
// pages that reprint an agency's or another paper's story end: "Theo
// TTXVN", "(Theo Báo Nhân Dân)", "Nguồn: VOV", "Theo Sầm Hoa
// (Vietnamnet/Reuters)". The source is the first group.
var sourceCreditRe = regexp.MustCompile(`^\(?(?:Theo|THEO|Nguồn|NGUỒN|Nguồn tin)\s*[:：]?\s*([^,;:!?0-9]{2,60}?)\s*\)?\s*\.?$`)

// outletWordRe matches the words that may come before an outlet's name in
// lower case: "Theo báo Nhân Dân", "Nguồn: cổng thông tin Chính phủ".
var outletWordRe = regexp.MustCompile(`^(?:báo|tạp chí|cổng thông tin(?: điện tử)?|trang|đài|kênh|thông tấn xã)\s+`)

// isSourceCredit reports whether line only credits the article's source:
// a source of at most eight words, named with a capital (so that "Theo
// báo cáo, ..." and "Theo kế hoạch" are sentences, not credits).
func isSourceCredit(line string) bool {
	m := sourceCreditRe.FindStringSubmatch(line)
	if m == nil || len(strings.Fields(m[1])) > 8 {
		return false
	}
	name := outletWordRe.ReplaceAllString(m[1], "")
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// photoCreditRe matches a line that only credits the photos, videos or
// graphics: "Ảnh: Misso", "Ảnh minh họa: Internet", "Đồ họa: Mai Anh".
// A caption that starts with "Ảnh:" and says more is left alone: a word
// of no more than six, none ending a sentence, is all a credit holds.
var photoCreditRe = regexp.MustCompile(`^(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video|Clip|Đồ họa|Đồ hoạ|Infographic)\s*[:：]\s*[^\s.!?,;:]+(?:[ ]+[^\s.!?,;:]+){0,5}\s*$`)

// reportCreditRe matches a line crediting a reporter with the report and
// its photos: "Tin, ảnh: Minh Huệ", "Bài và ảnh: THU HÀ", "Tin/ảnh: Lan
// Anh". The name is the first group.
var reportCreditRe = regexp.MustCompile(`^(?:Tin|Bài|TIN|BÀI)(?:\s*(?:,|và|/|-)\s*(?:ảnh|Ảnh|ẢNH))?\s*[:：]\s*(.+?)\s*$`)

// deskRe matches desks and offices that sign articles: "Ban Dân vận ĐUK",
// "BAN TUYÊN GIÁO ĐUK", "Phòng Văn hóa và Thông tin huyện".
var deskRe = regexp.MustCompile(`^(?:Ban|BAN|Phòng|PHÒNG|Văn phòng|VĂN PHÒNG|Trung tâm|TRUNG TÂM|Nhóm|NHÓM|Tổ|TỔ)\s+[\p{L} ]{2,50}$`)

// isNameLine reports whether line is a person's or a desk's name standing
// alone, as bylines at the end of Vietnamese articles do: "Huy Kiên",
// "LIÊM ĐOÀN", "BAN TUYÊN GIÁO ĐUK", "Đoàn Minh Huệ (TTXVN)", "N.Q.VIỆT".
func isNameLine(line string) bool {
	if strings.HasPrefix(line, "Theo ") || strings.HasPrefix(line, "Nguồn") {
		return false // a source credit, part of the article
	}
	if deskRe.MatchString(line) && len(strings.Fields(line)) <= 8 {
		return true
	}
	base := agencyTailRe.ReplaceAllString(line, "")
	if utf8.RuneCountInString(base) > 40 || base == "" {
		return false
	}
	words := strings.Fields(base)
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		if w == "-" || w == "–" || w == "," {
			continue // "Quang Phong - Tùng Nguyên"
		}
		w = strings.TrimSuffix(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' {
				return false
			}
		}
	}
	return true
}
