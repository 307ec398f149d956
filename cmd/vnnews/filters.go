package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/vnnews/vnnews/index"
)

// addFilterFlags declares the contract's filters shared by search and dump
// and returns where they land.
func addFilterFlags(f *pflag.FlagSet) *index.Filters {
	var fl index.Filters
	f.StringVar(&fl.Directive, "directive", "", "only records citing this document number, in any spelling (01-KL/TW, 01 KL/TW, 1-KL/TW)")
	f.StringVar(&fl.Site, "site", "", "only records of this site id")
	f.StringVar(&fl.Province, "province", "", "only records about this province (diacritics optional)")
	f.StringVar(&fl.From, "from", "", "only records published on or after this day (YYYY-MM-DD)")
	f.StringVar(&fl.To, "to", "", "only records published on or before this day (YYYY-MM-DD)")
	f.StringVar(&fl.Award, "award", "", `only records reporting this award type ("Bằng khen"; diacritics optional)`)
	return &fl
}

// queryError turns the index's complaints about a query or filter into
// usage errors (exit code 2).
func queryError(err error) error {
	if index.IsQueryError(err) {
		return usageError{err}
	}
	return err
}

// openIndex opens the index of dataDir for reading (its newest published
// snapshot, so that an index update running meanwhile is not disturbed),
// with a message that says what to do when there is none yet.
func openIndex(ctx context.Context, dataDir string) (*index.Reader, error) {
	x, err := index.OpenReader(ctx, dataDir)
	if errors.Is(err, index.ErrNoIndex) {
		return nil, fmt.Errorf("%w in %s: run vnnews index --data %s first", index.ErrNoIndex, dataDir, dataDir)
	}
	return x, err
}
