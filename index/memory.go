package index

import (
	"os"
	"runtime/debug"
)

// Indexing keeps a large heap, most of it live (the batches being
// analyzed, the segments bleve builds from them in memory, the merges),
// and allocates fast. With the Go runtime's default settings (GOGC=100:
// collect each time the heap doubles) the collector runs so often that
// it takes a quarter of the CPU; at 100,000 records indexing ran at about
// 1,600 docs/s instead of 2,200. TuneGC trades memory, within a limit,
// for that time.

// DefaultMemoryLimit is the memory TuneGC lets an indexing process's Go
// heap grow to by default: with the index files the process maps, it
// stays under 1 GiB at 100,000 records.
const DefaultMemoryLimit = 640 << 20

// TuneGC sets the Go runtime's garbage collector for indexing: collect
// when the heap has grown fivefold (GOGC=400), or sooner as it nears
// limit bytes (a soft limit: past it the collector runs more, it does not
// fail). These are settings of the whole process, for a command or a
// benchmark that indexes, not for a program that embeds the package.
// Settings the user made with the GOGC or GOMEMLIMIT environment variables
// win: TuneGC then does nothing. A limit of 0 or less does nothing either.
// The returned function puts the previous settings back.
func TuneGC(limit int64) (restore func()) {
	if limit <= 0 || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	oldLimit := debug.SetMemoryLimit(limit)
	oldPercent := debug.SetGCPercent(400)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}
