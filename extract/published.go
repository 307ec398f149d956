package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// publishedKeys are the <meta> names and properties, lower case, that CMSs
// use for the publication time, best first. Modification times
// (article:modified_time, og:updated_time, dateModified) are deliberately
// absent: an update is not a publication.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "published_time", "article:published", "article.published",
	"pubdate", "publishdate", "publish-date", "publish_date", "date-published",
	"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
	"its_publication", "article_date_original", "dc.date", "date",
}

// machineLayouts are the layouts of machine-readable dates in metadata.
var machineLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
}

// machineDate is a date read from metadata. Zoned reports whether the value
// carried its own UTC offset; Wall is its clock reading in that offset.
type machineDate struct {
	Stamp
	zoned bool
	wall  time.Time // as written, before conversion to Vietnam time
}

// parseMachineDate reads a date from metadata: ISO 8601 and its common
// variants, RFC 1123, Unix seconds or milliseconds, and, since some portals
// put what they print into their metadata, the Vietnamese visible forms.
func parseMachineDate(s string) (machineDate, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return machineDate{}, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && (len(s) == 10 || len(s) == 13) {
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).In(vietnam)
		if !plausibleYear(t.Year()) {
			return machineDate{}, false
		}
		return machineDate{Stamp{t, true}, true, t}, true
	}
	for _, layout := range machineLayouts {
		t, err := time.ParseInLocation(layout, s, vietnam)
		if err != nil {
			continue
		}
		if !plausibleYear(t.Year()) {
			return machineDate{}, false
		}
		zoned := strings.Contains(layout, "Z07") || strings.Contains(layout, "-07") ||
			strings.Contains(layout, "Z0700") || strings.Contains(layout, "MST")
		hasTime := strings.Contains(layout, "15")
		md := machineDate{Stamp{t.In(vietnam), hasTime}, zoned, t}
		if !hasTime {
			md.Time = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, vietnam)
		}
		return md, true
	}
	if d, ok := ParseDateline(s); ok && d.End-d.Start >= len(s)/2 {
		return machineDate{d.Stamp, false, d.Time}, true
	}
	return machineDate{}, false
}

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

// metadataPublished returns the publication date the page declares in its
// metadata, best evidence first: JSON-LD datePublished, then <meta> names,
// then microdata.
func metadataPublished(m *pageMeta) (machineDate, bool) {
	if d, ok := parseMachineDate(m.ld.DatePublished); ok {
		return d, true
	}
	for _, k := range publishedKeys {
		if d, ok := parseMachineDate(m.meta[k]); ok {
			return d, true
		}
	}
	if d, ok := parseMachineDate(m.mdPublished); ok {
		return d, true
	}
	return machineDate{}, false
}

var (
	// urlStampRe matches the 14 to 17 digit timestamps CMSs put in article
	// URLs (Dân trí, Báo Chính phủ: -20240517102000123.htm).
	urlStampRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,3}(?:[^0-9]|$)`)
	// urlDayRe matches /2024/05/17/, /2024-05-17, /20240517/ and -20240517.
	urlDayRe = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})([/-]?)(\d{2})([/-]?)(\d{2})(?:[/_.-]|$)`)
	// urlMonthRe matches /202402/ and /2024/02/ (a month, no day).
	urlMonthRe = regexp.MustCompile(`/((?:19|20)\d{2})/?(\d{2})/`)
)

// urlDate reads a publication date from an article URL. It returns a full
// date when the URL has one; month is "YYYY-MM" when the URL gives only a
// month (/202402/), which can check other evidence but is not a date.
func urlDate(raw string) (st Stamp, ok bool, month string) {
	u, err := url.Parse(raw)
	if err != nil {
		return Stamp{}, false, ""
	}
	p := u.Path
	if m := urlStampRe.FindStringSubmatch(p); m != nil {
		if t, ok := civil(m[1], m[2], m[3], m[4], m[5], m[6]); ok {
			return Stamp{t, true}, true, ""
		}
	}
	for _, m := range urlDayRe.FindAllStringSubmatch(p, -1) {
		if m[2] != m[4] { // separators must agree: 2024/05-17 is not a date
			continue
		}
		if t, ok := civil(m[1], m[3], m[5], "0", "0", "0"); ok {
			return Stamp{t, false}, true, ""
		}
	}
	if m := urlMonthRe.FindStringSubmatch(p); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return Stamp{}, false, m[1] + "-" + m[2]
		}
	}
	return Stamp{}, false, ""
}

// civil builds a Vietnam time from decimal fields, rejecting impossible
// values (31/02, hour 25) instead of normalising them.
func civil(y, mo, d, h, mi, s string) (time.Time, bool) {
	var v [6]int
	for i, f := range []string{y, mo, d, h, mi, s} {
		n, err := strconv.Atoi(f)
		if err != nil {
			return time.Time{}, false
		}
		v[i] = n
	}
	if !plausibleYear(v[0]) || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[3] > 23 || v[4] > 59 || v[5] > 59 {
		return time.Time{}, false
	}
	t := time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, vietnam)
	if t.Day() != v[2] {
		return time.Time{}, false
	}
	return t, true
}

// decidePublished weighs the evidence for the publication time.
//
// Metadata wins over the visible dateline, with one correction: some CMSs
// (VnExpress among them) write Vietnam wall-clock time with a wrong UTC
// offset (17:08+08:00 for 17:08 in Hà Nội). When the page prints the same
// day and clock time that the metadata wrote, the printed reading in Vietnam
// time is the truth. A URL date is used last; a URL month vetoes a visible
// dateline from another month, which is then more likely a stray date.
func decidePublished(meta machineDate, metaOK bool, vis Stamp, visOK bool, u Stamp, uOK bool, month string) (Stamp, bool) {
	if metaOK {
		if visOK && meta.zoned && vis.HasTime && meta.HasTime {
			w := meta.wall
			if w.Year() == vis.Time.Year() && w.YearDay() == vis.Time.YearDay() &&
				w.Hour() == vis.Time.Hour() && w.Minute() == vis.Time.Minute() {
				t := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, vietnam)
				return Stamp{t, true}, true
			}
		}
		return meta.Stamp, true
	}
	if visOK && (month == "" || vis.Time.Format("2006-01") == month) {
		if uOK && !vis.HasTime && u.HasTime && sameDay(u.Time, vis.Time) {
			return u, true
		}
		return vis, true
	}
	if uOK {
		return u, true
	}
	return Stamp{}, false
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
