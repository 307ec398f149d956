package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// LockFile is the name of the index's lock file inside the data directory.
// It is not the crawl's lock (crawl.LockFile): a crawl may fill the capture
// store while an index update reads it, but two index updates (or an
// update and a rebuild) of one directory must not run at once.
const LockFile = "index.lock"

// ErrLocked is returned by Lock when another process is updating the index.
var ErrLocked = errors.New("the index is being updated by another vnnews process; try again when it has finished")

// DirLock is the exclusive lock on a data directory's index, held with
// flock(2) so that the kernel releases it when the process dies.
type DirLock struct{ f *os.File }

// Lock takes the index lock of the data directory dir, or returns an error
// wrapping ErrLocked at once when another process holds it.
func Lock(dir string) (*DirLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock index: %w", err)
	}
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock index: %w", err)
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("lock index %s: %w", path, err)
	}
	return &DirLock{f: f}, nil
}

// Unlock releases the lock.
func (l *DirLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := errors.Join(unix.Flock(int(l.f.Fd()), unix.LOCK_UN), l.f.Close())
	l.f = nil
	return err
}
