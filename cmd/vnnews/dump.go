package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/index"
)

func dumpCmd(logger *slog.Logger) *cobra.Command {
	var dataDir, format, outPath string
	var filters *index.Filters
	cmd := &cobra.Command{
		Use:   "dump --data DIR --format jsonl|json|csv|es-bulk [filters] [--out FILE] [QUERY]",
		Short: "Every matching record, streamed",
		Long: `Dump writes every record of the index of DIR that matches the filters (and
the query, when one is given) in order of publication date, then URL:

  jsonl    one vnnews.article/v1 record per line, as extract prints it
  json     one JSON array of the same records
  csv      one row per record for spreadsheets: UTF-8 with a byte-order mark,
           lists joined with "; ", directives as their numbers, award totals
           in two columns
  es-bulk  Elasticsearch/OpenSearch bulk-API index actions (index
           vnnews-articles; mapping in index/schema/elasticsearch-mapping.json)

With --out the dump is written to a temporary file beside FILE and renamed
to FILE when complete, so a failed dump leaves no half file.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if dataDir == "" || format == "" {
				return usageError{errors.New("dump needs --data DIR and --format jsonl|json|csv|es-bulk")}
			}
			ft, err := index.ParseFormat(format)
			if err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			x, err := openIndex(ctx, dataDir)
			if err != nil {
				return err
			}
			defer x.Close()
			req := index.Request{Filters: *filters}
			for i, a := range args {
				if i > 0 {
					req.Query += " "
				}
				req.Query += a
			}
			var n int
			if outPath == "" || outPath == "-" {
				n, err = x.Dump(ctx, cmd.OutOrStdout(), ft, req)
			} else {
				n, err = dumpToFile(outPath, func(w io.Writer) (int, error) { return x.Dump(ctx, w, ft, req) })
			}
			if err != nil {
				return queryError(err)
			}
			logger.Info("dump done", "records", n, "format", format, "out", outPath)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "", "the data directory holding the index")
	f.StringVar(&format, "format", "", "jsonl, json, csv or es-bulk")
	f.StringVar(&outPath, "out", "", "write to FILE (atomically) instead of standard output")
	filters = addFilterFlags(f)
	return cmd
}

// dumpToFile runs write into a temporary file beside path and renames it
// to path when write and the file's sync and close succeed.
func dumpToFile(path string, write func(io.Writer) (int, error)) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("dump: %w", err)
	}
	n, err := write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return n, err
	}
	return n, nil
}
