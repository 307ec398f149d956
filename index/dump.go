package index

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnnews/vnnews/extract"
)

// Format is a dump format.
type Format string

// The dump formats.
const (
	FormatJSONL  Format = "jsonl"   // one record per line (JSON Lines)
	FormatJSON   Format = "json"    // one JSON array of records
	FormatCSV    Format = "csv"     // one row per record, UTF-8 with BOM, for spreadsheets
	FormatESBulk Format = "es-bulk" // Elasticsearch/OpenSearch bulk API "index" actions
)

// Formats lists the dump formats.
var Formats = []Format{FormatJSONL, FormatJSON, FormatCSV, FormatESBulk}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", queryErrorf("unknown dump format %q (jsonl, json, csv or es-bulk)", s)
}

// ESIndex is the index name the es-bulk actions target; see
// schema/elasticsearch-mapping.json for its mapping.
const ESIndex = "vnnews-articles"

// Dump writes every record matching r's query and filters to w in format,
// ordered by publication date (undated records last), then URL. The
// matches are found as a search finds them (view.go); the records are then
// read day by day, so memory holds one day's records at most, however
// large the corpus. Sort, Size, From and facets in r are ignored. It
// returns the number of records written.
func (x *Index) Dump(ctx context.Context, w io.Writer, format Format, r Request) (n int, err error) {
	defer guard(x.path, &err)
	q, err := compileQuery(r.Query, r.Filters)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	out, err := newDumpWriter(bw, format)
	if err != nil {
		return 0, err
	}
	v, done, err := x.view(ctx)
	if err != nil {
		return 0, err
	}
	defer done()
	matches, _, err := v.match(ctx, q)
	if err != nil {
		return 0, fmt.Errorf("dump: %w", err)
	}
	type record struct {
		url, site string
		raw       []byte
	}
	var day []record
	flush := func() error {
		slices.SortFunc(day, func(a, b record) int { return strings.Compare(a.url, b.url) })
		for _, rec := range day {
			if err := out.write(rec.raw, rec.site); err != nil {
				return fmt.Errorf("dump: write: %w", err)
			}
			n++
		}
		day = day[:0]
		return nil
	}
	current := int32(-1)
	for i, ref := range v.byDay {
		if !matches[ref.seg].Contains(ref.doc) {
			continue
		}
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		if ref.day != current {
			if err := flush(); err != nil {
				return n, err
			}
			current = ref.day
		}
		_, site, raw, err := v.stored(ref)
		if err != nil {
			return n, fmt.Errorf("dump: %w", err)
		}
		var u struct{ URL string }
		if err := json.Unmarshal(raw, &u); err != nil {
			return n, fmt.Errorf("dump: stored record: %w", err)
		}
		day = append(day, record{url: u.URL, site: site, raw: raw})
	}
	if err := flush(); err != nil {
		return n, err
	}
	if err := out.close(); err != nil {
		return n, fmt.Errorf("dump: write: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("dump: write: %w", err)
	}
	return n, nil
}

// dumpWriter writes records in one format.
type dumpWriter interface {
	write(record []byte, site string) error
	close() error
}

func newDumpWriter(w *bufio.Writer, f Format) (dumpWriter, error) {
	switch f {
	case FormatJSONL:
		return jsonlWriter{w}, nil
	case FormatJSON:
		return &jsonWriter{w: w}, nil
	case FormatCSV:
		return newCSVWriter(w)
	case FormatESBulk:
		return esBulkWriter{w}, nil
	}
	return nil, queryErrorf("unknown dump format %q (jsonl, json, csv or es-bulk)", f)
}

// jsonlWriter writes one record per line.
type jsonlWriter struct{ w *bufio.Writer }

func (j jsonlWriter) write(rec []byte, _ string) error {
	j.w.Write(rec)
	return j.w.WriteByte('\n')
}

func (jsonlWriter) close() error { return nil }

// jsonWriter writes one JSON array, a record per line.
type jsonWriter struct {
	w *bufio.Writer
	n int
}

func (j *jsonWriter) write(rec []byte, _ string) error {
	if j.n == 0 {
		j.w.WriteString("[\n")
	} else {
		j.w.WriteString(",\n")
	}
	j.n++
	_, err := j.w.Write(rec)
	return err
}

func (j *jsonWriter) close() error {
	if j.n == 0 {
		_, err := j.w.WriteString("[]\n")
		return err
	}
	_, err := j.w.WriteString("\n]\n")
	return err
}

// esBulkWriter writes an Elasticsearch/OpenSearch bulk "index" action per
// record: the action line, then the record with the site id added.
type esBulkWriter struct{ w *bufio.Writer }

func (e esBulkWriter) write(rec []byte, site string) error {
	var meta struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(rec, &meta); err != nil {
		return fmt.Errorf("stored record: %w", err)
	}
	action := map[string]map[string]string{"index": {"_index": ESIndex, "_id": esID(meta.URL)}}
	line, err := json.Marshal(action)
	if err != nil {
		return err
	}
	e.w.Write(line)
	e.w.WriteByte('\n')
	siteJSON, err := json.Marshal(site)
	if err != nil {
		return err
	}
	// The record with "site" first: {"site":"x","schema":...}.
	e.w.WriteString(`{"site":`)
	e.w.Write(siteJSON)
	if len(rec) > 2 {
		e.w.WriteByte(',')
	}
	e.w.Write(rec[1:])
	return e.w.WriteByte('\n')
}

func (esBulkWriter) close() error { return nil }

// esID is a record's document id in Elasticsearch: its URL, or the URL's
// SHA-256 when the URL is longer than the 512 bytes an id may have.
func esID(url string) string {
	if len(url) <= 512 {
		return url
	}
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:])
}

// csvHeader names the CSV columns.
var csvHeader = []string{
	"url", "canonical_url", "site", "site_name", "title", "byline",
	"published_at", "published_date", "event_date", "provinces",
	"directives", "awards", "award_collectives", "award_individuals", "text",
}

// maxCell is the longest text a spreadsheet cell holds (Excel: 32,767
// characters); longer text is cut there.
const maxCell = 32767

// csvWriter writes one row per record, for Excel and its kin: UTF-8 with a
// byte-order mark, list fields joined with "; ", directives as their
// numbers, award totals in two columns. A cell that a spreadsheet would read
// as a formula (starting with =, +, -, @) gets a leading apostrophe.
type csvWriter struct{ c *csv.Writer }

func newCSVWriter(w *bufio.Writer) (*csvWriter, error) {
	if _, err := w.WriteString("\uFEFF"); err != nil {
		return nil, err
	}
	c := csv.NewWriter(w)
	c.UseCRLF = true
	if err := c.Write(csvHeader); err != nil {
		return nil, err
	}
	return &csvWriter{c: c}, nil
}

func (cw *csvWriter) write(raw []byte, site string) error {
	var r extract.Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("stored record: %w", err)
	}
	nums := make([]string, len(r.Directives))
	for i, d := range r.Directives {
		nums[i] = d.Number
	}
	awards := make([]string, len(r.Awards))
	for i, a := range r.Awards {
		awards[i] = a.Award
	}
	row := []string{
		r.URL, deref(r.CanonicalURL), site, deref(r.SiteName), r.Title, deref(r.Byline),
		deref(r.PublishedAt), deref(r.PublishedDate), deref(r.EventDate), strings.Join(r.Provinces, "; "),
		strings.Join(nums, "; "), strings.Join(awards, "; "),
		strconv.Itoa(r.AwardTotals.Collectives), strconv.Itoa(r.AwardTotals.Individuals), clip(r.Text, maxCell),
	}
	for i, v := range row {
		row[i] = defuse(v)
	}
	return cw.c.Write(row)
}

func (cw *csvWriter) close() error {
	cw.c.Flush()
	return cw.c.Error()
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// clip cuts s to at most n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// defuse keeps a spreadsheet from reading a cell as a formula.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
