package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Sitemap limits, from the sitemaps protocol (50,000 URLs, 50 MB
// uncompressed per file), with some room for sites that exceed them.
const (
	maxSitemapEntries = 100000
	maxSitemapBytes   = 64 << 20
)

// sitemapEntry is one <url> or <sitemap> of a sitemap.
type sitemapEntry struct {
	Loc     string
	Lastmod time.Time
}

// sitemap is a parsed sitemap: either an index of sitemaps or a list of pages.
type sitemap struct {
	Index   bool
	Entries []sitemapEntry
}

// parseSitemap reads an XML sitemap or sitemap index, gzipped or not, or a
// plain-text sitemap (one URL a line). Locations are returned as written;
// the caller normalises and scopes them.
func parseSitemap(body []byte) (sitemap, error) {
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return sitemap{}, fmt.Errorf("gzipped sitemap: %w", err)
		}
		data, err := io.ReadAll(io.LimitReader(zr, maxSitemapBytes+1))
		if err != nil {
			return sitemap{}, fmt.Errorf("gzipped sitemap: %w", err)
		}
		if len(data) > maxSitemapBytes {
			return sitemap{}, fmt.Errorf("gzipped sitemap: %w", ErrTooLarge)
		}
		body = data
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 {
		return sitemap{}, nil
	}
	if trimmed[0] != '<' {
		return parseTextSitemap(trimmed), nil
	}
	return parseXMLSitemap(trimmed)
}

func parseTextSitemap(body []byte) sitemap {
	var sm sitemap
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() && len(sm.Entries) < maxSitemapEntries {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "http://") || strings.HasPrefix(line, "https://") {
			sm.Entries = append(sm.Entries, sitemapEntry{Loc: line})
		}
	}
	return sm
}

func parseXMLSitemap(body []byte) (sitemap, error) {
	var sm sitemap
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var cur *sitemapEntry
	var field string
	var text strings.Builder
	sawRoot := false
	for len(sm.Entries) < maxSitemapEntries {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if len(sm.Entries) > 0 { // keep what a truncated file gave
				break
			}
			return sm, fmt.Errorf("sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := strings.ToLower(t.Name.Local); name {
			case "sitemapindex":
				sm.Index, sawRoot = true, true
			case "urlset":
				sawRoot = true
			case "sitemap", "url":
				cur = &sitemapEntry{}
			case "loc", "lastmod":
				if cur != nil {
					field = name
					text.Reset()
				}
			}
		case xml.CharData:
			if field != "" && text.Len() < maxURLLength*4 {
				text.Write(t)
			}
		case xml.EndElement:
			switch name := strings.ToLower(t.Name.Local); name {
			case "loc", "lastmod":
				if cur != nil && field == name {
					v := strings.TrimSpace(text.String())
					if name == "loc" {
						cur.Loc = v
					} else {
						cur.Lastmod = parseW3CDate(v)
					}
				}
				field = ""
			case "sitemap", "url":
				if cur != nil && cur.Loc != "" {
					sm.Entries = append(sm.Entries, *cur)
				}
				cur = nil
			}
		}
	}
	if !sawRoot {
		return sm, errors.New("sitemap: no <urlset> or <sitemapindex>")
	}
	return sm, nil
}

// vietnam is the time zone of dates written without one.
var vietnam = time.FixedZone("ICT", 7*3600)

// parseW3CDate reads the W3C datetime forms sitemaps use (and a few that
// Vietnamese portals write instead). It returns the zero time when it
// cannot.
func parseW3CDate(v string) time.Time {
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02T15:04", "2006-01-02", "2006-01", "2006", time.RFC1123Z, time.RFC1123,
	} {
		if t, err := time.ParseInLocation(layout, v, vietnam); err == nil {
			return t
		}
	}
	return time.Time{}
}
