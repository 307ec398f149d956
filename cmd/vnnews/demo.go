package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/crawl"
	"github.com/vnnews/vnnews/crawl/crawltest"
	"github.com/vnnews/vnnews/index"
)

func demoCmd(logger *slog.Logger) *cobra.Command {
	var dataDir string
	cmd := &cobra.Command{
		Use:   "demo [--data DIR]",
		Short: "Run the whole pipeline on the bundled sample sites, served on loopback",
		Long: `Demo serves the sample sites of testdata/sites on loopback inside this
process (four sites in different CMS styles, each with robots.txt, a feed or
a sitemap, listing pages and articles), crawls them with the real crawler,
indexes them, and prints a few searches with their facet counts. It needs
no network and no set-up. It leaves nothing behind unless --data DIR is
given, in which case DIR keeps the capture store and the index for vnnews
search and vnnews dump. Run it from the source tree (go run ./cmd/vnnews demo).`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			started := time.Now()
			samples, err := crawltest.FindSamples()
			if err != nil {
				return fmt.Errorf("demo: %w (run it from the vnnews source tree)", err)
			}
			sites, err := crawltest.Serve(samples)
			if err != nil {
				return fmt.Errorf("demo: serve the sample sites: %w", err)
			}
			defer sites.Close()
			cfg, err := sites.Config()
			if err != nil {
				return fmt.Errorf("demo: %w", err)
			}
			if dataDir == "" {
				tmp, err := os.MkdirTemp("", "vnnews-demo-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				dataDir = tmp
			}
			quiet := slog.New(slog.NewTextHandler(io.Discard, nil))

			fmt.Fprintf(out, "Serving %d sample sites on loopback:\n", len(cfg.Sites))
			for _, s := range cfg.Sites {
				fmt.Fprintf(out, "  %-13s %s (%s)\n", s.ID, s.Name, s.Province)
			}
			st, err := crawl.Open(ctx, dataDir)
			if err != nil {
				return err
			}
			defer st.Close()
			sum, err := crawl.New(st, crawl.Options{Logger: quiet}).Run(ctx, cfg)
			if err != nil {
				return fmt.Errorf("demo: crawl: %w", err)
			}
			fetched, articles := 0, 0
			for _, s := range sum.Sites {
				fetched += s.Fetched
				articles += s.New + s.Changed + s.Unchanged
			}
			fmt.Fprintf(out, "\nCrawled: %d requests, %d articles captured.\n", fetched, articles)

			x, err := index.OpenOrCreate(ctx, dataDir)
			if err != nil {
				return err
			}
			defer x.Close()
			stats, err := x.Update(ctx, st, index.UpdateOptions{Logger: logger})
			if err != nil {
				return fmt.Errorf("demo: index: %w", err)
			}
			fmt.Fprintf(out, "Indexed: %d records.\n", stats.Records)

			show := func(title string, r index.Request) error {
				res, err := x.Search(ctx, r)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "\n%s\n%d matching articles", title, res.Total)
				if len(res.Hits) > 0 {
					fmt.Fprintf(out, ", the first %d:", len(res.Hits))
				}
				fmt.Fprintln(out)
				for _, h := range res.Hits {
					fmt.Fprintf(out, "  %s  %-13s %s\n", orDash(h.PublishedDate), h.Site, h.Title)
				}
				for _, name := range []string{"province", "directive", "year"} {
					if fc := res.Facets[name]; len(fc) > 0 {
						var parts []string
						for _, f := range fc[:min(len(fc), 6)] {
							parts = append(parts, fmt.Sprintf("%s %d", f.Term, f.Count))
						}
						fmt.Fprintf(out, "  by %s: %s\n", name, strings.Join(parts, ", "))
					}
				}
				return nil
			}
			if err := show("$ vnnews search --directive 01-KL/TW", index.Request{Filters: index.Filters{Directive: "01-KL/TW"}, Sort: index.SortDate, Size: 5}); err != nil {
				return err
			}
			if err := show(`$ vnnews search "hoc tap va lam theo"   (no diacritics)`, index.Request{Query: `"hoc tap va lam theo"`, Size: 3}); err != nil {
				return err
			}
			if err := show("$ vnnews search --award \"Giấy khen\" uy ban", index.Request{Query: "uy ban", Filters: index.Filters{Award: "Giấy khen"}, Size: 3}); err != nil {
				return err
			}
			if err := awardsByProvince(ctx, out, x); err != nil {
				return err
			}
			fmt.Fprintf(out, "\nDone in %s.", time.Since(started).Round(100*time.Millisecond))
			if cmd.Flags().Changed("data") {
				fmt.Fprintf(out, " Try: vnnews search --data %s --directive 05-CT/TW", dataDir)
			}
			fmt.Fprintln(out)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "keep the capture store and the index in DIR")
	return cmd
}

// awardsByProvince prints the award totals of every record summed by
// province, as the index sums them for a search (and serve charts them).
func awardsByProvince(ctx context.Context, out io.Writer, x *index.Index) error {
	res, err := x.Search(ctx, index.Request{NoFacets: true, AwardsByProvince: true, Size: 1})
	if err != nil {
		return err
	}
	sums := res.AwardsByProvince
	slices.SortFunc(sums, func(a, b index.ProvinceAwards) int { return strings.Compare(a.Province, b.Province) })
	fmt.Fprintf(out, "\nAward totals by province (vnnews serve charts them for any search):\n")
	for _, p := range sums {
		fmt.Fprintf(out, "  %-12s %2d articles with awards  %4d collectives  %4d individuals\n", p.Province, p.Records, p.Collectives, p.Individuals)
	}
	return nil
}

// orDash returns *s, or "-" for nil.
func orDash(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}
