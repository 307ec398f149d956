package extract

import (
	"strings"

	"github.com/vnnews/vnnews/extract/vntext"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

const vnSample = "Sáng 11/5/2023, Ban Thường vụ Thành ủy tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khoá XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."

// cp1258 encodes s as windows-1258 does on real pages: letters the code
// page lacks precomposed are written as base letter plus combining tone.
func cp1258(t testing.TB, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		b, err := enc.Bytes([]byte(string(r)))
		if err != nil {
			b, err = enc.Bytes([]byte(norm.NFD.String(string(r))))
			if err != nil {
				// Some letters need their non-tone mark precomposed and the
				// tone combining (ế = ê + acute).
				var base, tone []rune
				for _, c := range norm.NFD.String(string(r)) {
					if vntext.IsTone(c) {
						tone = append(tone, c)
					} else {
						base = append(base, c)
					}
				}
				b, err = enc.Bytes([]byte(norm.NFC.String(string(base)) + string(tone)))
				if err != nil {
					t.Fatalf("cannot encode %q in windows-1258", r)
				}
			}
		}
		out = append(out, b...)
	}
	return out
}

func TestDecode(t *testing.T) {
	html := func(head, body string) string {
		return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>"
	}
	tests := []struct {
		name     string
		body     []byte
		declared string
		charset  string
	}{
		{"utf-8 without any declaration", []byte(html("", vnSample)), "", "utf-8"},
		{"utf-8 with BOM beats a wrong header", append([]byte("\xEF\xBB\xBF"), html("", vnSample)...), "windows-1258", "utf-8"},
		{"utf-8 declared by meta charset", []byte(html(`<meta charset="utf-8">`, vnSample)), "", "utf-8"},
		{"windows-1258 declared by http-equiv", append(append([]byte(html(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, "")[:100]), cp1258(t, vnSample)...), "</p>"...), "", "windows-1258"},
		{"windows-1258 declared by the server", append([]byte("<p>"), cp1258(t, vnSample)...), "text/html; charset=windows-1258", "windows-1258"},
		{"windows-1258 undeclared is sniffed", append([]byte("<p>"), cp1258(t, vnSample)...), "", "windows-1258"},
		{"ISO-8859-1 label on UTF-8 bytes", []byte(html(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, vnSample)), "", "utf-8"},
		{"server says latin1, bytes are UTF-8", []byte(html("", vnSample)), "ISO-8859-1", "utf-8"},
		{"server says utf-8, bytes are windows-1258", append([]byte("<p>"), cp1258(t, vnSample)...), "utf-8", "windows-1258"},
		{"header beats meta", []byte(html(`<meta charset="windows-1258">`, vnSample)), "utf-8", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs, err := Decode(tt.body, tt.declared)
			if err != nil {
				t.Fatal(err)
			}
			if cs != tt.charset {
				t.Errorf("charset = %s, want %s", cs, tt.charset)
			}
			if !utf8.Valid(out) || !norm.NFC.IsNormal(out) {
				t.Errorf("output is not NFC UTF-8")
			}
			if !strings.Contains(string(out), vnSample) {
				t.Errorf("decoded text lost the Vietnamese sample:\n%.300s", out)
			}
		})
	}
}

// TestDecodeWindows1252WithReferences covers pages labelled windows-1258
// that were written as windows-1252, with the letters it lacks as numeric
// character references (a real hrw.org page does this): read as 1258 they
// come out as "B́nh", "quư", "đă".
func TestDecodeWindows1252WithReferences(t *testing.T) {
	page := "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1258\" />" +
		"<p>Nh\xe0 v\xe0 \xf4ng B\xecnh \x93 &#273;\xe3 n\xf3i r\xf5 r\xe0ng v\xe0 qu\xfd b\xe1o Thanh H\xf3a, ch\xednh quy&#7873;n v\xe0 nh\xe2n d\xe2n Vi&#7879;t Nam.</p>"
	out, cs, err := Decode([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if cs != "windows-1252" {
		t.Errorf("charset = %s, want windows-1252", cs)
	}
	for _, want := range []string{"Bình", "đã", "rõ ràng", "quý", "Thanh Hóa", "nhân dân"} {
		if !strings.Contains(string(out), want) && !strings.Contains(string(out), strings.Replace(want, "đ", "&#273;", 1)) {
			t.Errorf("decoded text lacks %q: %s", want, out)
		}
	}
}

func TestDecodeNFD(t *testing.T) {
	nfd := norm.NFD.String(vnSample)
	out, _, err := Decode([]byte("<p>"+nfd+"</p>"), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), vnSample) {
		t.Errorf("NFD text was not composed: %s", out)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=windows-1258><p>"+vnSample), "")
	f.Add(cp1258(f, vnSample), "windows-1258")
	f.Add([]byte("\xFF\xFE<\x00p\x00>\x00"), "")
	f.Add([]byte("\xEF\xBB\xBF\xC3"), "iso-8859-1")
	f.Add([]byte("<meta http-equiv=content-type content='text/html;charset=\"x-user-defined\"'>\x80\x81"), "utf-16")
	f.Fuzz(func(t *testing.T, body []byte, declared string) {
		out, _, err := Decode(body, declared)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 out of Decode(%q, %q)", body, declared)
		}
		if !norm.NFC.IsNormal(out) {
			t.Fatalf("output not NFC for %q", body)
		}
	})
}
