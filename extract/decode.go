package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/vnnews/vnnews/extract/vntext"
)

// prescanLimit bounds how far into a page Decode looks for a <meta> charset
// declaration. Browsers stop at 1024 bytes; Vietnamese portals often put
// kilobytes of comments, scripts or server-side directives first.
const prescanLimit = 64 << 10

// Decode converts a page to NFC UTF-8 and names the charset it used.
//
// The evidence is weighed in the order browsers use: a byte order mark, then
// declared (the charset of the HTTP response, if any), then a <meta charset>
// or http-equiv declaration, then sniffing. Declarations are checked against
// the bytes, because Vietnamese sites often lie: a page labelled ISO-8859-1
// or windows-1258 whose bytes are valid UTF-8 is read as UTF-8, and a page
// labelled windows-1258 whose text only reads as Vietnamese in windows-1252
// (with the other letters as numeric character references) is read as
// windows-1252. Undecodable bytes become U+FFFD; Decode never fails on
// content, only on an unknown declared label with nothing better to go on.
func Decode(body []byte, declared string) ([]byte, string, error) {
	if enc, name, n := bomEncoding(body); enc != nil {
		out, err := enc.NewDecoder().Bytes(body[n:])
		if err != nil {
			return nil, "", fmt.Errorf("decode %s: %w", name, err)
		}
		return finish(out), name, nil
	}
	label := strings.TrimSpace(declared)
	if label == "" {
		label = prescanCharset(body)
	}
	enc, name := lookupCharset(label)
	switch {
	case enc == nil || name == "utf-8":
		// Undeclared, unknown or UTF-8: believe UTF-8 when the bytes are UTF-8.
		if utf8.Valid(body) || mostlyUTF8(body) {
			return finish(body), "utf-8", nil
		}
		enc, name = sniffLegacy(body)
	case isSingleByte(name):
		if hasUTF8Multibyte(body) && utf8.Valid(body) {
			return finish(body), "utf-8", nil // mislabelled: really UTF-8
		}
		if name == "windows-1258" || name == "windows-1252" {
			enc, name = sniffLegacy(body)
		}
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, "", fmt.Errorf("decode %s: %w", name, err)
	}
	return finish(out), name, nil
}

// finish makes decoded bytes valid NFC UTF-8.
func finish(b []byte) []byte {
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if norm.NFC.QuickSpan(b) == len(b) {
		return b
	}
	return norm.NFC.Bytes(b)
}

// bomEncoding reports the encoding named by a byte order mark at the start of
// body, and the length of the mark.
func bomEncoding(body []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, "utf-8", 3
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	}
	return nil, "", 0
}

// lookupCharset maps a charset label to an encoding with its canonical name,
// or nil when the label is empty or unknown. Labels that name UTF-16 are
// treated as UTF-8, as browsers do for pages without a byte order mark.
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(label, " \t\r\n\"'"))
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		return encoding.Nop, "utf-8"
	}
	return enc, name
}

// isSingleByte reports whether the named encoding maps each byte to one
// character, as the legacy Latin and Vietnamese code pages do.
func isSingleByte(name string) bool {
	return strings.HasPrefix(name, "windows-") || strings.HasPrefix(name, "iso-8859-") ||
		name == "ibm866" || name == "koi8-r" || name == "koi8-u" || name == "macintosh" ||
		name == "x-mac-cyrillic"
}

// hasUTF8Multibyte reports whether b holds at least one multi-byte UTF-8
// sequence (legacy text rarely forms one by accident, never many).
func hasUTF8Multibyte(b []byte) bool {
	for i := 0; i < len(b); i++ {
		if b[i] >= 0xC2 {
			if r, n := utf8.DecodeRune(b[i:]); r != utf8.RuneError && n > 1 {
				return true
			}
		}
	}
	return false
}

// mostlyUTF8 reports whether b is UTF-8 with a few stray bytes: at least 20
// well-formed multi-byte sequences for every invalid byte. Such pages (a
// truncated string in a template, one pasted legacy character) are UTF-8.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good > 0 && good >= 20*bad
}

// sniffLegacy chooses between the two single-byte code pages Vietnamese
// pages come in, windows-1258 and windows-1252 (where the letters it lacks
// are numeric character references), by which one reads as more Vietnamese
// syllables. Ties go to windows-1258.
func sniffLegacy(body []byte) (encoding.Encoding, string) {
	text := legacyText(body)
	g58, b58 := vntext.SyllableScore(decodeString(charmap.Windows1258, text))
	g52, b52 := vntext.SyllableScore(decodeString(charmap.Windows1252, text))
	if score(g52, b52) > score(g58, b58) {
		return charmap.Windows1252, "windows-1252"
	}
	return charmap.Windows1258, "windows-1258"
}

func score(good, bad int) int { return good - 3*bad }

// legacyText returns the runs of body around its non-ASCII bytes (the
// words that differ between code pages), bounded so sniffing stays cheap.
func legacyText(body []byte) []byte {
	const limit = 3 << 10 // some hundreds of words: plenty to tell two code pages apart
	var out []byte
	for i := 0; i < len(body) && len(out) < limit; i++ {
		if body[i] < 0x80 {
			continue
		}
		s, e := i, i
		for s > 0 && isWordByte(body[s-1]) {
			s--
		}
		for e < len(body) && isWordByte(body[e]) {
			e++
		}
		out = append(out, body[s:e]...)
		out = append(out, ' ')
		i = e
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func decodeString(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return ""
	}
	return norm.NFC.String(string(out))
}

// prescanCharset returns the charset a page declares in a <meta> element
// within its first prescanLimit bytes, or "".
func prescanCharset(body []byte) string {
	if len(body) > prescanLimit {
		body = body[:prescanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(prescanLimit + 1024)
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if !hasAttr {
					continue
				}
				if cs := metaCharset(z); cs != "" {
					return cs
				}
			}
		}
	}
}

// metaCharset reads the charset from the attributes of a <meta> tag:
// charset="..." or http-equiv="Content-Type" content="...; charset=...".
func metaCharset(z *html.Tokenizer) string {
	var charset, content string
	httpEquiv := false
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "charset":
			charset = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		}
		if !more {
			break
		}
	}
	if charset != "" {
		return charset
	}
	if httpEquiv || content != "" {
		return charsetFromContentType(content)
	}
	return ""
}

// charsetFromContentType returns the charset parameter of a Content-Type
// value such as "text/html; charset=windows-1258", or "".
func charsetFromContentType(ct string) string {
	i := strings.Index(strings.ToLower(ct), "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(ct[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), "\"'")
	if j := strings.IndexAny(rest, " ;\"'"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
