package extract

import "time"

// findEventDate returns the day the reported event took place, as
// YYYY-MM-DD, or nil. (Work in progress: see issue 3.)
func findEventDate(text string, published *time.Time) *string { return nil }
