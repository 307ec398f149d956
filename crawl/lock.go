package crawl

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// LockFile is the name of the lock file inside the data directory.
const LockFile = "lock"

// LockedError is returned by LockDir when another process holds the lock.
type LockedError struct {
	Dir string
	PID int // the holder's process id; 0 when unknown
}

func (e *LockedError) Error() string {
	if e.PID > 0 {
		return fmt.Sprintf("data directory %s is in use by another vnnews process (pid %d); try again when it has finished", e.Dir, e.PID)
	}
	return fmt.Sprintf("data directory %s is in use by another vnnews process; try again when it has finished", e.Dir)
}

// Lock is an exclusive lock on a data directory, held with flock(2) on
// DIR/lock, so the kernel releases it when the process dies, however it
// dies.
type Lock struct {
	f *os.File
}

// LockDir takes the lock on dir (creating dir when needed). When another
// process holds it, LockDir returns a *LockedError at once, or with wait
// set, polls until the lock is free or ctx is done.
func LockDir(ctx context.Context, dir string, wait bool) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if !wait {
			pid := readPID(path)
			f.Close()
			return nil, &LockedError{Dir: dir, PID: pid}
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			f.Close()
			return nil, fmt.Errorf("wait for lock on %s: %w", dir, err)
		}
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Unlock releases the lock.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := unix.Flock(int(l.f.Fd()), unix.LOCK_UN)
	err = errors.Join(err, l.f.Close())
	l.f = nil
	return err
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return pid
}
