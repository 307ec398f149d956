package extract

// findDirectives returns each document the article cites, once, in order of
// first mention. (Work in progress: see issue 3.)
func findDirectives(title, text string) []Directive { return nil }
