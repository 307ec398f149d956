// Package crawltest serves sample news sites from a directory on loopback,
// one HTTP server (so one host) per site, as net/http/httptest serves a
// handler. `vnnews demo` and the end-to-end tests crawl the bundled sample
// sites in testdata/sites with it; see testdata/sites/README.md.
//
// # The site directory
//
// Every subdirectory of the directory given to Serve is a site; its name
// is the site id (letters, digits, '.', '_' and '-'). Two files at the root
// of a site are read by Serve and never served:
//
//   - site.toml: name, province, start (paths such as "/" or absolute URLs
//     with {{base}}) and article (a regexp) for SitesTOML; all optional;
//   - charset: the charset to name in the Content-Type of HTML answers
//     (for example "utf-8"). Without it HTML goes out as plain "text/html",
//     and the page's own <meta> is all a client has to go by.
//
// # URLs to files
//
// A request for path P with query Q is answered from the file named
//
//	N = P without its leading "/"                 when Q is empty
//	N = P without its leading "/" + "__" + Q'     otherwise
//
// where Q' is the query with its parameters sorted by name and encoded the
// way url.Values.Encode does (so "?tabid=63&ndid=3581" and
// "?ndid=3581&tabid=63" both read "Default.aspx__ndid=3581&tabid=63").
// The first regular file among N, N + ".html" and N + "/index.html" is
// served; "/" is index.html. Examples:
//
//	/                                     index.html
//	/tin-tuc                              tin-tuc.html or tin-tuc/index.html
//	/tin-tuc?cur=2                        tin-tuc__cur=2.html
//	/Pages/chi-tiet.aspx?ItemID=21457     Pages/chi-tiet.aspx__ItemID=21457.html
//	/-/asset_publisher/X/content/slug     -/asset_publisher/X/content/slug.html
//
// Anything else is 404. The Content-Type follows the served file's
// extension (that of P's last segment when the file is N itself): HTML for
// .html, .htm, .aspx, .asp, .php, .jsp, .shtml, .cfm and for no extension;
// application/rss+xml or application/atom+xml for an .xml file holding a
// feed, application/xml for other .xml; text/plain; charset=utf-8 for
// .txt. In text files (everything but images, archives and other binary
// types) every "{{base}}" is replaced by the site's base URL,
// "http://127.0.0.1:PORT", so that sitemaps and feeds can carry absolute
// URLs. Answers carry an ETag (a hash of the served bytes) and the file's
// modification time as Last-Modified, and honour conditional requests.
package crawltest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/vnnews/vnnews/crawl"
)

// Placeholder is replaced by a site's base URL in the text files it serves.
const Placeholder = "{{base}}"

// The files at a site's root that configure it and are not served.
const (
	siteFile    = "site.toml"
	charsetFile = "charset"
)

// Sites is a set of sample sites served on loopback.
type Sites struct {
	sites []*site // by id

	mu   sync.Mutex
	reqs []Request
}

// Request is one request a sample site answered.
type Request struct {
	Site   string // site id
	Method string
	Path   string // the path and, after "?", the query, as received
	Status int
}

type site struct {
	id      string
	fsys    fs.FS // rooted at the site's directory
	meta    siteMeta
	charset string
	base    string
	srv     *http.Server
}

// siteMeta is a site.toml.
type siteMeta struct {
	Name     string   `toml:"name"`
	Province string   `toml:"province"`
	Start    []string `toml:"start"`
	Article  string   `toml:"article"`
}

var siteID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// Serve starts one loopback HTTP server for each subdirectory of dir.
// Close stops them.
func Serve(dir string) (*Sites, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("crawltest: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("crawltest: %s is not a directory", dir)
	}
	return ServeFS(os.DirFS(dir))
}

// ServeFS is Serve for a file system (an embed.FS, an fs.Sub of one): each
// top-level directory of fsys is a site.
func ServeFS(fsys fs.FS) (*Sites, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("crawltest: %w", err)
	}
	s := &Sites{}
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "_") {
			continue
		}
		if !siteID.MatchString(e.Name()) {
			s.Close()
			return nil, fmt.Errorf("crawltest: directory %q is not a usable site id", e.Name())
		}
		sub, err := fs.Sub(fsys, e.Name())
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("crawltest: %w", err)
		}
		st, err := s.start(e.Name(), sub)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("crawltest: site %s: %w", e.Name(), err)
		}
		s.sites = append(s.sites, st)
	}
	if len(s.sites) == 0 {
		return nil, errors.New("crawltest: no site directories")
	}
	return s, nil
}

func (s *Sites) start(id string, fsys fs.FS) (*site, error) {
	st := &site{id: id, fsys: fsys, meta: siteMeta{Name: id}}
	if b, err := fs.ReadFile(fsys, siteFile); err == nil {
		md, err := toml.Decode(string(b), &st.meta)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", siteFile, err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			return nil, fmt.Errorf("%s: unknown key %s", siteFile, und[0])
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if len(st.meta.Start) == 0 {
		st.meta.Start = []string{"/"}
	}
	if st.meta.Article != "" {
		if _, err := regexp.Compile(st.meta.Article); err != nil {
			return nil, fmt.Errorf("%s: article: %w", siteFile, err)
		}
	}
	if b, err := fs.ReadFile(fsys, charsetFile); err == nil {
		st.charset = strings.TrimSpace(string(b))
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	st.base = "http://" + ln.Addr().String()
	st.srv = &http.Server{
		Handler:           http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.serve(st, w, r) }),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go st.srv.Serve(ln)
	return st, nil
}

// IDs returns the site ids in order.
func (s *Sites) IDs() []string {
	ids := make([]string, len(s.sites))
	for i, st := range s.sites {
		ids[i] = st.id
	}
	return ids
}

// URLs maps each site id to its base URL, "http://127.0.0.1:PORT".
func (s *Sites) URLs() map[string]string {
	m := make(map[string]string, len(s.sites))
	for _, st := range s.sites {
		m[st.id] = st.base
	}
	return m
}

// URL returns the base URL of site id, or "" when there is no such site.
func (s *Sites) URL(id string) string {
	for _, st := range s.sites {
		if st.id == id {
			return st.base
		}
	}
	return ""
}

// SitesTOML returns a sites file (see crawl.ParseSites) for the served
// sites: allow_private, and for each site its id, name, province, start
// pages, article regexp if any, and delay = "0s".
func (s *Sites) SitesTOML() string {
	var b strings.Builder
	b.WriteString("# The sample sites, served on loopback by crawltest.\n")
	b.WriteString("allow_private = true\n")
	for _, st := range s.sites {
		fmt.Fprintf(&b, "\n[[site]]\nid = %s\n", tomlString(st.id))
		fmt.Fprintf(&b, "name = %s\n", tomlString(st.meta.Name))
		if st.meta.Province != "" {
			fmt.Fprintf(&b, "province = %s\n", tomlString(st.meta.Province))
		}
		starts := make([]string, len(st.meta.Start))
		for i, p := range st.meta.Start {
			starts[i] = tomlString(st.abs(p))
		}
		fmt.Fprintf(&b, "start = [%s]\n", strings.Join(starts, ", "))
		if st.meta.Article != "" {
			fmt.Fprintf(&b, "article = %s\n", tomlString(st.meta.Article))
		}
		b.WriteString("delay = \"0s\"\n")
	}
	return b.String()
}

// Config returns SitesTOML parsed by crawl.ParseSites.
func (s *Sites) Config() (*crawl.Config, error) {
	return crawl.ParseSites(strings.NewReader(s.SitesTOML()))
}

// abs makes a start path or {{base}} URL absolute.
func (st *site) abs(p string) string {
	p = strings.ReplaceAll(p, Placeholder, st.base)
	if strings.HasPrefix(p, "/") {
		return st.base + p
	}
	return p
}

// tomlString quotes s as a TOML string: a basic string with JSON's
// escapes (which TOML shares), or a literal string when s holds a
// backslash and can be one (regexps read best so).
func tomlString(s string) string {
	if strings.Contains(s, `\`) && !strings.ContainsAny(s, "'\n\r") &&
		!strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "'" + s + "'"
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSpace(b.String())
}

// Requests returns every request answered so far, in order.
func (s *Sites) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reqs)
}

// Close shuts the servers down; it may be called more than once.
func (s *Sites) Close() {
	for _, st := range s.sites {
		if st.srv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			if st.srv.Shutdown(ctx) != nil {
				st.srv.Close()
			}
			cancel()
		}
	}
}

// statusWriter remembers the status of an answer.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (s *Sites) serve(st *site, w http.ResponseWriter, r *http.Request) {
	sw := &statusWriter{ResponseWriter: w}
	st.answer(sw, r)
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, Request{Site: st.id, Method: r.Method, Path: key, Status: sw.status})
	s.mu.Unlock()
}

func (st *site) answer(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := FileName(r.URL.Path, r.URL.RawQuery)
	if !ok {
		http.NotFound(w, r)
		return
	}
	file, data, mod, ok := st.find(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	ct, text := contentType(file, name, data)
	if strings.HasPrefix(ct, "text/html") && st.charset != "" {
		ct += "; charset=" + st.charset
	}
	if text {
		data = bytes.ReplaceAll(data, []byte(Placeholder), []byte(st.base))
	}
	sum := sha256.Sum256(data)
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	http.ServeContent(w, r, "", mod, bytes.NewReader(data))
}

// FileName returns the name N of the file that answers a request for the
// (decoded) URL path p with raw query q, before the ".html" and
// "/index.html" alternatives are tried (see the package documentation).
// It reports false for a query that cannot be parsed.
func FileName(p, q string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if q != "" {
		v, err := url.ParseQuery(q)
		if err != nil {
			return "", false
		}
		if enc := v.Encode(); enc != "" {
			name += "__" + enc
		}
	}
	return name, true
}

// find returns the file that answers name N, its contents and its
// modification time.
func (st *site) find(name string) (file string, data []byte, mod time.Time, ok bool) {
	var cands []string
	switch {
	case name == "":
		cands = []string{"index.html"}
	case name == siteFile || name == charsetFile:
		return "", nil, time.Time{}, false
	default:
		cands = []string{name, name + ".html", name + "/index.html"}
	}
	for _, c := range cands {
		if !fs.ValidPath(c) {
			continue
		}
		fi, err := fs.Stat(st.fsys, c)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		b, err := fs.ReadFile(st.fsys, c)
		if err != nil {
			continue
		}
		return c, b, fi.ModTime(), true
	}
	return "", nil, time.Time{}, false
}

// contentType returns the Content-Type for the served file and whether it
// is text (and gets {{base}} substituted).
func contentType(file, name string, data []byte) (string, bool) {
	ext := ""
	if file == name {
		// The file is N itself: the extension of the URL's last segment.
		last := path.Base(file)
		if i := strings.Index(last, "__"); i >= 0 {
			last = last[:i]
		}
		ext = path.Ext(last)
	} else {
		ext = path.Ext(file)
	}
	switch strings.ToLower(ext) {
	case "", ".html", ".htm", ".aspx", ".asp", ".php", ".jsp", ".shtml", ".cfm", ".xhtml":
		return "text/html", true
	case ".xml":
		head := data[:min(len(data), 512)]
		switch {
		case bytes.Contains(head, []byte("<rss")):
			return "application/rss+xml", true
		case bytes.Contains(head, []byte("<feed")):
			return "application/atom+xml", true
		}
		return "application/xml", true
	case ".rss":
		return "application/rss+xml", true
	case ".txt":
		return "text/plain; charset=utf-8", true
	case ".json":
		return "application/json", true
	case ".css":
		return "text/css; charset=utf-8", true
	case ".js":
		return "text/javascript; charset=utf-8", true
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t, strings.HasPrefix(t, "text/")
	}
	return http.DetectContentType(data), false
}
