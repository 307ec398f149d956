package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Stamp is a point in time read from a page, in Vietnam time.
type Stamp struct {
	Time    time.Time // in the vietnam location; midnight when only a day is known
	HasTime bool      // a time of day was printed
}

// Dateline is a Stamp found in a string, with the byte span it occupied.
type Dateline struct {
	Stamp
	Start, End int // s[Start:End] is the matched date (and time) text
}

// The years a publication date may fall in; dates outside are not datelines.
const (
	dlMinYear = 1990
	dlMaxYear = 2100
)

// ParseDateline returns the first publication-style date (with its time of day when printed next to it) in s.
//
// The day always comes before the month ("09/05/2024" is 9 May), except in
// year-first forms ("2024-05-09", "2024/05/09 15:00", RFC 3339). A date needs
// a four-digit year from 1990 to 2100; a day and month alone ("Sáng 9/5") is
// not a date. It reads numeric dates separated by "/", "-" or ".", written-out
// dates ("ngày 3 tháng 2 năm 2024", "15 Tháng 9, 2025"), and a time of day
// printed just before or just after the date ("14:31 11/10/2024",
// "Thứ Năm, 09/05/2024 15:00", "10:45 | 11/10/2024", "08/08/2022 10:11 SA",
// "3 giờ chiều ngày 20/5/2024"), with weekdays and words such as "lúc" or
// "ngày" allowed between them. A time printed before the date wins over one
// printed after it. A number that is not a time ("13/08/2025 | 329", a view
// counter) is not attached. Document numbers ("30/2020/NĐ-CP"), phone
// numbers, relative times ("3 giờ trước") and impossible dates or times are
// skipped, and scanning goes on to a later valid date.
//
// A UTC offset printed after the time is honoured: "(GMT+7)" changes
// nothing and is left out of the span, while another offset ("(GMT+0)",
// "+00:00") converts the time to Vietnam time and is part of the span.
// Otherwise the span covers the date and its time, not the labels or
// weekday around them, and parsing the span alone gives the same Stamp.
//
// It never panics and runs in time linear in len(s).
func ParseDateline(s string) (Dateline, bool) {
	// Every date and time begins with a number, and a number token begins at
	// any digit not preceded by one, except for the digits of an NBSP entity
	// ("&#160;"), which is whitespace: so jump from digit to digit.
	for pos := 0; pos < len(s); {
		switch c := s[pos]; {
		case '0' <= c && c <= '9' || c == 0xEF && dlDigit(dlRuneAt(s, pos)) >= 0:
			t := dlLex(s, pos)
			if d, ok := dlTimeFirst(s, t); ok {
				return d, true
			}
			if d, ok := dlDateFirst(s, t); ok {
				return d, true
			}
			pos = t.end
		case c == '&':
			pos += max(dlSpaceAt(s, pos), 1)
		default:
			pos++
		}
	}
	return Dateline{}, false
}

// dlRuneAt returns the rune at s[pos:].
func dlRuneAt(s string, pos int) rune {
	r, _ := utf8.DecodeRuneInString(s[pos:])
	return r
}

// dlClock is a time of day.
type dlClock struct {
	h, m, s, ns int
}

// dlTimeFirst reads a time of day at t followed by a date, as in
// "14:31 11/10/2024" or "Cập nhật, 09:53, Thứ Năm, 08/02/2018".
func dlTimeFirst(s string, t dlTok) (Dateline, bool) {
	if t.digits > 2 || !dlLeftOK(s, t.start, false) {
		return Dateline{}, false
	}
	c, end, ok := dlTimeAt(s, t)
	if !ok {
		return Dateline{}, false
	}
	d := dlLex(s, dlSkipGap(s, end))
	if d.kind != dlNum {
		return Dateline{}, false
	}
	st, end, ok := dlDateAt(s, d)
	if !ok || st.HasTime {
		return Dateline{}, false
	}
	tm, end, ok := dlClockOn(s, st.Time, c, end)
	if !ok {
		return Dateline{}, false
	}
	return Dateline{Stamp: Stamp{Time: tm, HasTime: true}, Start: t.start, End: end}, true
}

// dlDateFirst reads a date at t, with the time of day printed after it if
// there is one, as in "21/03/2019 - 22:13".
func dlDateFirst(s string, t dlTok) (Dateline, bool) {
	if !dlLeftOK(s, t.start, true) {
		return Dateline{}, false
	}
	st, end, ok := dlDateAt(s, t)
	if !ok {
		return Dateline{}, false
	}
	if !st.HasTime {
		if n := dlLex(s, dlSkipGap(s, end)); n.kind == dlNum {
			if c, e, ok := dlTimeAt(s, n); ok && dlTimeEndOK(s, e) {
				if tm, e, ok := dlClockOn(s, st.Time, c, e); ok {
					st = Stamp{Time: tm, HasTime: true}
					end = e
				}
			}
		}
	}
	return Dateline{Stamp: st, Start: t.start, End: end}, true
}

// dlVietnamOffset is Vietnam's UTC offset, in seconds, since 1975.
const dlVietnamOffset = 7 * 3600

// dlClockOn returns the time of day c on the day of midnight, where the text
// before pos printed them. A UTC offset printed at pos ("(GMT+7)", "+07:00")
// is honoured: one other than Vietnam's converts the time to Vietnam time and
// extends the text to pos's end, which is returned. It reports false when the
// conversion leaves the years a publication may be dated.
func dlClockOn(s string, midnight time.Time, c dlClock, pos int) (time.Time, int, bool) {
	y, m, d := midnight.Date()
	off, end, ok := dlZone(s, pos)
	if !ok || off == dlVietnamOffset {
		return time.Date(y, m, d, c.h, c.m, c.s, c.ns, vietnam), pos, true
	}
	t := time.Date(y, m, d, c.h, c.m, c.s, c.ns, time.FixedZone("", off)).In(vietnam)
	if t.Year() < dlMinYear || t.Year() > dlMaxYear {
		return time.Time{}, 0, false
	}
	return t, end, true
}

// dlZone reads a UTC offset printed at pos, after a time of day or a date:
// "GMT+7", "UTC+07:00", "GMT" (UTC), each possibly in brackets, or a bare
// "+07:00" or "+0700". A bare offset needs a plus sign, as "15:00 - 10:30"
// is a range. It returns the offset in seconds east of UTC and the end of
// its text.
func dlZone(s string, pos int) (int, int, bool) {
	t := dlLex(s, pos)
	var closer rune
	if t.kind == dlPunct && (t.punct == '(' || t.punct == '[') {
		closer = ')'
		if t.punct == '[' {
			closer = ']'
		}
		t = dlLex(s, t.end)
	}
	var off, end int
	switch {
	case t.kind == dlWord && dlIsKey(dlKey(s, t), "gmt", "utc"):
		end = t.end
		if z := dlLex(s, end); !z.spaced && z.kind == dlPunct && (z.punct == '+' || z.punct == '-') {
			var ok bool
			if off, end, ok = dlOffset(s, z); !ok {
				return 0, 0, false
			}
		}
	case closer == 0 && t.kind == dlPunct && t.punct == '+':
		n := dlLex(s, t.end)
		if c := dlLex(s, n.end); n.digits != 4 && (n.digits != 2 || c.spaced || c.kind != dlPunct || c.punct != ':') {
			return 0, 0, false
		}
		var ok bool
		if off, end, ok = dlOffset(s, t); !ok {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if closer != 0 {
		c := dlLex(s, end)
		if c.kind != dlPunct || c.punct != closer {
			return 0, 0, false
		}
		end = c.end
	}
	if !dlDateEndOK(s, end) {
		return 0, 0, false
	}
	return off, end, true
}

// dlDateAt reads a date beginning at the number t. It returns the date (with
// its time of day for an RFC 3339 timestamp) and the end of its text. The
// date must not run on into a document number or another number.
func dlDateAt(s string, t dlTok) (Stamp, int, bool) {
	if t.kind != dlNum {
		return Stamp{}, 0, false
	}
	if t.digits == 4 {
		return dlYearFirst(s, t)
	}
	if t.digits > 2 {
		return Stamp{}, 0, false
	}
	a := dlLex(s, t.end)
	var mo, yr dlTok
	switch {
	case !a.spaced && a.kind == dlPunct && (a.punct == '/' || a.punct == '-' || a.punct == '.'):
		// 9/5/2024, 09-05-2024, 09.05.2024
		mo = dlLex(s, a.end)
		if mo.spaced || mo.kind != dlNum || mo.digits > 2 {
			return Stamp{}, 0, false
		}
		b := dlLex(s, mo.end)
		if b.spaced || b.kind != dlPunct || b.punct != a.punct {
			return Stamp{}, 0, false
		}
		yr = dlLex(s, b.end)
		if yr.spaced {
			return Stamp{}, 0, false
		}
	case a.kind == dlWord && dlIsKey(dlKey(s, a), "tháng", "thang"):
		// ngày 3 tháng 2 năm 2024, 15 Tháng 9, 2025
		mo = dlLex(s, a.end)
		if mo.kind != dlNum || mo.digits > 2 {
			return Stamp{}, 0, false
		}
		yr = dlLex(s, mo.end)
		if yr.kind == dlPunct && yr.punct == ',' {
			yr = dlLex(s, yr.end)
		}
		if yr.kind == dlWord && dlIsKey(dlKey(s, yr), "năm", "nam") {
			yr = dlLex(s, yr.end)
		}
	default:
		return Stamp{}, 0, false
	}
	year := yr.val
	if yr.kind == dlNum && yr.digits == 2 && a.kind == dlPunct && a.punct == '/' && dlTwoDigitYearOK(s, yr) {
		year, yr.digits = 2000+yr.val, 4
	}
	if yr.kind != dlNum || yr.digits != 4 || !dlValidDate(year, mo.val, t.val) || !dlDateEndOK(s, yr.end) {
		return Stamp{}, 0, false
	}
	return Stamp{Time: time.Date(year, time.Month(mo.val), t.val, 0, 0, 0, 0, vietnam)}, yr.end, true
}

// dlTwoDigitYearOK reports whether a two-digit year (24/12/12) may be read
// as 20yy: only when a time of day follows the date ("24/12/12 11:05"), as
// on old portals; alone, d/m/yy is too easily a ratio or a reference.
func dlTwoDigitYearOK(s string, yr dlTok) bool {
	n := dlLex(s, yr.end)
	if !n.spaced || n.kind != dlNum || n.digits > 2 {
		return false
	}
	_, end, ok := dlTimeAt(s, n)
	return ok && dlTimeEndOK(s, end) // the time the date is read with
}

// dlYearFirst reads a year-first date at the four-digit number t:
// "2024-05-09", "2024/05/09" or an RFC 3339 timestamp such as
// "2024-05-09T15:00:00+07:00", which is converted to Vietnam time.
func dlYearFirst(s string, t dlTok) (Stamp, int, bool) {
	a := dlLex(s, t.end)
	if a.spaced || a.kind != dlPunct || (a.punct != '-' && a.punct != '/') {
		return Stamp{}, 0, false
	}
	mo := dlLex(s, a.end)
	if mo.spaced || mo.kind != dlNum || mo.digits > 2 {
		return Stamp{}, 0, false
	}
	b := dlLex(s, mo.end)
	if b.spaced || b.kind != dlPunct || b.punct != a.punct {
		return Stamp{}, 0, false
	}
	day := dlLex(s, b.end)
	if day.spaced || day.kind != dlNum || day.digits > 2 || !dlValidDate(t.val, mo.val, day.val) {
		return Stamp{}, 0, false
	}
	end := day.end
	tt := dlLex(s, end)
	if tt.spaced || tt.kind != dlWord || (s[tt.start:tt.end] != "T" && s[tt.start:tt.end] != "t") {
		if !dlDateEndOK(s, end) {
			return Stamp{}, 0, false
		}
		return Stamp{Time: time.Date(t.val, time.Month(mo.val), day.val, 0, 0, 0, 0, vietnam)}, end, true
	}
	h := dlLex(s, tt.end)
	if h.spaced || h.kind != dlNum || h.digits != 2 {
		return Stamp{}, 0, false
	}
	c, end, ok := dlColonClock(s, h, true)
	if !ok {
		return Stamp{}, 0, false
	}
	loc := vietnam
	if z := dlLex(s, end); !z.spaced {
		switch {
		case z.kind == dlWord && (s[z.start:z.end] == "Z" || s[z.start:z.end] == "z"):
			loc, end = time.UTC, z.end
		case z.kind == dlPunct && (z.punct == '+' || z.punct == '-'):
			off, e, ok := dlOffset(s, z)
			if !ok {
				return Stamp{}, 0, false
			}
			loc, end = time.FixedZone("", off), e
		}
	}
	if !dlDateEndOK(s, end) {
		return Stamp{}, 0, false
	}
	tm := time.Date(t.val, time.Month(mo.val), day.val, c.h, c.m, c.s, c.ns, loc).In(vietnam)
	if tm.Year() < dlMinYear || tm.Year() > dlMaxYear {
		return Stamp{}, 0, false
	}
	return Stamp{Time: tm, HasTime: true}, end, true
}

// dlOffset reads a UTC offset such as "+07:00", "+0700", "+7" or "-05" at
// the sign token z. It returns the offset in seconds east of UTC and the end
// of its text.
func dlOffset(s string, z dlTok) (int, int, bool) {
	n := dlLex(s, z.end)
	if n.spaced || n.kind != dlNum {
		return 0, 0, false
	}
	var h, m int
	end := n.end
	switch n.digits {
	case 4:
		h, m = n.val/100, n.val%100
	case 1, 2:
		h = n.val
		if c := dlLex(s, end); !c.spaced && c.kind == dlPunct && c.punct == ':' {
			mm := dlLex(s, c.end)
			if mm.spaced || mm.kind != dlNum || mm.digits != 2 {
				return 0, 0, false
			}
			m, end = mm.val, mm.end
		}
	default:
		return 0, 0, false
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	off := h*3600 + m*60
	if z.punct == '-' {
		off = -off
	}
	return off, end, true
}

// dlTimeAt reads a time of day beginning at the number t: "15:00",
// "14:31:05", "14:46'", "12:0'", "14h30", "14h", "14g30", "14 giờ 30 phút",
// each optionally followed by SA/AM or CH/PM. The spoken forms (with h, g or
// giờ) may be followed by a part of the day instead: "3 giờ chiều" is 15:00.
// A time followed by a word making it relative ("3 giờ trước") is not a time
// of day.
func dlTimeAt(s string, t dlTok) (dlClock, int, bool) {
	var c dlClock
	if t.kind != dlNum || t.digits > 2 {
		return c, 0, false
	}
	c.h = t.val
	var end int
	n := dlLex(s, t.end)
	k := dlKey(s, n)
	spoken := true
	switch {
	case !n.spaced && n.kind == dlPunct && n.punct == ':':
		var ok bool
		if c, end, ok = dlColonClock(s, t, false); !ok {
			return c, 0, false
		}
		spoken = false
	case !n.spaced && dlIsKey(k, "h", "g"):
		end = n.end
		if x := dlLex(s, end); !x.spaced && x.kind == dlNum {
			if x.digits != 2 {
				return c, 0, false
			}
			c.m, end = x.val, x.end
			if p := dlLex(s, end); p.kind == dlWord {
				if pk := dlKey(s, p); (!p.spaced && dlIsKey(pk, "p")) || dlIsKey(pk, "phút", "phut") {
					end = p.end
				}
			}
		} else if dlIsKey(k, "g") {
			return c, 0, false // "5G" is not a time
		}
	case dlIsKey(k, "giờ", "gio"):
		end = n.end
		if x := dlLex(s, end); x.kind == dlNum && x.digits <= 2 {
			// The minutes, unless the number begins a date ("14 giờ 20/5/2024").
			if y := dlLex(s, x.end); y.spaced || y.kind != dlPunct || !strings.ContainsRune("/-.:", y.punct) {
				c.m, end = x.val, x.end
				if y.kind == dlWord && dlIsKey(dlKey(s, y), "phút", "phut") {
					end = y.end
				}
			}
		}
	default:
		return c, 0, false
	}
	if y := dlLex(s, end); y.kind == dlWord {
		switch k := dlKey(s, y); {
		case dlIsKey(k, "sa", "am"):
			if c.h > 12 {
				return c, 0, false
			}
			if c.h == 12 {
				c.h = 0
			}
			end = y.end
		case dlIsKey(k, "ch", "pm"):
			if c.h == 0 {
				return c, 0, false
			}
			if c.h < 12 {
				c.h += 12
			}
			end = y.end
		case spoken || dlDayPartAfterClock(s, y):
			if h, ok := dlDayPart(k, c.h); ok {
				c.h, end = h, y.end
			}
		}
	}
	if c.h > 23 || c.m > 59 || c.s > 59 {
		return c, 0, false
	}
	if y := dlLex(s, end); y.kind == dlWord && dlIsKey(dlKey(s, y), "trước", "truoc", "qua", "nữa", "nua", "sau") {
		return c, 0, false
	}
	return c, end, true
}

// dlDayPartAfterClock reports whether the word y after a colon clock may
// be its part of the day: "9:05 tối" is 21:05. Only a word in lower case
// that no number follows is: "09:00 Chiều nay, ..." and "09:00 chiều
// 15/10" begin the article's lead, whose time is another one.
func dlDayPartAfterClock(s string, y dlTok) bool {
	r, _ := utf8.DecodeRuneInString(s[y.start:])
	if !unicode.IsLower(r) {
		return false
	}
	return dlLex(s, y.end).kind != dlNum
}

// dlDayPart returns the hour h of a spoken time followed by the word k when
// k names a part of the day that fits it: "3 giờ chiều" is 15:00 and
// "10 giờ đêm" is 22:00. It reports false when k is not a part of the day, or
// one that does not fit h ("15 giờ sáng"), which is then not read with it.
func dlDayPart(k string, h int) (int, bool) {
	switch {
	case dlIsKey(k, "sáng", "sang"):
		return h, h <= 11
	case dlIsKey(k, "trưa", "trua"):
		switch {
		case h >= 10 && h <= 13:
			return h, true
		case h >= 1 && h <= 2:
			return h + 12, true
		}
	case dlIsKey(k, "chiều", "chieu"):
		switch {
		case h >= 1 && h <= 11:
			return h + 12, true
		case h >= 12 && h <= 19:
			return h, true
		}
	case dlIsKey(k, "tối"):
		switch {
		case h >= 5 && h <= 11:
			return h + 12, true
		case h >= 17 && h <= 23:
			return h, true
		}
	case dlIsKey(k, "đêm", "dem"):
		switch {
		case h >= 7 && h <= 11:
			return h + 12, true
		case h == 12:
			return 0, true
		case h <= 5 || h >= 19:
			return h, true
		}
	}
	return h, false
}

// dlColonClock reads "H:MM", "H:MM:SS" or (outside RFC 3339) "H:M'" at the
// number h. In RFC 3339 (iso) it also reads fractional seconds.
func dlColonClock(s string, h dlTok, iso bool) (dlClock, int, bool) {
	var c dlClock
	if h.kind != dlNum || h.digits > 2 {
		return c, 0, false
	}
	colon := dlLex(s, h.end)
	if colon.spaced || colon.kind != dlPunct || colon.punct != ':' {
		return c, 0, false
	}
	m := dlLex(s, colon.end)
	if m.spaced || m.kind != dlNum || m.digits > 2 {
		return c, 0, false
	}
	c.h, c.m = h.val, m.val
	end := m.end
	if x := dlLex(s, end); !x.spaced && x.kind == dlPunct && x.punct == ':' {
		if sec := dlLex(s, x.end); !sec.spaced && sec.kind == dlNum {
			if sec.digits != 2 || m.digits != 2 {
				return c, 0, false
			}
			c.s, end = sec.val, sec.end
			if f := dlLex(s, end); iso && !f.spaced && f.kind == dlPunct && f.punct == '.' {
				if g := dlLex(s, f.end); !g.spaced && g.kind == dlNum {
					c.ns, end = dlFraction(s[g.start:g.end]), g.end
				}
			}
		}
	}
	if iso {
		if m.digits != 2 {
			return c, 0, false
		}
	} else {
		// A minute mark: "14:46'", and "12:0'" for 12:00. A one-digit
		// minute needs it: "3:1" is more likely a score than a time.
		x := dlLex(s, end)
		marked := !x.spaced && x.kind == dlPunct && x.punct == '\''
		if marked {
			end = x.end
		}
		if m.digits == 1 && !marked {
			return c, 0, false
		}
	}
	if c.h > 23 || c.m > 59 || c.s > 59 {
		return c, 0, false
	}
	return c, end, true
}

// dlFraction returns the nanoseconds in the digits of a fractional second.
func dlFraction(digits string) int {
	ns, n := 0, 0
	for _, r := range digits {
		if n == 9 {
			break
		}
		ns = ns*10 + dlDigit(r)
		n++
	}
	for ; n < 9; n++ {
		ns *= 10
	}
	return ns
}

// dlSkipGap skips what may stand between a date and its time of day: commas,
// dashes, pipes and bullets, weekdays ("Thứ Năm", "Chủ nhật", "T5") and the
// words "lúc", "vào" and "ngày". It returns the end of the last item skipped
// (pos when there is none).
func dlSkipGap(s string, pos int) int {
	puncts, words := 0, 0
	for {
		t := dlLex(s, pos)
		switch t.kind {
		case dlPunct:
			if puncts < 3 && strings.ContainsRune(",-|•", t.punct) {
				puncts++
				pos = t.end
				continue
			}
		case dlWord:
			if words >= 4 {
				return pos
			}
			switch k := dlKey(s, t); {
			case dlIsKey(k, "lúc", "luc", "vào", "vao", "ngày", "ngay",
				"chủ", "chu", "nhật", "nhat", "cn",
				"hai", "ba", "tư", "tu", "năm", "nam", "sáu", "sau", "bảy", "bay"):
				words++
				pos = t.end
				continue
			case dlIsKey(k, "thứ", "thu", "t"):
				words++
				pos = t.end
				// The weekday's number, as in "Thứ 5" or "T5", unless it begins
				// the date ("Thứ 3/5/2024" lacks the weekday's number).
				n := dlLex(s, pos)
				if n.kind == dlNum && n.digits == 1 && n.val >= 2 && n.val <= 8 && (!n.spaced || !dlIsKey(k, "t")) {
					if a := dlLex(s, n.end); a.spaced || a.kind != dlPunct || !strings.ContainsRune("/-.:", a.punct) {
						pos = n.end
					}
				}
				continue
			}
		}
		return pos
	}
}

// dlDateEndOK reports whether a date ending at end stands alone: it must not
// run on into a word, a document number ("12/3/2020/NĐ-CP"), a longer dotted
// number or a time ("…2023:10").
func dlDateEndOK(s string, end int) bool {
	t := dlLex(s, end)
	if t.spaced || t.kind == dlEOF {
		return true
	}
	if t.kind != dlPunct {
		return false
	}
	n := dlLex(s, t.end)
	adjacent := !n.spaced && (n.kind == dlNum || n.kind == dlWord)
	switch t.punct {
	case '/', '.':
		return !adjacent
	case ':':
		return n.spaced || n.kind != dlNum
	case '-':
		return n.spaced || n.kind != dlWord // a dash then a number is a range or a time
	}
	return true
}

// dlTimeEndOK reports whether a time of day ending at end stands alone: it
// must not run on into a word (other than a time zone), a number, a range
// ("15:00-17:00") or a longer colon-separated number.
func dlTimeEndOK(s string, end int) bool {
	t := dlLex(s, end)
	switch {
	case t.spaced || t.kind == dlEOF:
		return true
	case t.kind == dlWord:
		return dlIsKey(dlKey(s, t), "gmt", "utc", "ict")
	case t.kind == dlNum:
		return false
	}
	switch t.punct {
	case ':', '/', '.', '-':
		n := dlLex(s, t.end)
		return n.spaced || n.kind != dlNum
	}
	return true
}

// dlLeftOK reports whether a date or time may begin at start: it must not
// continue a number, a word, or a dotted, slashed or dashed code or number
// ending just before it ("0225.3842.123", "30/2020", "12:30"). When
// afterYear is set, a dash right after a four-digit number is allowed, as in
// the range "19/5/2022-19/5/2023".
func dlLeftOK(s string, start int, afterYear bool) bool {
	if start <= 0 || dlSpaceBefore(s, start) {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(s[:start])
	if dlDigit(r) >= 0 || dlIsLetter(r) {
		return false
	}
	p := start - size
	prev, _ := utf8.DecodeLastRuneInString(s[:p])
	prevAlnum := p > 0 && (dlDigit(prev) >= 0 || dlIsLetter(prev))
	switch dlNormPunct(r) {
	case '/', '.':
		return !prevAlnum
	case ':':
		return p == 0 || dlDigit(prev) < 0
	case '-':
		if !prevAlnum {
			return true
		}
		if !afterYear || dlDigit(prev) < 0 {
			return false
		}
		n := 0
		for q := p; q > 0 && n < 5; n++ {
			r, size := utf8.DecodeLastRuneInString(s[:q])
			if dlDigit(r) < 0 {
				break
			}
			q -= size
		}
		return n == 4
	}
	return true
}

// dlValidDate reports whether y-m-d is a real day in the years a
// publication may be dated.
func dlValidDate(y, m, d int) bool {
	if y < dlMinYear || y > dlMaxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// dlIsKey reports whether the word key k is one of keys (lower case, NFC),
// ignoring case.
func dlIsKey(k string, keys ...string) bool {
	if k == "" {
		return false
	}
	for _, key := range keys {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// dlKind is the kind of a dlTok.
type dlKind uint8

const (
	dlEOF   dlKind = iota // end of input
	dlNum                 // a run of digits
	dlWord                // a run of letters and combining marks
	dlPunct               // any other single rune (or invalid byte)
)

// dlTok is a token of a dateline: s[start:end].
type dlTok struct {
	kind       dlKind
	spaced     bool // whitespace stands between where lexing began and start
	start, end int
	digits     int  // number of digits of a dlNum
	val        int  // value of a dlNum; meaningful only up to 9 digits
	punct      rune // normalised rune of a dlPunct
}

// dlLex returns the token at pos, after any whitespace.
func dlLex(s string, pos int) dlTok {
	begin := pos
	for pos < len(s) {
		w := dlSpaceAt(s, pos)
		if w == 0 {
			break
		}
		pos += w
	}
	t := dlTok{spaced: pos > begin, start: pos, end: pos}
	if pos >= len(s) {
		return t
	}
	r, size := utf8.DecodeRuneInString(s[pos:])
	switch {
	case dlDigit(r) >= 0:
		t.kind = dlNum
		for pos < len(s) {
			r, size := utf8.DecodeRuneInString(s[pos:])
			d := dlDigit(r)
			if d < 0 {
				break
			}
			if t.digits < 9 {
				t.val = t.val*10 + d
			}
			t.digits++
			pos += size
		}
	case dlIsLetter(r):
		t.kind = dlWord
		for pos < len(s) {
			if c := s[pos]; c < utf8.RuneSelf {
				if 'a' <= c|0x20 && c|0x20 <= 'z' {
					pos++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(s[pos:])
			if !dlIsLetter(r) {
				break
			}
			pos += size
		}
	default:
		t.kind = dlPunct
		t.punct = dlNormPunct(r)
		pos += size
	}
	t.end = pos
	return t
}

// dlKey returns the word t in NFC, so that decomposed text
// ("Thu\u031b\u0301") matches; it is empty for anything but a short word.
// Compare keys with dlIsKey, which ignores case.
func dlKey(s string, t dlTok) string {
	if t.kind != dlWord || t.end-t.start > 32 {
		return ""
	}
	w := s[t.start:t.end]
	for _, r := range w {
		if r >= 0x300 && unicode.IsMark(r) {
			return norm.NFC.String(w) // decomposed: compose the marks
		}
	}
	return w
}

// dlSpaceAt returns the width of the whitespace at s[pos:], 0 if none. Space
// includes NBSP and other Unicode spaces, invisible format characters (zero
// width space, BOM) and the HTML entity for NBSP.
func dlSpaceAt(s string, pos int) int {
	c := s[pos]
	if c < utf8.RuneSelf {
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return 1
		case '&':
			for _, e := range [...]string{"&nbsp;", "&#160;", "&#xa0;", "&nbsp"} {
				if len(s)-pos >= len(e) && strings.EqualFold(s[pos:pos+len(e)], e) {
					return len(e)
				}
			}
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[pos:])
	if dlIsSpace(r) {
		return size
	}
	return 0
}

// dlSpaceBefore reports whether whitespace (as dlSpaceAt reads it) ends at
// pos.
func dlSpaceBefore(s string, pos int) bool {
	if c := s[pos-1]; c < utf8.RuneSelf && c != ';' && c != 'p' && c != 'P' {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	for _, e := range [...]string{"&nbsp;", "&#160;", "&#xa0;", "&nbsp"} {
		if pos >= len(e) && strings.EqualFold(s[pos-len(e):pos], e) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s[:pos])
	return dlIsSpace(r)
}

// dlIsSpace reports whether r is whitespace or an invisible format character.
func dlIsSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// dlIsLetter reports whether r belongs in a word: a letter or a combining
// mark (decomposed tone marks).
func dlIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// dlDigit returns the value of an ASCII or full-width digit, or -1.
func dlDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// dlNormPunct folds look-alike punctuation (dashes, full-width forms, curly
// quotes) onto one ASCII rune.
func dlNormPunct(r rune) rune {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−', '－', '﹘', '﹣':
		return '-'
	case '／', '⁄', '∕':
		return '/'
	case '：', '﹕':
		return ':'
	case '．':
		return '.'
	case '，':
		return ','
	case '＋':
		return '+'
	case '｜', '¦', '│', '∣':
		return '|'
	case '’', '‘', '′', '`', '´':
		return '\''
	case '·', '∙', '・':
		return '•'
	}
	return r
}
