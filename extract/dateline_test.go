package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// datelineCase is one row of TestParseDateline. want is "" when no date may
// be found, else "2006-01-02" (no time of day) or "2006-01-02 15:04:05"
// (a time of day was printed), in Vietnam time. span, when set, is the text
// the match must cover.
type datelineCase struct {
	name string
	in   string
	want string
	span string
}

var datelineCases = []datelineCase{
	// T1: weekday, date, time after it.
	{"T1/weekday-comma-time-gmt", "Thứ Tư, 27/07/2016, 10:26 (GMT+7)", "2016-07-27 10:26:00", "27/07/2016, 10:26"},
	{"T1/bracket-gmt", "Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "2015-04-08 08:11:00", "08/04/2015, 08:11"},
	{"T1/space-time", "Thứ Năm, 09/05/2024 15:00", "2024-05-09 15:00:00", "09/05/2024 15:00"},
	{"T1/one-digit-day-month", "Thứ sáu, 8/2/2019, 17:08 (GMT+7)", "2019-02-08 17:08:00", "8/2/2019, 17:08"},
	{"T1/nbsp-entity", "Thứ sáu, 8/2/2019,&nbsp;17:08 (GMT+7)", "2019-02-08 17:08:00", "8/2/2019,&nbsp;17:08"},
	{"T1/nbsp", "Thứ sáu, 8/2/2019,\u00a017:08\u00a0(GMT+7)", "2019-02-08 17:08:00", "8/2/2019,\u00a017:08"},
	{"T1/no-comma", "Thứ hai 30/06/2025 23:16", "2025-06-30 23:16:00", "30/06/2025 23:16"},

	// T2: date - time.
	{"T2/dash-time", "21/03/2019 - 22:13", "2019-03-21 22:13:00", "21/03/2019 - 22:13"},
	{"T2/weekday-dash-time", "Thứ năm, 29/08/2024 - 08:00", "2024-08-29 08:00:00", "29/08/2024 - 08:00"},
	{"T2/en-dash", "21/03/2019 – 22:13", "2019-03-21 22:13:00", "21/03/2019 – 22:13"},
	{"T2/em-dash-nbsp", "21/03/2019\u00a0—\u00a022:13", "2019-03-21 22:13:00", "21/03/2019\u00a0—\u00a022:13"},

	// T3: time first.
	{"T3/parenthesised", "(12:10 11/03/2021)", "2021-03-11 12:10:00", "12:10 11/03/2021"},
	{"T3/space", "14:31 11/10/2024", "2024-10-11 14:31:00", "14:31 11/10/2024"},
	{"T3/comma", "05:07, 20/07/2021", "2021-07-20 05:07:00", "05:07, 20/07/2021"},
	{"T3/early-morning", "04:35 15/03/2016", "2016-03-15 04:35:00", ""},
	{"T3/dash", "15:05 - 25/05/2024", "2024-05-25 15:05:00", "15:05 - 25/05/2024"},
	{"T3/seconds", "14:31:05 11/10/2024", "2024-10-11 14:31:05", "14:31:05 11/10/2024"},
	{"T3/ngay", "08:21, ngày 16-04-2021", "2021-04-16 08:21:00", "08:21, ngày 16-04-2021"},
	{"T3/wins-over-later-time", "10:00 20/05/2023 15:00", "2023-05-20 10:00:00", "10:00 20/05/2023"},

	// T4: pipes, and a view counter that is not a time.
	{"T4/time-pipe-date", "10:45 | 11/10/2024", "2024-10-11 10:45:00", "10:45 | 11/10/2024"},
	{"T4/time-pipe-date-2", "19:07 | 25/05/2022", "2022-05-25 19:07:00", ""},
	{"T4/date-pipe-time-gmt", "17/10/2021 | 12:53 GMT+7", "2021-10-17 12:53:00", "17/10/2021 | 12:53"},
	{"T4/view-counter", "13/08/2025 | 329", "2025-08-13", "13/08/2025"},
	{"T4/view-counter-text", "13/08/2025 | 1234 lượt xem", "2025-08-13", "13/08/2025"},

	// T5: "Cập nhật" and other labels.
	{"T5/ngay-dang", "Ngày đăng: 14/03/2024 08:15", "2024-03-14 08:15:00", "14/03/2024 08:15"},
	{"T5/cap-nhat-date-only", "Cập nhật: 20/5/2023", "2023-05-20", "20/5/2023"},
	{"T5/cap-nhat-time-weekday-date", "Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)", "2018-02-08 09:53:00", "09:53, Thứ Năm, 08/02/2018"},
	{"T5/cap-nhat-spaced-colon", "Cập nhật : 16:23 - 30/12/2021", "2021-12-30 16:23:00", "16:23 - 30/12/2021"},
	{"T5/cap-nhat-ngay", "Cập nhật ngày: 19/05/2023 17:22", "2023-05-19 17:22:00", "19/05/2023 17:22"},
	{"T5/cap-nhat-time-comma-date", "Cập nhật: 20:18, 16/01/2023 (GMT+7)", "2023-01-16 20:18:00", "20:18, 16/01/2023"},
	{"T5/label-no-space", "Cập nhật:16:23 - 30/12/2021", "2021-12-30 16:23:00", "16:23 - 30/12/2021"},

	// T6: SA/CH, AM/PM.
	{"T6/sa", "08/08/2022 10:11 SA", "2022-08-08 10:11:00", "08/08/2022 10:11 SA"},
	{"T6/ch", "08/08/2022 03:11 CH", "2022-08-08 15:11:00", "08/08/2022 03:11 CH"},
	{"T6/pm-noon", "Thứ ba, 01/07/2025, 12:52 PM", "2025-07-01 12:52:00", "01/07/2025, 12:52 PM"},
	{"T6/am", "01/07/2025 9:05 AM", "2025-07-01 09:05:00", ""},
	{"T6/am-midnight", "01/07/2025 12:30 AM", "2025-07-01 00:30:00", ""},
	{"T6/sa-midnight", "01/07/2025 12:00 SA", "2025-07-01 00:00:00", ""},
	{"T6/pm-lowercase", "01/07/2025 1:05 pm", "2025-07-01 13:05:00", ""},
	{"T6/time-first-pm", "3:20 PM 01/07/2025", "2025-07-01 15:20:00", "3:20 PM 01/07/2025"},
	{"T6/pm-on-24h-clock", "20/05/2024 15:00 PM", "2024-05-20 15:00:00", "20/05/2024 15:00 PM"},
	{"T6/am-on-afternoon-clock-dropped", "20/05/2024 13:00 AM", "2024-05-20", "20/05/2024"},

	// T7: odd minute marks and hour words.
	{"T7/minute-mark", "Thứ Năm, 8/6/2023 14:46'(GMT+7)", "2023-06-08 14:46:00", "8/6/2023 14:46'"},
	{"T7/one-digit-minute", "Chủ Nhật, 3/6/2018 12:0'(GMT+7)", "2018-06-03 12:00:00", "3/6/2018 12:0'"},
	{"T7/curly-mark", "3/6/2018 12:5’", "2018-06-03 12:05:00", ""},
	{"T7/h", "14h30 ngày 3/5/2024", "2024-05-03 14:30:00", "14h30 ngày 3/5/2024"},
	{"T7/h-after", "03/05/2024 14h30", "2024-05-03 14:30:00", ""},
	{"T7/h-hour-only", "9h ngày 3/5/2024", "2024-05-03 09:00:00", ""},
	{"T7/g", "14g30, 03/05/2024", "2024-05-03 14:30:00", ""},
	{"T7/gio", "14 giờ 30 ngày 3/5/2024", "2024-05-03 14:30:00", "14 giờ 30 ngày 3/5/2024"},
	{"T7/gio-phut", "vào lúc 14 giờ 30 phút, ngày 03 tháng 5 năm 2024", "2024-05-03 14:30:00", "14 giờ 30 phút, ngày 03 tháng 5 năm 2024"},
	{"T7/gio-no-minutes-before-date", "14 giờ 20/5/2024", "2024-05-20 14:00:00", "14 giờ 20/5/2024"},
	{"T7/gio-chieu", "3 giờ chiều ngày 20/5/2024", "2024-05-20 15:00:00", "3 giờ chiều ngày 20/5/2024"},
	{"T7/gio-sang", "20/5/2023 10 giờ sáng", "2023-05-20 10:00:00", "20/5/2023 10 giờ sáng"},
	{"T7/h-toi", "20/5/2024, 8h30 tối", "2024-05-20 20:30:00", "20/5/2024, 8h30 tối"},
	{"T7/gio-trua", "1 giờ trưa 20/5/2024", "2024-05-20 13:00:00", ""},
	{"T7/gio-dem-midnight", "12 giờ đêm 20/5/2024", "2024-05-20 00:00:00", ""},
	{"T7/day-part-not-fitting", "20/5/2023 15 giờ sáng", "2023-05-20 15:00:00", "20/5/2023 15 giờ"},
	{"T7/colon-time-then-sentence", "09/05/2024 09:00 Chiều nay, tại hội trường", "2024-05-09 09:00:00", "09/05/2024 09:00"},
	{"T7/colon-toi", "Thứ Hai, 16/10/2023, 9:05 tối", "2023-10-16 21:05:00", "16/10/2023, 9:05 tối"},
	{"T7/colon-chieu-nay", "16/10/2023 03:15 chiều nay", "2023-10-16 15:15:00", ""},
	{"T7/colon-sang", "16/10/2023 10:30 sáng", "2023-10-16 10:30:00", ""},
	{"T7/colon-then-lead-date", "16/10/2023 09:00 chiều 15/10, tỉnh tổ chức", "2023-10-16 09:00:00", ""},
	{"T7/colon-part-not-fitting", "16/10/2023 15:30 sáng", "2023-10-16 15:30:00", ""},

	// T8: other forms.
	{"T8/written-weekday", "Thứ Bảy, ngày 03 tháng 02 năm 2024", "2024-02-03", "03 tháng 02 năm 2024"},
	{"T8/written-short", "ngày 3 tháng 2 năm 2024", "2024-02-03", "3 tháng 2 năm 2024"},
	{"T8/written-upper", "NGÀY 3 THÁNG 2 NĂM 2024", "2024-02-03", ""},
	{"T8/written-comma", "15 Tháng 9, 2025", "2025-09-15", "15 Tháng 9, 2025"},
	{"T8/written-with-time-after", "ngày 3 tháng 2 năm 2024 lúc 10:00", "2024-02-03 10:00:00", "3 tháng 2 năm 2024 lúc 10:00"},
	{"T8/dashes", "16-04-2021", "2021-04-16", ""},
	{"T8/dots", "16.04.2021", "2021-04-16", ""},
	{"T8/sentence-end-dot", "Ngày 16.04.2021.", "2021-04-16", "16.04.2021"},
	{"T8/iso-date", "2024-05-09", "2024-05-09", ""},
	{"T8/rfc3339", "2024-05-09T15:00:00+07:00", "2024-05-09 15:00:00", "2024-05-09T15:00:00+07:00"},
	{"T8/rfc3339-utc", "2024-05-09T08:00:00Z", "2024-05-09 15:00:00", ""},
	{"T8/rfc3339-fraction", "2024-05-09T08:00:00.5+00:00", "2024-05-09 15:00:00.5", ""},
	{"T8/rfc3339-next-day", "2024-05-09T23:30:00-05:00", "2024-05-10 11:30:00", ""},
	{"T8/year-first-slash-time", "2024/05/09 15:00", "2024-05-09 15:00:00", "2024/05/09 15:00"},
	{"T8/byline", "N.Q.VIỆT 27/03/2015 17:08", "2015-03-27 17:08:00", "27/03/2015 17:08"},
	{"T8/range-first-invalid", "19/5/1890 - 19/5/2023", "2023-05-19", "19/5/2023"},
	{"T8/range-tight", "19/5/2022-19/5/2023", "2022-05-19", "19/5/2022"},
	{"T8/leap-day", "29/02/2024", "2024-02-29", ""},
	{"T8/full-width", "Thứ Năm，０９／０５／２０２４\u300015：00", "2024-05-09 15:00:00", ""},
	{"T8/narrow-nbsp", "09/05/2024\u202f15:00", "2024-05-09 15:00:00", ""},
	{"T8/zero-width-space", "\ufeff09/05/2024\u200b15:00", "2024-05-09 15:00:00", ""},
	{"T8/weekday-number", "T5, 09/05/2024 - 15:00", "2024-05-09 15:00:00", ""},
	{"T8/time-first-weekday-number", "15:00 Thứ 5 09/05/2024", "2024-05-09 15:00:00", "15:00 Thứ 5 09/05/2024"},
	{"T8/doc-number-then-date", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", "2020-03-05", "05/3/2020"},
	{"T8/decision-then-date", "Quyết định 1234/QĐ-UBND ngày 12/3/2024 của UBND tỉnh", "2024-03-12", ""},
	{"T8/invalid-then-valid", "31/02/2024 hoặc 01/03/2024", "2024-03-01", "01/03/2024"},
	{"T8/bad-time-date-kept", "20/05/2024 25:00", "2024-05-20", "20/05/2024"},
	{"T8/bad-minute-date-kept", "12:61 20/05/2024", "2024-05-20", "20/05/2024"},
	{"T8/relative-time-not-attached", "20/05/2024 3 giờ trước", "2024-05-20", "20/05/2024"},
	{"T8/time-range-not-attached", "20/05/2024 15:00-17:00", "2024-05-20", "20/05/2024"},
	{"T8/score-not-a-time", "2:1 20/05/2024", "2024-05-20", "20/05/2024"},
	{"T8/year-bounds-low", "01/01/1990", "1990-01-01", ""},
	{"T8/year-bounds-high", "31/12/2100", "2100-12-31", ""},

	// UTC offsets: Vietnam's is left out of the span; another converts.
	{"T8/gmt-other-offset", "20/05/2024 08:00 (GMT+0)", "2024-05-20 15:00:00", "20/05/2024 08:00 (GMT+0)"},
	{"T8/utc-word", "20/05/2024 08:00 UTC", "2024-05-20 15:00:00", "20/05/2024 08:00 UTC"},
	{"T8/bare-offset", "2024-05-09 08:00 +00:00", "2024-05-09 15:00:00", "2024-05-09 08:00 +00:00"},
	{"T8/bare-offset-vietnam", "2024-05-09 15:00 +0700", "2024-05-09 15:00:00", "2024-05-09 15:00"},
	{"T8/time-first-offset-after-date", "20:18, 16/01/2023 (GMT+8)", "2023-01-16 19:18:00", "20:18, 16/01/2023 (GMT+8)"},
	{"T8/offset-crosses-midnight", "Thứ Hai, 20/05/2024, 23:30 [GMT-5]", "2024-05-21 11:30:00", "20/05/2024, 23:30 [GMT-5]"},
	{"T8/dash-is-not-an-offset", "20/05/2024 15:00 - 10:30", "2024-05-20 15:00:00", "20/05/2024 15:00"},

	// T10: document header.
	{"T10/document-header", "Hà Nội, ngày 08 tháng 01 năm 2021", "2021-01-08", "08 tháng 01 năm 2021"},

	// T9: relative only.
	{"T9/weeks-ago", "2 tháng 2 tuần trước", "", ""},
	{"T9/hours-ago", "3 giờ trước", "", ""},
	{"T9/hours-ago-h", "3h trước", "", ""},

	// Rejects.
	{"reject/feb-31", "31/02/2024", "", ""},
	{"reject/feb-29-non-leap", "29/02/2023", "", ""},
	{"reject/day-zero", "00/05/2024", "", ""},
	{"reject/iso-nines", "9999-99-99", "", ""},
	{"reject/day-32", "32/1/2024", "", ""},
	{"reject/month-13", "12/13/2024", "", ""},
	{"reject/hour-25", "25:00", "", ""},
	{"reject/minute-61", "12:61", "", ""},
	{"reject/day-month-no-year", "Sáng 9/5", "", ""},
	{"reject/score", "Tỷ số 3/5", "", ""},
	{"reject/two-digit-year", "09/05/24", "", ""},
	{"reject/phone-dots", "ĐT: 0225.3842.123", "", ""},
	{"reject/phone-dots-2", "Hotline 083.888.0123", "", ""},
	{"reject/phone-dashes", "083-888-0123", "", ""},
	{"reject/money", "1.200.000 đồng", "", ""},
	{"reject/version", "phiên bản v2.1.2024", "", ""},
	{"reject/decision-number", "1234/QĐ-UBND", "", ""},
	{"reject/decree-number", "30/2020/NĐ-CP", "", ""},
	{"reject/dated-decree-number", "12/3/2020/NĐ-CP", "", ""},
	{"reject/conclusion-number", "Kết luận số 01-KL/TW", "", ""},
	{"reject/year-too-old", "01/01/1989", "", ""},
	{"reject/year-too-new", "01/01/2101", "", ""},
	{"reject/rfc3339-out-of-range", "2100-12-31T23:00:00Z", "", ""},
	{"reject/ip-address", "192.168.1.2000", "", ""},
	{"reject/inside-number", "12/15/10/2024", "", ""},
	{"reject/thang-is-not-thang", "3 thắng 2 năm 2024", "", ""},
	{"reject/months-count", "trong 3 tháng, 5 năm 2020", "", ""},
	{"reject/letter-glued", "CV12/3/2024", "", ""},
	{"reject/empty", "", "", ""},
	{"reject/invalid-utf8", "\xff\xfe09/05\x00/2024", "", ""},
}

func TestParseDateline(t *testing.T) {
	for _, tc := range datelineCases {
		t.Run(tc.name, func(t *testing.T) {
			checkDateline(t, tc.in, tc)
		})
	}
}

// TestParseDatelineNFD runs the table on decomposed (NFD) text: tone marks
// as combining characters must not change what is read.
func TestParseDatelineNFD(t *testing.T) {
	for _, tc := range datelineCases {
		in := norm.NFD.String(tc.in)
		if in == tc.in {
			continue
		}
		tc.span = norm.NFD.String(tc.span)
		t.Run(tc.name, func(t *testing.T) {
			checkDateline(t, in, tc)
		})
	}
}

func checkDateline(t *testing.T, in string, tc datelineCase) {
	t.Helper()
	d, ok := ParseDateline(in)
	if tc.want == "" {
		if ok {
			t.Fatalf("ParseDateline(%q) = %v (%q), want no date", in, d.Time, in[d.Start:d.End])
		}
		if d != (Dateline{}) {
			t.Fatalf("ParseDateline(%q) returned %+v with ok=false, want the zero Dateline", in, d)
		}
		return
	}
	if !ok {
		t.Fatalf("ParseDateline(%q) found no date, want %s", in, tc.want)
	}
	layout, hasTime := "2006-01-02", false
	if len(tc.want) > len(layout) {
		layout, hasTime = "2006-01-02 15:04:05", true
	}
	want, err := time.ParseInLocation(layout, tc.want, vietnam)
	if err != nil {
		t.Fatalf("bad want %q: %v", tc.want, err)
	}
	if !d.Time.Equal(want) || d.HasTime != hasTime {
		t.Errorf("ParseDateline(%q) = %v HasTime=%v, want %v HasTime=%v", in, d.Time, d.HasTime, want, hasTime)
	}
	if d.Time.Location() != vietnam {
		t.Errorf("ParseDateline(%q) location = %v, want vietnam", in, d.Time.Location())
	}
	if d.Start < 0 || d.Start > d.End || d.End > len(in) {
		t.Fatalf("ParseDateline(%q) span [%d:%d] out of range", in, d.Start, d.End)
	}
	if tc.span != "" && in[d.Start:d.End] != tc.span {
		t.Errorf("ParseDateline(%q) span = %q, want %q", in, in[d.Start:d.End], tc.span)
	}
}

// TestParseDatelineLarge checks that a 1 MB string with the date at its end is
// read (the speed is measured by BenchmarkParseDateline).
func TestParseDatelineLarge(t *testing.T) {
	in := strings.Repeat("12:30 1/2/3 0225.3842.123 ngày 3 tháng ", 1<<20/40) + "Thứ Năm, 09/05/2024 15:00"
	d, ok := ParseDateline(in)
	want := time.Date(2024, 5, 9, 15, 0, 0, 0, vietnam)
	if !ok || !d.Time.Equal(want) || !d.HasTime {
		t.Fatalf("ParseDateline(1 MB) = %v %v, want %v", d.Time, ok, want)
	}
}

func BenchmarkParseDateline(b *testing.B) {
	const size = 1 << 20
	inputs := map[string]string{
		"short":       "Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)",
		"1MB-prose":   strings.Repeat("Sáng 9/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị với 1.200 đại biểu. ", size/80),
		"1MB-numbers": strings.Repeat("1/2/3 12:30 0225.3842.123 ", size/26),
		"1MB-digits":  strings.Repeat("9", size),
		"1MB-letters": strings.Repeat("ư", size/2),
		"1MB-spaces":  "1" + strings.Repeat("\u00a0", size/2) + "x",
		"1MB-gaps":    strings.Repeat("10:00 Thứ Năm, ", size/16),
		"1MB-invalid": strings.Repeat("\xff0\x00", size/3),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				ParseDateline(in)
			}
		})
	}
}

// TestParseDatelineTwoDigitYear: old portals (Zing News 2012) print
// "ngày 24/12/12 11:05 tối"; a two-digit year counts only before a time.
func TestParseDatelineTwoDigitYear(t *testing.T) {
	d, ok := ParseDateline("Cập nhật thứ hai, ngày 24/12/12 11:05 tối")
	// (The clock is read as printed; "tối" after a colon clock is left
	// alone, since "09:00 Chiều nay, ..." opens a lead.)
	if !ok || d.Time.Format("2006-01-02") != "2012-12-24" || !d.HasTime {
		t.Errorf("got %v %v", d, ok)
	}
	for _, s := range []string{"tỷ lệ 21/21/22", "ngày 24/12/12", "12/5/24 đảng viên"} {
		if d, ok := ParseDateline(s); ok {
			t.Errorf("ParseDateline(%q) = %v, want no date", s, d)
		}
	}
}
