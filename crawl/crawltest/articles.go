package crawltest

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ArticlesFile is the answer key of a sample-site directory: one line per
// article, tab-separated, under a header line (see testdata/sites/README.md).
const ArticlesFile = "articles.tsv"

// Article is one sample article and the facts its text states.
type Article struct {
	Site          string   // site id
	Path          string   // path and query as the site links it, e.g. "/Pages/chi-tiet-tin-tuc.aspx?ItemID=21457"
	Title         string   // the headline
	Province      string   // the province the site reports on
	PublishedDate string   // YYYY-MM-DD
	EventDate     string   // YYYY-MM-DD, or "" when the lead names no day
	Byline        string   // as printed
	Directives    []string // canonical numbers of the documents cited, in order of first mention
	Collectives   int      // award totals (award_totals.collectives)
	Individuals   int      // award totals (award_totals.individuals)
}

// URL returns the article's URL on a site served at base.
func (a Article) URL(base string) string { return base + a.Path }

// ReadArticles reads dir/articles.tsv.
func ReadArticles(dir string) ([]Article, error) {
	return ReadArticlesFS(os.DirFS(dir))
}

// ReadArticlesFS reads articles.tsv at the root of fsys.
func ReadArticlesFS(fsys fs.FS) ([]Article, error) {
	b, err := fs.ReadFile(fsys, ArticlesFile)
	if err != nil {
		return nil, fmt.Errorf("crawltest: %w", err)
	}
	var out []Article
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue // header
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("crawltest: %s:%d: %d fields, want 10", ArticlesFile, line, len(f))
		}
		a := Article{Site: f[0], Path: f[1], Title: f[2], Province: f[3], PublishedDate: f[4], EventDate: f[5], Byline: f[6]}
		if f[7] != "" {
			a.Directives = strings.Split(f[7], "|")
		}
		if a.Collectives, err = strconv.Atoi(f[8]); err != nil {
			return nil, fmt.Errorf("crawltest: %s:%d: collectives: %w", ArticlesFile, line, err)
		}
		if a.Individuals, err = strconv.Atoi(f[9]); err != nil {
			return nil, fmt.Errorf("crawltest: %s:%d: individuals: %w", ArticlesFile, line, err)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// SamplesPath is where the bundled sample sites live, relative to the
// module root.
const SamplesPath = "testdata/sites"

// FindSamples returns the bundled sample-site directory: SamplesPath
// under the working directory or the nearest of its parents that has
// one (so it works from the module root and from a package directory
// under test).
func FindSamples() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("crawltest: %w", err)
	}
	for {
		p := filepath.Join(dir, filepath.FromSlash(SamplesPath))
		if _, err := os.Stat(filepath.Join(p, ArticlesFile)); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("crawltest: no %s in the working directory or above it: run from the vnnews source tree", SamplesPath)
		}
		dir = parent
	}
}
