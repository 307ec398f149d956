package index

import (
	"runtime/debug"
	"testing"
)

func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	restore := TuneGC(1 << 30)
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("memory limit %d, want %d", got, 1<<30)
	}
	if p := debug.SetGCPercent(400); p != 400 {
		t.Errorf("GOGC %d, want 400", p)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("memory limit after restore %d, want %d", got, before)
	}

	// The user's settings win; so does a limit of 0.
	t.Setenv("GOMEMLIMIT", "2GiB")
	TuneGC(1 << 30)()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set: memory limit %d, want %d", got, before)
	}
	t.Setenv("GOMEMLIMIT", "")
	TuneGC(0)()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit 0: memory limit %d, want %d", got, before)
	}
}
