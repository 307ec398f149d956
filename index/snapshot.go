package index

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Readers never open the index the writer updates: bleve holds a lock on
// its root file, so a long-lived reader (vnnews serve) would stall the
// nightly update, and the update would stall every search. Instead, each
// time the writer closes the index it publishes a snapshot of it under
// SnapshotsDir, and readers open the newest snapshot. A snapshot costs
// almost no disk: index segments never change once written, so they are
// hard links to the writer's files; only the small root file is copied.
const SnapshotsDir = Dir + ".snapshots"

// keepSnapshots is how many snapshots publish keeps: the new one, and the
// one before it, which a reader may still be opening. Segments the writer
// has merged away live on in older snapshots until they are pruned, so
// each kept snapshot may hold up to an index's worth of disk after a
// rebuild; two keep that to one extra.
const keepSnapshots = 2

// tmpPrefix marks a snapshot being written; readers ignore it, and the
// next publish removes it.
const tmpPrefix = ".tmp-"

// publish makes a snapshot of the closed index at src in the data
// directory dir, then removes old snapshots. The caller holds the index
// lock, so no writer changes src meanwhile. A publish killed halfway
// leaves a temporary directory that no reader opens.
func publish(dir, src string) error {
	root := filepath.Join(dir, SnapshotsDir)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return fmt.Errorf("publish index: %w", err)
	}
	name := strconv.FormatInt(time.Now().UnixNano(), 10)
	tmp := filepath.Join(root, tmpPrefix+name)
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(tmp, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case strings.HasSuffix(path, ".zap"):
			// Segments are immutable: share them.
			if err := os.Link(path, to); err == nil {
				return nil
			}
			return copyFile(path, to)
		default:
			return copyFile(path, to)
		}
	})
	if err == nil {
		err = os.Rename(tmp, filepath.Join(root, name))
	}
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("publish index: %w", err)
	}
	return pruneSnapshots(root)
}

// pruneSnapshots removes all but the newest keepSnapshots snapshots, and
// any temporary directory a killed publish left. A reader that still has a
// removed snapshot open keeps reading it: its files live on until closed.
func pruneSnapshots(root string) error {
	entries, err := os.ReadDir(root)
	if err != nil {
		return fmt.Errorf("prune index snapshots: %w", err)
	}
	names := snapshotNames(entries)
	var errs []error
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) {
			errs = append(errs, os.RemoveAll(filepath.Join(root, e.Name())))
		}
	}
	for len(names) > keepSnapshots {
		errs = append(errs, os.RemoveAll(filepath.Join(root, names[0])))
		names = names[1:]
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("prune index snapshots: %w", err)
	}
	return nil
}

// snapshotNames returns the names of the complete snapshots among
// entries, oldest first.
func snapshotNames(entries []fs.DirEntry) []string {
	var names []string
	for _, e := range entries {
		if _, err := strconv.ParseInt(e.Name(), 10, 64); err == nil && e.IsDir() {
			names = append(names, e.Name())
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return names
}

// newestSnapshot returns the path of the newest snapshot in the data
// directory dir, or "" when there is none.
func newestSnapshot(dir string) (string, error) {
	root := filepath.Join(dir, SnapshotsDir)
	entries, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("find index snapshot: %w", err)
	}
	names := snapshotNames(entries)
	if len(names) == 0 {
		return "", nil
	}
	return filepath.Join(root, names[len(names)-1]), nil
}

// copyFile copies the file src to dst, synced to disk.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
