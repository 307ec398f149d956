package crawl

import (
	"regexp"
	"strings"
)

// Kind says what a captured URL is to the crawler.
type Kind string

// The kinds of capture.
const (
	KindArticle Kind = "article" // a page matching the site's article rule
	KindListing Kind = "listing" // any other in-scope page: followed for links
	KindFeed    Kind = "feed"    // an RSS or Atom feed
	KindSitemap Kind = "sitemap" // a sitemap or sitemap index
	KindRobots  Kind = "robots"  // a robots.txt
)

var (
	// Liferay portals: /-/asset_publisher/AbCd/content/slug
	liferayContent = regexp.MustCompile(`/-/asset_publisher/[^/]+/content/[^/]+`)
	// Query ids of SharePoint and home-grown portals: ?ItemID=123
	queryID = regexp.MustCompile(`(?i)[?&](itemid|newsid|articleid|news_id|article_id|postid)=\d+`)
	// A trailing numeric id: "-123456.html", "/123456.htm", "-20240517102000123.htm"
	numericID = regexp.MustCompile(`(?:^|[-_/])\d{5,}(?:\.[a-z]+)?$`)
	// Listing shapes: pagination, categories, tags, search.
	listingPath  = regexp.MustCompile(`(?i)(?:^|/)(?:trang|page|p)[-/_]?\d+(?:\.[a-z]+)?/?$|/(?:category|categories|tag|tags|chuyen-muc|danh-muc|chu-de|tim-kiem|search|rss|feed)(?:/|$|\.)`)
	listingQuery = regexp.MustCompile(`(?i)(?:^|&)(?:page|trang|p|pageindex|pagenumber|start|offset|keyword|q|search)=`)
)

// pageExt lists the endings of page URLs; other file endings (images,
// documents, archives) are never fetched.
var pageExt = map[string]bool{"": true, "html": true, "htm": true, "shtml": true, "aspx": true, "asp": true, "php": true, "jsp": true, "vnp": true, "xhtml": true, "cfm": true}

// isPageURL reports whether a normalised URL looks like a web page rather
// than a file (image, PDF, office document, archive, media).
func isPageURL(u string) bool {
	p := u
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	last := p[strings.LastIndexByte(p, '/')+1:]
	dot := strings.LastIndexByte(last, '.')
	if dot < 0 {
		return true
	}
	ext := strings.ToLower(last[dot+1:])
	return pageExt[ext] || !isFileExt(ext)
}

func isFileExt(ext string) bool {
	switch ext {
	case "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "txt",
		"jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "ico", "tif", "tiff",
		"zip", "rar", "7z", "gz", "tar", "mp3", "mp4", "avi", "mov", "wmv", "flv",
		"webm", "wav", "css", "js", "json", "exe", "apk", "iso", "woff", "woff2", "ttf":
		return true
	}
	return false
}

// IsArticleURL is the default rule for sites without an `article` regexp.
// A normalised in-scope URL is an article when it is not a listing and
//
//   - it is a Liferay content URL (/-/asset_publisher/ID/content/slug), or
//   - its query carries an item id (ItemID=, NewsID=, ArticleID=, PostID=), or
//   - its last path segment ends in a numeric id of five or more digits
//     (/123456.html, slug-123456.htm, -20240517102000123.htm), or
//   - its last path segment is a slug of four or more words joined by
//     hyphens or underscores (hoi-nghi-tong-ket-cong-tac.html).
//
// Listings are pagination (/trang-2, /page/3, ?page=2), categories and tags
// (/category/, /tag/, /chuyen-muc/, /danh-muc/, /chu-de/), search and feed
// pages, and the site's home page.
func IsArticleURL(u string) bool {
	rest := u[strings.Index(u, "://")+3:]
	slash := strings.IndexByte(rest, '/')
	if slash < 0 {
		return false
	}
	rest = rest[slash:]
	p, q, _ := strings.Cut(rest, "?")
	if p == "/" && q == "" || listingPath.MatchString(p) || listingQuery.MatchString(q) {
		return false
	}
	if liferayContent.MatchString(p) || q != "" && queryID.MatchString("?"+q) {
		return true
	}
	last := strings.TrimSuffix(p, "/")
	last = last[strings.LastIndexByte(last, '/')+1:]
	if numericID.MatchString(last) {
		return true
	}
	if dot := strings.LastIndexByte(last, '.'); dot >= 0 {
		last = last[:dot]
	}
	words := 0
	for w := range strings.FieldsFuncSeq(last, func(r rune) bool { return r == '-' || r == '_' }) {
		if w != "" {
			words++
		}
	}
	return words >= 4
}

// classify returns the kind of a normalised in-scope page URL for a site.
func classify(s *Site, u string) Kind {
	if s.Article != nil {
		if s.Article.MatchString(u) {
			return KindArticle
		}
		return KindListing
	}
	if IsArticleURL(u) {
		return KindArticle
	}
	return KindListing
}
