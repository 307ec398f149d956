package extract

import (
	"time"
	_ "time/tzdata" // Vietnam time must work on machines without a zoneinfo database.
)

// vietnam is the zone every date in a record is expressed in (UTC+07:00).
// It is loaded from the embedded database once; it is never modified.
var vietnam = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		return time.FixedZone("ICT", 7*60*60)
	}
	return loc
}()
