package crawl

import (
	"bytes"
	"fmt"

	"github.com/mmcdole/gofeed"
)

// maxFeedItems bounds the items taken from one feed.
const maxFeedItems = 10000

// parseFeed reads an RSS, Atom or JSON feed and returns its item links
// (as written) with the latest of their published and updated dates.
func parseFeed(body []byte) ([]sitemapEntry, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	var out []sitemapEntry
	for _, it := range f.Items {
		if len(out) >= maxFeedItems {
			break
		}
		if it == nil {
			continue
		}
		e := sitemapEntry{Loc: it.Link}
		if e.Loc == "" && len(it.Links) > 0 {
			e.Loc = it.Links[0]
		}
		if it.PublishedParsed != nil {
			e.Lastmod = *it.PublishedParsed
		}
		if it.UpdatedParsed != nil && it.UpdatedParsed.After(e.Lastmod) {
			e.Lastmod = *it.UpdatedParsed
		}
		if e.Loc != "" {
			out = append(out, e)
		}
	}
	return out, nil
}
