package extract

// Schema is the version tag every record carries in its "schema" field.
const Schema = "vnnews.article/v1"

// Record is one article as vnnews publishes it: the contract's record
// (schema vnnews.article/v1). Its JSON field names are the contract's and
// never change without a schema bump. Unknown scalars are nil and unknown
// lists are empty (never nil), so that JSON shows null and [] as promised.
type Record struct {
	Schema        string      `json:"schema"`
	URL           string      `json:"url"`
	CanonicalURL  *string     `json:"canonical_url"`
	SiteName      *string     `json:"site_name"`
	Title         string      `json:"title"`
	Byline        *string     `json:"byline"`
	PublishedAt   *string     `json:"published_at"`
	PublishedDate *string     `json:"published_date"`
	EventDate     *string     `json:"event_date"`
	Text          string      `json:"text"`
	Directives    []Directive `json:"directives"`
	Awards        []Award     `json:"awards"`
	AwardTotals   AwardTotals `json:"award_totals"`
	Provinces     []string    `json:"provinces"`
}

// Directive is one document an article cites, such as Kết luận số 01-KL/TW.
type Directive struct {
	Number   string  `json:"number"`    // canonical form, e.g. "01-KL/TW", "1234/QĐ-UBND"
	Kind     string  `json:"kind"`      // document type in Vietnamese, e.g. "Kết luận"
	Issuer   *string `json:"issuer"`    // issuing body as written, e.g. "Bộ Chính trị"
	IssuedOn *string `json:"issued_on"` // YYYY-MM-DD
	Mentions int     `json:"mentions"`  // references in the text, short ones included
}

// Award is one award statement, such as
// "37 tập thể và 63 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố".
type Award struct {
	Award       string  `json:"award"`       // the distinction, e.g. "Bằng khen"
	Giver       *string `json:"giver"`       // who grants it, as written
	Collectives int     `json:"collectives"` // number of tập thể
	Individuals int     `json:"individuals"` // number of cá nhân
	PartOf      *int    `json:"part_of"`     // index in Awards of the award this one breaks down
}

// AwardTotals sums the awards that are not a breakdown of another.
type AwardTotals struct {
	Collectives int `json:"collectives"`
	Individuals int `json:"individuals"`
}

// newRecord returns a record with the schema set and every list empty.
func newRecord(url string) Record {
	return Record{
		Schema:     Schema,
		URL:        url,
		Directives: []Directive{},
		Awards:     []Award{},
		Provinces:  []string{},
	}
}
