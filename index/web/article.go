package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/vnnews/vnnews/extract"
)

// MarkFunc finds the spans of an article's text that the extractor read
// (byte offsets, sorted, not overlapping), as extract.Marks does.
type MarkFunc func(text string) []extract.Mark

// markKinds are the kinds of mark the page shows, with their legend.
var markKinds = []struct{ kind, label string }{
	{extract.MarkDirective, "Văn bản"},
	{extract.MarkDate, "Ngày tháng"},
	{extract.MarkAward, "Khen thưởng"},
}

// articleView is the article page.
type articleView struct {
	base
	ID         string
	Site       string
	SiteURL    string
	Rec        extract.Record
	Provinces  []labelView
	Directives []directiveView
	Awards     []awardView
	Paragraphs [][]segment
	Legend     []legendView
	JSONURL    string
}

// directiveView is one row of the directives table.
type directiveView struct {
	extract.Directive
	URL string
}

// awardView is one row of the awards table.
type awardView struct {
	extract.Award
	N      int // 1-based, as part_of refers to it (plus one)
	PartOf int // 1-based number of the award it breaks down, or 0
}

// legendView counts the marks of one kind on the page.
type legendView struct {
	Kind  string
	Label string
	Count int
}

// segment is a piece of a paragraph: plain text, or a marked span.
type segment struct {
	Text string
	Kind string // "" for plain text
}

// validKey reports whether key looks like a record key (index.Key: 16 hex
// digits), so that nothing else reaches the index.
func validKey(key string) bool {
	if len(key) != 16 {
		return false
	}
	for _, c := range []byte(key) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// handleArticle serves the article page of /bai/{id}.
func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validKey(id) {
		s.pageError(w, r, http.StatusNotFound, "Không tìm thấy bài này.")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.searchTimeout)
	defer cancel()
	raw, site, err := s.backend.Record(ctx, id)
	if err != nil {
		status, msg := s.failure(r, err)
		s.pageError(w, r, status, msg)
		return
	}
	var rec extract.Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		s.log.Error("web: unreadable record", "id", id, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "Lỗi máy chủ (internal error).")
		return
	}
	s.render(w, r, http.StatusOK, "article", s.articleView(id, site, rec))
}

// articleView builds the article page's view of a record.
func (s *Server) articleView(id, site string, rec extract.Record) articleView {
	var st state
	v := articleView{
		base:    base{Title: rec.Title},
		ID:      id,
		Site:    site,
		SiteURL: st.With("site", site),
		Rec:     rec,
		JSONURL: "/api/articles/" + id,
	}
	if v.Title == "" {
		v.Title = "(không có tiêu đề)"
	}
	for _, p := range rec.Provinces {
		v.Provinces = append(v.Provinces, labelView{Text: p, URL: st.With("province", p)})
	}
	for _, d := range rec.Directives {
		v.Directives = append(v.Directives, directiveView{Directive: d, URL: st.With("directive", d.Number)})
	}
	for i, a := range rec.Awards {
		av := awardView{Award: a, N: i + 1}
		if a.PartOf != nil {
			av.PartOf = *a.PartOf + 1
		}
		v.Awards = append(v.Awards, av)
	}
	marks := cleanMarks(rec.Text, s.marks(rec.Text))
	v.Paragraphs = markText(rec.Text, marks)
	counts := map[string]int{}
	for _, m := range marks {
		counts[m.Kind]++
	}
	for _, k := range markKinds {
		v.Legend = append(v.Legend, legendView{Kind: k.kind, Label: k.label, Count: counts[k.kind]})
	}
	return v
}

// cleanMarks keeps the marks that can be drawn: of a known kind, inside
// the text, on character boundaries, in order and not overlapping.
func cleanMarks(text string, marks []extract.Mark) []extract.Mark {
	known := map[string]bool{}
	for _, k := range markKinds {
		known[k.kind] = true
	}
	out := marks[:0:0]
	end := 0
	for _, m := range marks {
		if !known[m.Kind] || m.Start < end || m.End <= m.Start || m.End > len(text) ||
			!boundary(text, m.Start) || !boundary(text, m.End) {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

// boundary reports whether byte offset i of s starts a character (or is
// the end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// markText splits text into paragraphs (separated by blank lines) of plain
// and marked segments; a mark across a paragraph break is cut in two. The
// template escapes every segment.
func markText(text string, marks []extract.Mark) [][]segment {
	var paras [][]segment
	mi := 0
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += start
			next = end + 2
		}
		var segs []segment
		pos := start
		for mi < len(marks) && marks[mi].Start < end {
			m := marks[mi]
			ms, me := max(m.Start, pos), min(m.End, end)
			if ms > pos {
				segs = append(segs, segment{Text: text[pos:ms]})
			}
			if me > ms {
				segs = append(segs, segment{Text: text[ms:me], Kind: m.Kind})
			}
			pos = max(pos, me)
			if m.End > end {
				break // the rest of the mark is in the next paragraph
			}
			mi++
		}
		if pos < end {
			segs = append(segs, segment{Text: text[pos:end]})
		}
		if len(segs) > 0 && strings.TrimSpace(text[start:end]) != "" {
			paras = append(paras, segs)
		}
		start = next
	}
	return paras
}
