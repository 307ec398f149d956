package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dumpAll dumps the corpus index in format with r's filters.
func dumpAll(t *testing.T, x *Index, format Format, r Request) ([]byte, int) {
	t.Helper()
	var buf bytes.Buffer
	n, err := x.Dump(context.Background(), &buf, format, r)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), n
}

func TestDumpJSONLOrderAndSchema(t *testing.T) {
	x, docs := corpusIndex(t)
	out, n := dumpAll(t, x, FormatJSONL, Request{})
	if n != len(docs) {
		t.Fatalf("dumped %d, want %d", n, len(docs))
	}
	schema := articleSchema(t)
	want := map[string][]byte{}
	for _, d := range docs {
		js, _ := marshalRecord(d.Record)
		want[d.Record.URL] = js
	}
	var keys []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if err := validate(schema, v, "$"); err != nil {
			t.Errorf("record %v: %v", v["url"], err)
		}
		url := v["url"].(string)
		if !bytes.Equal(sc.Bytes(), want[url]) {
			t.Errorf("record %s is not as extract prints it:\n%s\n%s", url, sc.Bytes(), want[url])
		}
		date, _ := v["published_date"].(string)
		if date == "" {
			date = "9999-99-99" // undated last
		}
		keys = append(keys, date+" "+url)
	}
	if !slices.IsSorted(keys) {
		t.Errorf("dump not in date, URL order: %q", keys)
	}
	// Filters apply.
	_, n = dumpAll(t, x, FormatJSONL, Request{Filters: Filters{Directive: "01 KL/TW"}})
	if n != 3 {
		t.Errorf("dump of 01-KL/TW: %d records, want 3", n)
	}
}

func TestDumpJSON(t *testing.T) {
	x, docs := corpusIndex(t)
	out, _ := dumpAll(t, x, FormatJSON, Request{})
	var recs []map[string]any
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(docs) {
		t.Errorf("%d records, want %d", len(recs), len(docs))
	}
	out, n := dumpAll(t, x, FormatJSON, Request{Query: "xyzzy"})
	if n != 0 || string(out) != "[]\n" {
		t.Errorf("empty dump: %q", out)
	}
}

func TestDumpCSV(t *testing.T) {
	x, docs := corpusIndex(t)
	out, _ := dumpAll(t, x, FormatCSV, Request{})
	if !bytes.HasPrefix(out, []byte("\xEF\xBB\xBF")) {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(docs)+1 || !slices.Equal(rows[0], csvHeader) {
		t.Fatalf("%d rows, header %q", len(rows), rows[0])
	}
	col := func(name string) int { return slices.Index(csvHeader, name) }
	var found bool
	for _, row := range rows[1:] {
		if len(row) != len(csvHeader) {
			t.Fatalf("row of %d cells", len(row))
		}
		if row[col("url")] == "https://haiphong.example.vn/tin-tuc/r15.html" {
			found = true
			checks := map[string]string{
				"title":             "Hải Phòng sơ kết 2 năm thực hiện Kết luận số 01-KL/TW",
				"site":              "haiphong",
				"provinces":         "Hải Phòng",
				"directives":        "01-KL/TW",
				"awards":            "Bằng khen",
				"award_collectives": "37",
				"award_individuals": "63",
				"published_date":    "2023-05-11",
			}
			for k, v := range checks {
				if row[col(k)] != v {
					t.Errorf("%s: %q, want %q", k, row[col(k)], v)
				}
			}
			if !strings.Contains(row[col("text")], "Ban Thường vụ Thành ủy Hải Phòng") {
				t.Errorf("text %q", row[col("text")])
			}
		}
		if row[col("url")] == "https://hanoi.example.vn/tin-tuc/r20.html" && row[col("provinces")] != "Hà Nội; Hải Phòng" {
			t.Errorf("provinces %q", row[col("provinces")])
		}
		if row[col("url")] == "https://hanoi.example.vn/tin-tuc/r01.html" && row[col("directives")] != "01-KL/TW; 05-CT/TW" {
			t.Errorf("directives %q", row[col("directives")])
		}
	}
	if !found {
		t.Error("r15 missing from the CSV")
	}
	if got := defuse("-Đồng chí"); got != "'-Đồng chí" {
		t.Errorf("defuse: %q", got)
	}
}

func TestDumpESBulk(t *testing.T) {
	x, docs := corpusIndex(t)
	out, n := dumpAll(t, x, FormatESBulk, Request{})
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 2*n || n != len(docs) {
		t.Fatalf("%d lines for %d records", len(lines), n)
	}
	var mapping struct {
		Mappings struct {
			Properties map[string]any `json:"properties"`
		} `json:"mappings"`
	}
	if err := json.Unmarshal([]byte(ElasticsearchMapping), &mapping); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(lines); i += 2 {
		var action map[string]map[string]string
		if err := json.Unmarshal([]byte(lines[i]), &action); err != nil {
			t.Fatalf("action %q: %v", lines[i], err)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(lines[i+1]), &doc); err != nil {
			t.Fatalf("document %q: %v", lines[i+1], err)
		}
		idx := action["index"]
		if len(action) != 1 || idx["_index"] != ESIndex || idx["_id"] != doc["url"] {
			t.Errorf("action %q for %v", lines[i], doc["url"])
		}
		if doc["site"] == "" || doc["schema"] != "vnnews.article/v1" {
			t.Errorf("document %q", lines[i+1])
		}
		for k := range doc {
			if _, ok := mapping.Mappings.Properties[k]; !ok {
				t.Errorf("field %s not in the Elasticsearch mapping", k)
			}
		}
	}
}

// articleSchema returns the shipped JSON Schema, decoded.
func articleSchema(t testing.TB) map[string]any {
	t.Helper()
	var schema map[string]any
	if err := json.Unmarshal([]byte(ArticleSchema), &schema); err != nil {
		t.Fatal(err)
	}
	return schema
}

// Records extract made of real pages conform to the schema.
func TestDumpExtractedRecordsMatchSchema(t *testing.T) {
	ctx := context.Background()
	dir, st, _ := filledStore(t)
	x, err := OpenOrCreate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	s, err := x.Update(ctx, st, UpdateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := x.Dump(ctx, &buf, FormatJSONL, Request{})
	if err != nil || n != s.Indexed {
		t.Fatalf("dumped %d of %d: %v", n, s.Indexed, err)
	}
	schema := articleSchema(t)
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatal(err)
		}
		if err := validate(schema, v, "$"); err != nil {
			t.Error(err)
		}
	}
}

// validate checks v against the subset of JSON Schema that
// schema/article.v1.schema.json uses: type, const, required, properties,
// items, pattern, minLength, minimum.
func validate(schema map[string]any, v any, path string) error {
	if c, ok := schema["const"]; ok && c != v {
		return fmt.Errorf("%s: %v, want %v", path, v, c)
	}
	if ty, ok := schema["type"]; ok {
		var types []string
		switch ty := ty.(type) {
		case string:
			types = []string{ty}
		case []any:
			for _, s := range ty {
				types = append(types, s.(string))
			}
		}
		if !slices.ContainsFunc(types, func(ty string) bool { return hasType(v, ty) }) {
			return fmt.Errorf("%s: %v is not of type %v", path, v, types)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		for _, r := range schemaList(schema["required"]) {
			if _, ok := v[r]; !ok {
				return fmt.Errorf("%s: %s missing", path, r)
			}
		}
		for k, pv := range v {
			ps, ok := props[k].(map[string]any)
			if !ok {
				continue
			}
			if err := validate(ps, pv, path+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if items, ok := schema["items"].(map[string]any); ok {
			for i, e := range v {
				if err := validate(items, e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	case string:
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			return fmt.Errorf("%s: %q does not match %s", path, v, p)
		}
		if m, ok := schema["minLength"].(float64); ok && float64(len([]rune(v))) < m {
			return fmt.Errorf("%s: %q shorter than %v", path, v, m)
		}
	case float64:
		if m, ok := schema["minimum"].(float64); ok && v < m {
			return fmt.Errorf("%s: %v below %v", path, v, m)
		}
	}
	return nil
}

func hasType(v any, ty string) bool {
	switch v := v.(type) {
	case nil:
		return ty == "null"
	case string:
		return ty == "string"
	case bool:
		return ty == "boolean"
	case float64:
		return ty == "number" || ty == "integer" && v == float64(int64(v))
	case []any:
		return ty == "array"
	case map[string]any:
		return ty == "object"
	}
	return false
}

func schemaList(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, s := range l {
		out = append(out, s.(string))
	}
	return out
}
