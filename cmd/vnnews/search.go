package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/index"
)

func searchCmd() *cobra.Command {
	var dataDir, sortBy string
	var size, from int
	var asJSON bool
	var filters *index.Filters
	cmd := &cobra.Command{
		Use:   "search --data DIR [filters] [--sort date|relevance] [--size N] [--from-hit N] [--json] [QUERY]",
		Short: "Ranked hits with highlighted snippets and facet counts",
		Long: `Search the index of DIR. The query matches words with or without their
diacritics (with them ranks higher; "hoà" and "hòa" are the same word);
"quoted words" match as a phrase; a document number in any spelling
(01-KL/TW, 01 KL/TW, 1-KL/TW) matches the records citing it. Every part of
the query must match. Without a query every record matches the filters.

Hits are printed with their headline, site, date, URL and a snippet, then
the facet counts (province, site, directive, award, year). --json prints
{"total": N, "hits": [...], "facets": {...}} instead; each hit carries the
whole record under "record".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if dataDir == "" {
				return usageError{errors.New("search needs --data DIR")}
			}
			ctx := cmd.Context()
			x, err := openIndex(ctx, dataDir)
			if err != nil {
				return err
			}
			defer x.Close()
			res, err := x.Search(ctx, index.Request{
				Query: strings.Join(args, " "), Filters: *filters, Sort: sortBy, Size: size, From: from,
			})
			if err != nil {
				return queryError(err)
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(res); err != nil {
					return fmt.Errorf("write result: %w", err)
				}
			} else {
				printResult(out, res, from)
			}
			if err := out.Flush(); err != nil {
				return fmt.Errorf("write result: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "the data directory holding the index")
	filters = addFilterFlags(f)
	f.StringVar(&sortBy, "sort", index.SortRelevance, "order of hits: relevance or date (newest first)")
	f.IntVar(&size, "size", 10, fmt.Sprintf("hits to show (at most %d)", index.MaxSize))
	f.IntVar(&from, "from-hit", 0, "hits to skip (for the next page)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object for scripts")
	return cmd
}

// printResult writes a result for people: hits, then facets.
func printResult(w io.Writer, res index.Result, from int) {
	fmt.Fprintf(w, "%d records match\n", res.Total)
	for i, h := range res.Hits {
		date := "undated"
		if h.PublishedDate != nil {
			date = *h.PublishedDate
		}
		fmt.Fprintf(w, "\n%d. %s\n   %s · %s · %s\n   %s\n", from+i+1, h.Title, h.Site, date, h.URL, plainSnippet(h.Snippet))
	}
	for _, name := range []string{"province", "site", "directive", "award", "year"} {
		counts := res.Facets[name]
		if len(counts) == 0 {
			continue
		}
		parts := make([]string, len(counts))
		for i, c := range counts {
			parts[i] = fmt.Sprintf("%s (%d)", c.Term, c.Count)
		}
		fmt.Fprintf(w, "\n%s: %s", name, strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
}

// plainSnippet turns an HTML snippet into text, matches in [brackets].
func plainSnippet(s string) string {
	s = strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
	return html.UnescapeString(s)
}
