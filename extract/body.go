package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// articleParagraphs finds the article in doc and returns its paragraphs,
// cleaned of furniture. It asks go-readability first and falls back to
// the density heuristic when readability finds nothing useful or the page
// is too big to give it.
func articleParagraphs(doc *html.Node, pageURL *url.URL, elems int) []paragraph {
	var paras []paragraph
	if elems <= maxReadabilityElems {
		p := readability.NewParser()
		if art, err := p.ParseDocument(doc, pageURL); err == nil && art.Node != nil {
			paras = cleanParagraphs(paragraphsOf(art.Node))
		}
	}
	if textLen(paras) < 250 || len(paras) < 2 {
		if fb := cleanParagraphs(densestParagraphs(doc)); textLen(fb) > textLen(paras) {
			paras = fb
		}
	}
	return dropCaptions(paras)
}

func textLen(ps []paragraph) int {
	n := 0
	for _, p := range ps {
		n += len(p.text)
	}
	return n
}

// furnitureLineRe matches whole lines that are page furniture even inside
// the article container: share and print tools, comment forms, tag lists,
// copyright and licence lines, "follow us" calls.
var furnitureLineRe = regexp.MustCompile(`(?i)^(?:chia sẻ|chia sẻ bài viết|chia sẻ:|share|tweet|like|in bài|in bài viết|bản in|print|gửi email|gửi bài|email|lưu|lưu bài|lưu tin|bình luận|viết bình luận|gửi bình luận|ý kiến|ý kiến bạn đọc|ý kiến của bạn|gốc|zalo|facebook|tiện ích thông tin|nguồn tin|qr code|mã qr|theo dõi|quay lại|về đầu trang|trở về|lên đầu trang|top|xem tiếp|đánh giá bài viết|cỡ chữ|font size|a\+|a-|nghe bài viết|đọc bài viết|0 bình luận|bản quyền|đang tải|loading)\s*[:.!]?$`)

// furniturePrefixRe matches lines that start like furniture.
var furniturePrefixRe = regexp.MustCompile(`(?i)^(?:từ khóa\s*:|từ khoá\s*:|tags?\s*:|chủ đề\s*:|họ tên\s*:|họ và tên\s*:|họ tên\s*\(\*\)|email\s*:|e-mail\s*:|số điện thoại\s*:|điện thoại\s*:|tiêu đề\s*:\s*\(\*\)|tiêu đề\s*:\(\*\)|nội dung\s*:\s*\(\*\)|nội dung\s*:\(\*\)|mã xác nhận|mã bảo mật|bản quyền|copyright|©|\(c\) ?(?:19|20)\d\d|giấy phép (?:số|xuất bản)|ghi rõ nguồn|cơ quan chủ quản|chịu trách nhiệm|tổng biên tập\s*:|địa chỉ\s*:|qr code\s*:|lượt xem\s*:|số lượt xem|lượt đọc\s*:|theo dõi .{0,40}(?:google news|zalo|facebook|youtube|tiktok)|mời (?:bạn đọc|quý độc giả) (?:theo dõi|xem)|xem thêm\s*:|đọc thêm\s*:|print\b|chia sẻ (?:bài viết |ý kiến |thông tin |câu chuyện )?của bạn|mời (?:bạn đọc|độc giả) (?:gửi|chia sẻ)|bạn đọc có thể gửi|độc giả có thể gửi)`)

// relatedLabelRe matches a related-news heading used as a label in front of
// a headline: "Nội dung liên quan: ...", "Xem thêm: ...".
var relatedLabelRe = regexp.MustCompile(`(?i)^(?:tin liên quan|bài liên quan|nội dung liên quan|bài viết liên quan|xem thêm|đọc thêm|tin khác|tin cùng chuyên mục)\s*[:>»]`)

// cleanParagraphs removes furniture lines from extracted paragraphs: the
// lines above, related-news headings with the link lines under them, and
// short lines that are nothing but a link.
func cleanParagraphs(ps []paragraph) []paragraph {
	out := ps[:0:0]
	inRelated := false
	for _, p := range ps {
		t := p.text
		linkOnly := p.linkLen > 0 && 10*p.linkLen >= 9*len(strings.ReplaceAll(t, " ", ""))
		if relatedHeadRe.MatchString(t) && (utf8.RuneCountInString(t) < 45 || 2*p.linkLen > len(t) || relatedLabelRe.MatchString(t)) {
			inRelated = true
			continue
		}
		if inRelated && (linkOnly || utf8.RuneCountInString(t) < 20) {
			continue
		}
		inRelated = false
		if furnitureLineRe.MatchString(t) || furniturePrefixRe.MatchString(t) {
			continue
		}
		if linkOnly && utf8.RuneCountInString(t) < 250 {
			continue
		}
		if isDatelineOnly(t) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isDatelineOnly reports whether line is a dateline with at most a few
// words of label around it ("Thứ Năm, 09/05/2024 15:00", "Cập nhật: ...").
func isDatelineOnly(line string) bool {
	if utf8.RuneCountInString(line) > 80 {
		return false
	}
	d, ok := ParseDateline(line)
	if !ok {
		return false
	}
	rest := strings.TrimSpace(line[:d.Start] + " " + line[d.End:])
	return utf8.RuneCountInString(rest) <= 30 && !strings.ContainsAny(rest, ".;") || len(rest) == 0
}

// joinParagraphs renders paragraphs as the record's text: one blank line
// between paragraphs.
func joinParagraphs(ps []paragraph) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.text)
	}
	return b.String()
}
