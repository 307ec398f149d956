package extract

// findAwards returns the award statements of an article's text. (Work in
// progress: see issue 3.)
func findAwards(text string) []Award { return nil }
