package web

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// pageNames are the page templates; each is parsed with the layout and the
// shared partials into a template set of its own.
var pageNames = []string{"search", "article", "error"}

// pages holds the parsed page templates by name.
type pages map[string]*template.Template

// parseTemplates parses the embedded templates, with the functions they
// use.
func parseTemplates(static *staticFiles) (pages, error) {
	funcs := template.FuncMap{
		"static":  static.URL,
		"num":     formatInt,
		"date":    formatDate,
		"deref":   deref,
		"snippet": safeSnippet,
	}
	out := pages{}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(assets,
			"templates/layout.html", "templates/charts.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// base is what every page's view has: the window title and the search
// state the header's search form shows.
type base struct {
	Title string
	State state
}

// render executes the page template name with view into memory and sends
// it with status, so that a template error gives a clean 500 and not half a
// page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, view any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", view); err != nil {
		s.log.Error("web: render page", "page", name, "path", r.URL.Path, "err", err)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte("500 Lỗi máy chủ (internal error)\n"))
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorView is the error page.
type errorView struct {
	base
	Status  int
	Heading string
	Message string
}

// pageError answers with the HTML error page.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	heading := "Lỗi"
	switch status {
	case http.StatusBadRequest:
		heading = "Yêu cầu không hợp lệ"
	case http.StatusNotFound:
		heading = "Không tìm thấy"
	case http.StatusMethodNotAllowed:
		heading = "Phương thức không được phép"
	case http.StatusGatewayTimeout:
		heading = "Quá thời gian"
	case http.StatusServiceUnavailable:
		heading = "Chưa sẵn sàng"
	case http.StatusInternalServerError:
		heading = "Lỗi máy chủ"
	}
	s.render(w, r, status, "error", errorView{
		base:    base{Title: heading},
		Status:  status,
		Heading: heading,
		Message: msg,
	})
}

// formatInt writes n with dots between thousands, as Vietnamese does
// (1.238).
func formatInt(n any) string {
	var s string
	switch v := n.(type) {
	case int:
		s = strconv.Itoa(v)
	case uint64:
		s = strconv.FormatUint(v, 10)
	case int64:
		s = strconv.FormatInt(v, 10)
	default:
		return fmt.Sprint(n)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// formatDate writes a YYYY-MM-DD day as Vietnamese do (09/05/2024); other
// strings come back as they are, and nil as "".
func formatDate(d any) string {
	var s string
	switch v := d.(type) {
	case string:
		s = v
	case *string:
		s = deref(v)
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Format("02/01/2006")
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// The marks the index puts around matches in a snippet.
const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// safeSnippet makes HTML of a hit's snippet that holds nothing but text and
// <mark> elements, whatever the snippet holds: it is split at the marks,
// each piece unescaped and escaped again. The index escapes the text it
// cuts snippets from (index/snippet.go), so this changes nothing there, but
// the page does not rely on it.
func safeSnippet(s string) template.HTML {
	var b strings.Builder
	open := false
	for s != "" {
		tag := markOpen
		if open {
			tag = markClose
		}
		i := strings.Index(s, tag)
		if i < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(s[:i])))
		b.WriteString(tag)
		open = !open
		s = s[i+len(tag):]
	}
	b.WriteString(template.HTMLEscapeString(html.UnescapeString(s)))
	if open {
		b.WriteString(markClose)
	}
	return template.HTML(b.String())
}
