package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/extract"
)

const pageA = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Quận ủy Đồ Sơn sơ kết 3 năm thực hiện Kết luận số 01-KL/TW - Cổng thông tin Hải Phòng</title>
</head><body><h1>Quận ủy Đồ Sơn sơ kết 3 năm thực hiện Kết luận số 01-KL/TW</h1>
<div class="date">Thứ Năm, 09/05/2024 15:00</div>
<div class="content"><p>Sáng 9/5, Quận ủy Đồ Sơn tổ chức Hội nghị sơ kết 3 năm triển khai thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.</p>
<p>Nhân dịp này, 10 tập thể và 14 cá nhân có thành tích trong thực hiện Kết luận số 01-KL/TW của Bộ Chính trị đã được UBND quận Đồ Sơn tặng Giấy khen.</p></div>
</body></html>`

const pageB = `<html><head><title>Lê Chân đánh giá việc học tập và làm theo Bác</title></head><body>
<h1>Lê Chân đánh giá việc học tập và làm theo Bác</h1><p class="time">14:31 11/10/2024</p>
<article><p>Sáng 11/10, Quận ủy Lê Chân long trọng tổ chức Hội nghị đánh giá tình hình thực hiện Kết luận số 01-KL/TW.</p>
<p>Tại Hội nghị, Chủ tịch UBND quận Lê Chân đã tặng Giấy khen cho 40 tập thể, 15 cá nhân có thành tích xuất sắc.</p></article></body></html>`

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractOnePage(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", pageA)
	code, out, errOut := runCmd(t, "", "extract", "--url", "https://haiphong.gov.vn/tin-tuc/do-son.html", a)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want 1", len(lines))
	}
	var rec extract.Record
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Schema != extract.Schema || rec.URL != "https://haiphong.gov.vn/tin-tuc/do-son.html" {
		t.Errorf("schema %q url %q", rec.Schema, rec.URL)
	}
	if rec.Title != "Quận ủy Đồ Sơn sơ kết 3 năm thực hiện Kết luận số 01-KL/TW" {
		t.Errorf("title %q", rec.Title)
	}
	if rec.PublishedAt == nil || *rec.PublishedAt != "2024-05-09T15:00:00+07:00" {
		t.Errorf("published_at %v", rec.PublishedAt)
	}
	// Every contract field is present; the rule extractors fill theirs.
	for _, field := range []string{`"directives":[`, `"awards":[`, `"award_totals":{`, `"provinces":[`, `"event_date":`, `"byline":`, `"canonical_url":`} {
		if !strings.Contains(lines[0], field) {
			t.Errorf("record lacks %s", field)
		}
	}
	if str(rec.EventDate) != "2024-05-09" || len(rec.Provinces) != 1 || rec.Provinces[0] != "Hải Phòng" {
		t.Errorf("event_date %s, provinces %v", str(rec.EventDate), rec.Provinces)
	}
	if rec.AwardTotals != (extract.AwardTotals{Collectives: 10, Individuals: 14}) {
		t.Errorf("award_totals %+v", rec.AwardTotals)
	}
	if len(rec.Directives) == 0 || rec.Directives[0].Number != "01-KL/TW" {
		t.Errorf("directives %+v", rec.Directives)
	}
}

func TestExtractBatchKeepsOrderAndReportsFailures(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", pageA)
	b := writeFile(t, dir, "b.html", pageB)
	empty := writeFile(t, dir, "empty.html", "")
	missing := filepath.Join(dir, "missing.html")
	args := []string{"extract", "--jobs", "3"}
	for i := 0; i < 5; i++ {
		args = append(args, a, b)
	}
	args = append(args, missing, empty, b)
	code, out, errOut := runCmd(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 11 {
		t.Fatalf("got %d records, want 11", len(lines))
	}
	for i, l := range lines {
		var rec extract.Record
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		want := "a.html"
		if i%2 == 1 || i == 10 {
			want = "b.html"
		}
		if !strings.HasSuffix(rec.URL, want) {
			t.Errorf("record %d is %s, want %s", i, rec.URL, want)
		}
	}
	for _, name := range []string{"missing.html", "empty.html"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s: %s", name, errOut)
		}
	}
	if n := strings.Count(strings.TrimSpace(errOut), "\n") + 1; n != 2 {
		t.Errorf("stderr has %d lines, want one per failed page:\n%s", n, errOut)
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errOut := runCmd(t, pageB, "extract", "--url", "https://lechan.haiphong.gov.vn/a.html", "-")
	if code != 0 || !strings.Contains(out, `"published_date":"2024-10-11"`) {
		t.Errorf("exit %d, out %s, err %s", code, out, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--no-such-flag", "x.html"},
		{"extract", "--url", "https://a.vn/", "a.html", "b.html"},
		{"no-such-command"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// TestMemoryFlag checks that a --memory that is no size is a usage error,
// found before anything is opened.
func TestMemoryFlag(t *testing.T) {
	for _, args := range [][]string{
		{"index", "--data", t.TempDir(), "--memory", "-1"},
		{"run", "--sites", "no-such-sites.toml", "--data", t.TempDir(), "--memory", "2000000"},
	} {
		code, _, errOut := runCmd(t, "", args...)
		if code != 2 || !strings.Contains(errOut, "--memory") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a word on --memory", args, code, errOut)
		}
	}
}
