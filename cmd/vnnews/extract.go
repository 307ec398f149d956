package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vnnews/vnnews/extract"
)

// maxPageFile is the largest page file extract reads.
const maxPageFile = 32 << 20

func extractCmd(logger *slog.Logger) *cobra.Command {
	var pageURL, charset string
	var jobs int
	cmd := &cobra.Command{
		Use:   "extract [--url URL] [--charset NAME] FILE... | -",
		Short: "Extract one JSON record per HTML page (JSON Lines, input order)",
		Long: `Extract reads HTML pages from files (or standard input, given as -) and
prints one vnnews.article/v1 record per page as a JSON line, in input order,
using all cores. A page that cannot be read gives one line on standard error
naming the file and the reason; the others still come out, and the exit code
is 1.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, files []string) error {
			if pageURL != "" && len(files) > 1 {
				return usageError{errors.New("--url names one page; give one FILE with it")}
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 64<<10)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			failed := 0
			load := func(i int) (extract.Input, error) {
				data, err := readPage(files[i], cmd.InOrStdin())
				if err != nil {
					return extract.Input{}, err
				}
				u := pageURL
				if u == "" {
					u = fileURL(files[i])
				}
				return extract.Input{HTML: data, URL: u, Charset: charset}, nil
			}
			emit := func(i int, rec extract.Record, err error) error {
				if err != nil {
					failed++
					logger.Error("extract failed", "file", files[i], "err", err)
					return nil
				}
				if err := enc.Encode(rec); err != nil {
					return fmt.Errorf("write record: %w", err)
				}
				return nil
			}
			if err := extract.Batch(cmd.Context(), jobs, len(files), load, emit); err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return fmt.Errorf("write records: %w", err)
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&pageURL, "url", "", "the page's URL (default: a file:// URL of FILE)")
	cmd.Flags().StringVar(&charset, "charset", "", "the charset the server declared (label or Content-Type)")
	cmd.Flags().IntVar(&jobs, "jobs", 0, "pages extracted at once (default: all cores)")
	return cmd
}

// readPage reads one page file ("-" is standard input), refusing files
// larger than maxPageFile.
func readPage(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPageFile+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxPageFile {
		return nil, fmt.Errorf("read %s: larger than %d bytes", name, maxPageFile)
	}
	return data, nil
}

// fileURL returns a file:// URL for a page read from disk.
func fileURL(name string) string {
	if name == "-" {
		return ""
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		abs = name
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}
