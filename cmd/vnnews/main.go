// Command vnnews turns Vietnamese provincial Party and government news into
// structured, searchable records. See the README for the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes, as the contract fixes them.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks an error in how the command was called (exit code 2).
type usageError struct{ error }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one vnnews command line and returns its exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	logger := slog.New(slog.NewTextHandler(stderr, nil))

	root := &cobra.Command{
		Use:           "vnnews",
		Short:         "Structured data from Vietnamese provincial Party and government news",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{err}
	})
	root.AddCommand(extractCmd(logger))
	root.AddCommand(crawlCmd(logger))
	root.AddCommand(indexCmd(logger))
	root.AddCommand(searchCmd())
	root.AddCommand(dumpCmd(logger))
	root.AddCommand(runJobCmd(logger))
	root.AddCommand(demoCmd(logger))
	root.AddCommand(serveCmd(logger))
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// An unknown command is the one usage error cobra finds before any
	// command runs, so it cannot be wrapped like the others.
	if _, _, err := root.Find(args); err != nil {
		fmt.Fprintf(stderr, "vnnews: %v\nRun 'vnnews --help' for usage.\n", err)
		return exitUsage
	}
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "vnnews: %v\nRun 'vnnews --help' for usage.\n", err)
		return exitUsage
	}
	if !errors.Is(err, errReported) {
		fmt.Fprintf(stderr, "vnnews: %v\n", err)
	}
	return exitFail
}

// errReported is returned by a command that has already told the user
// what went wrong and only needs the failure exit code.
var errReported = errors.New("failures reported above")

// usageArgs wraps a cobra argument check so that its complaint (a wrong
// number of arguments) is a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := check(c, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
