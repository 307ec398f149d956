package extract

import "time"

// Facts are the structured fields the rule extractors read from an
// article: the documents it cites, the awards it reports, the day its event
// took place and the provinces it is about.
type Facts struct {
	Directives  []Directive
	Awards      []Award
	AwardTotals AwardTotals
	EventDate   *string // YYYY-MM-DD
	Provinces   []string
}

// ReadFacts applies the rule extractors to an article's headline and text
// (the record's text: paragraphs separated by blank lines). published is
// the publication time in Vietnam time, or nil when unknown; event dates,
// and documents' dates written without a year, take their year from it,
// and provinces are named as they were on it.
func ReadFacts(title, text string, published *time.Time) Facts {
	f := Facts{
		Directives: findDirectivesAt(title, text, published),
		Awards:     findAwards(text),
		EventDate:  findEventDate(text, published),
		Provinces:  findProvinces(title, text, published),
	}
	if f.Directives == nil {
		f.Directives = []Directive{}
	}
	if f.Awards == nil {
		f.Awards = []Award{}
	}
	if f.Provinces == nil {
		f.Provinces = []string{}
	}
	f.AwardTotals = totalAwards(f.Awards)
	return f
}

// totalAwards sums the counts of the awards that are not a breakdown of
// another award.
func totalAwards(awards []Award) AwardTotals {
	var t AwardTotals
	for _, a := range awards {
		if a.PartOf == nil {
			t.Collectives += a.Collectives
			t.Individuals += a.Individuals
		}
	}
	return t
}
