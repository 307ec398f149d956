package crawl

import (
	"net"
	"net/url"
	"path"
	"sort"
	"strings"
)

// Limits that keep crawler traps and junk links out of the frontier.
const (
	maxURLLength   = 1024
	maxQueryParams = 8
)

// Normalize resolves ref against base (nil when ref is absolute) and returns
// the URL in the canonical form under which the crawler fetches and stores
// it, or false when the link is not crawlable.
//
// Only http and https links are kept (mailto:, javascript:, tel:, data: and
// bare fragments are dropped). The scheme and host are lower-cased, a
// trailing dot and the default port are removed, "." and ".." segments are
// resolved, an empty path becomes "/", user information, the fragment and
// ";jsessionid=" style path parameters are dropped, tracking parameters
// (see isTrackingParam) are removed and the remaining query parameters are
// sorted by name (stably, so repeated names keep their order). URLs longer
// than 1024 bytes or with more than 8 query parameters are refused: on the
// sites we crawl they are traps, not articles.
func Normalize(base *url.URL, ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" || ref[0] == '#' || len(ref) > 4*maxURLLength {
		return "", false
	}
	if strings.ContainsAny(ref, "\n\r\t") {
		ref = strings.NewReplacer("\n", "", "\r", "", "\t", "").Replace(ref)
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Opaque != "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	if !validHost(host) {
		return "", false
	}
	port := u.Port()
	if port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		port = ""
	}
	if port != "" {
		u.Host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	} else {
		u.Host = host
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	u.ForceQuery = false

	p := u.Path
	if i := strings.Index(strings.ToLower(p), ";jsessionid="); i >= 0 {
		p = p[:i]
	}
	if p == "" {
		p = "/"
	}
	if strings.Contains(p, "/.") {
		clean := path.Clean(p)
		if strings.HasSuffix(p, "/") && clean != "/" {
			clean += "/"
		}
		p = clean
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	// Keep an escaped form only where it carries meaning (an encoded slash)
	// and still matches; otherwise url.URL re-encodes the path one way.
	if p != u.Path || !strings.Contains(strings.ToLower(u.RawPath), "%2f") {
		u.RawPath = ""
	}
	u.Path = p
	q, ok := normalizeQuery(u.RawQuery)
	if !ok {
		return "", false
	}
	u.RawQuery = q
	s := u.String()
	if len(s) > maxURLLength {
		return "", false
	}
	return s, true
}

// validHost accepts DNS names (ASCII labels of letters, digits, '-' and
// '_', none empty) and IP literals.
func validHost(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	if strings.Contains(h, ":") {
		ip := net.ParseIP(h)
		return ip != nil
	}
	for label := range strings.SplitSeq(h, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// normalizeQuery drops tracking parameters and empty pairs, re-encodes
// each name and value in one canonical way and sorts the pairs by name
// (stably: repeated names keep their order).
func normalizeQuery(raw string) (string, bool) {
	if raw == "" {
		return "", true
	}
	type pair struct{ key, enc string }
	var pairs []pair
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, hasValue := strings.Cut(part, "=")
		key := queryUnescape(k)
		if strings.TrimSpace(key) == "" || isTrackingParam(strings.ToLower(key)) {
			continue
		}
		enc := url.QueryEscape(key)
		if hasValue {
			enc += "=" + url.QueryEscape(queryUnescape(v))
		}
		pairs = append(pairs, pair{key, enc})
	}
	if len(pairs) > maxQueryParams {
		return "", false
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].key < pairs[j].key })
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.enc)
	}
	return b.String(), true
}

// queryUnescape decodes a query component; text that is not validly
// escaped is taken literally.
func queryUnescape(s string) string {
	if d, err := url.QueryUnescape(s); err == nil {
		return d
	}
	return s
}

// isTrackingParam reports whether a lower-cased query parameter name is
// one that analytics, ad and social networks add to links: it never changes
// the page.
func isTrackingParam(k string) bool {
	if strings.HasPrefix(k, "utm_") || strings.HasPrefix(k, "zalo") || strings.HasPrefix(k, "fb_") {
		return true
	}
	switch k {
	case "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
		"twclid", "ttclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
		"_hsmi", "mkt_tok", "zarsrc", "gidzl", "jsessionid", "phpsessid", "aspsessionid":
		return true
	}
	return false
}

// Scope decides which URLs belong to a site: those on the hosts of its
// start pages (and configured sitemaps and feeds), with and without "www.".
type Scope struct {
	hosts map[string]bool
}

// NewScope returns the scope of a site.
func NewScope(s Site) Scope {
	sc := Scope{hosts: make(map[string]bool)}
	for _, list := range [][]string{s.Start, s.Sitemaps, s.Feeds} {
		for _, raw := range list {
			u, err := url.Parse(raw)
			if err != nil || u.Host == "" {
				continue
			}
			h := strings.ToLower(u.Host)
			sc.hosts[h] = true
			if rest, ok := strings.CutPrefix(h, "www."); ok {
				sc.hosts[rest] = true
			} else {
				sc.hosts["www."+h] = true
			}
		}
	}
	return sc
}

// Contains reports whether the normalised URL u is in scope.
func (sc Scope) Contains(u string) bool {
	return sc.hosts[hostOf(u)]
}

// hostOf returns the host (with a non-default port) of a normalised URL.
func hostOf(u string) string {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(u, "http://")
		if !ok {
			return ""
		}
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// pathPattern returns the shape of a URL with its digits and query values
// blanked out: "/lich?ngay=2024-05-01" and "/lich?ngay=2031-12-30" share
// one. The crawler caps the listing pages fetched per shape, which bounds
// calendars and other endlessly paginated traps.
func pathPattern(u string) string {
	host := hostOf(u)
	i := strings.Index(u, host) + len(host)
	rest := u[i:]
	p, q, _ := strings.Cut(rest, "?")
	var b strings.Builder
	b.WriteString(host)
	digits := false
	for _, r := range p {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('0')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	if q != "" {
		b.WriteByte('?')
		for part := range strings.SplitSeq(q, "&") {
			k, _, _ := strings.Cut(part, "=")
			b.WriteString(k)
			b.WriteByte('&')
		}
	}
	return b.String()
}
