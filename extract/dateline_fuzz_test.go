package extract

import "testing"

// FuzzParseDateline checks, for any input, that ParseDateline does not panic
// and that what it finds is a plausible dateline: a span inside s, a year in
// range, Vietnam time, and the same reading when only the span is parsed.
func FuzzParseDateline(f *testing.F) {
	for _, tc := range datelineCases {
		f.Add(tc.in)
	}
	for _, s := range []string{
		"2024-05-09T15:00:00.123456789123+07:00",
		"10:00 2024-05-09T15:00:00Z 16:00",
		"19/5/2022-19/5/2023-20/5/2023",
		"3 giờ 20/5/2024 trước",
		"12 giờ 30 phút sáng 03 tháng 5 năm 2024 CH",
		"&nbsp&#160;09/05/2024&#xA0;15:00&nbsp;SA",
		"Thu\u031b\u0301 Na\u0306\u0300m, 0\u03019/05/2024",
		"0:00 PM 01/01/2000 12:0' 12:0:00",
		"20:18, 16/01/2023 (GMT-12) 01/01/1990 00:30 [UTC+14:00]",
		"31/12/2100 23:59 GMT-1 +0000 (+07:00)",
		"3 giờ chiều 12 giờ đêm 20/5/2024 1 giờ trưa",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDateline(s)
		if !ok {
			if d != (Dateline{}) {
				t.Fatalf("ParseDateline(%q) = %+v with ok=false", s, d)
			}
			return
		}
		if d.Start < 0 || d.Start >= d.End || d.End > len(s) {
			t.Fatalf("ParseDateline(%q) span [%d:%d] out of range", s, d.Start, d.End)
		}
		if y := d.Time.Year(); y < dlMinYear || y > dlMaxYear {
			t.Fatalf("ParseDateline(%q) year %d out of range", s, y)
		}
		if d.Time.Location() != vietnam {
			t.Fatalf("ParseDateline(%q) location %v, want vietnam", s, d.Time.Location())
		}
		if !d.HasTime && (d.Time.Hour() != 0 || d.Time.Minute() != 0 || d.Time.Second() != 0 || d.Time.Nanosecond() != 0) {
			t.Fatalf("ParseDateline(%q) = %v without a time of day, want midnight", s, d.Time)
		}
		sub := s[d.Start:d.End]
		again, ok := ParseDateline(sub)
		if !ok || !again.Time.Equal(d.Time) || again.HasTime != d.HasTime {
			t.Fatalf("ParseDateline(%q) = %v (HasTime=%v) from span %q, but the span alone gives %v (HasTime=%v, ok=%v)",
				s, d.Time, d.HasTime, sub, again.Time, again.HasTime, ok)
		}
		if again.Start != 0 || again.End != len(sub) {
			t.Fatalf("ParseDateline(%q): span %q reparsed covers only [%d:%d]", s, sub, again.Start, again.End)
		}
	})
}
