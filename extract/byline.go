package extract

import (
	"regexp"
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
// JSON-LD, microdata and <meta> author (when they name a person rather
// than the site), an author element on the page, readability's byline,
// then a name standing alone as the article's last line.
func chooseByline(m *pageMeta, doc *html.Node, site, rdByline string, paras []paragraph) string {
	for _, c := range []string{m.ld.Author, m.mdAuthor, m.first("author", "article:author", "dc.creator", "creator", "byl")} {
		if c = cleanByline(c); c != "" && !sameName(c, site) && !strings.Contains(c, "://") && !looksLikeDomain(c) {
			return c
		}
	}
	if n := find(doc, func(n *html.Node) bool {
		ci := classID(n)
		return ci != "" && bylineClassRe.MatchString(ci) && !strings.Contains(ci, "avatar")
	}); n != nil {
		if c := cleanByline(textOf(n)); c != "" && utf8.RuneCountInString(c) <= 60 {
			return c
		}
	}
	if c := cleanByline(rdByline); c != "" && utf8.RuneCountInString(c) <= 60 {
		return c
	}
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-2; i-- {
		if isNameLine(paras[i].text) {
			return paras[i].text
		}
	}
	return ""
}

// cleanByline trims labels and punctuation around an author's name.
func cleanByline(s string) string {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, p := range []string{"tác giả:", "tác giả", "bài và ảnh:", "bài, ảnh:", "bài:", "by ", "người viết:", "phóng viên:"} {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	return strings.Trim(s, " -–—|,:")
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

// isNameLine reports whether line is a person's or a desk's name standing
// alone, as bylines at the end of Vietnamese articles do: "Huy Kiên",
// "LIÊM ĐOÀN", "BAN TUYÊN GIÁO ĐUK", "Đoàn Minh Huệ (TTXVN)", "N.Q.VIỆT".
func isNameLine(line string) bool {
	base := agencyTailRe.ReplaceAllString(line, "")
	if utf8.RuneCountInString(base) > 40 || base == "" {
		return false
	}
	words := strings.Fields(base)
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
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
