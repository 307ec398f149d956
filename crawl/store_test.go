package crawl

import (
	"bytes"
	"context"
	"strconv"
	"testing"
	"time"
)

func TestStorePutGetChanged(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := openStore(t, dir)
	body := []byte("<html><h1>Hội nghị</h1></html>")
	put := func(c Capture, want Outcome) Capture {
		t.Helper()
		out, err := st.Put(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		if out != want {
			t.Errorf("Put(%s) = %v, want %v", c.URL, out, want)
		}
		got, ok, err := st.Get(ctx, c.URL)
		if err != nil || !ok {
			t.Fatalf("Get(%s): %v %v", c.URL, ok, err)
		}
		return got
	}
	a := Capture{URL: "https://x.vn/a.html", Site: "x", Kind: KindArticle, Status: 200, ETag: `"1"`,
		ContentType: "text/html; charset=windows-1258", Charset: "windows-1258", Body: body}
	got := put(a, OutcomeNew)
	if !bytes.Equal(got.Body, body) || got.Seq != 1 || got.Charset != "windows-1258" || len(got.Hash) != 64 {
		t.Errorf("stored %+v", got)
	}
	put(a, OutcomeUnchanged) // same body
	put(Capture{URL: a.URL, Site: "x", Kind: KindArticle, Status: 304}, OutcomeUnchanged)
	failed := put(Capture{URL: a.URL, Site: "x", Kind: KindArticle, Status: 503, Error: "HTTP 503",
		NextRetry: time.Now().Add(time.Hour)}, OutcomeFailed)
	if !bytes.Equal(failed.Body, body) || failed.Attempts != 1 || failed.Status != 503 || failed.Seq != 1 {
		t.Errorf("a failure must keep the body: %+v", failed)
	}
	a.Body = []byte("<html><h1>Hội nghị (sửa)</h1></html>")
	if got := put(a, OutcomeChanged); got.Seq != 2 || got.Attempts != 0 || got.Error != "" {
		t.Errorf("changed: %+v", got)
	}
	dup := put(Capture{URL: "https://x.vn/copy.html", Site: "x", Kind: KindArticle, Status: 200, Body: a.Body}, OutcomeNew)
	if dup.DuplicateOf != a.URL {
		t.Errorf("duplicate_of %q", dup.DuplicateOf)
	}
	var seqs []int64
	err := st.Changed(ctx, 1, func(c Capture) error {
		seqs = append(seqs, c.Seq)
		if len(c.Body) == 0 {
			t.Errorf("Changed gave %s without its body", c.URL)
		}
		return nil
	})
	if err != nil || len(seqs) != 2 || seqs[0] != 2 || seqs[1] != 3 {
		t.Errorf("Changed(1) seqs %v, %v", seqs, err)
	}
	if _, ok, _ := st.Get(ctx, "https://x.vn/none"); ok {
		t.Error("Get of an unknown URL")
	}

	// Reopening runs no migration twice and keeps everything.
	st.Close()
	st2 := openStore(t, dir)
	if n, _ := st2.LastSeq(ctx); n != 3 {
		t.Errorf("after reopen LastSeq = %d", n)
	}
	var v int
	st2.r.QueryRow(`PRAGMA user_version`).Scan(&v)
	var mode string
	st2.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if v != schemaVersion || mode != "wal" {
		t.Errorf("schema version %d, journal %s", v, mode)
	}
}

func TestStoreChangedManyAndStop(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir())
	for i := range 600 {
		if _, err := st.Put(ctx, Capture{URL: "https://x.vn/" + strconv.Itoa(i),
			Site: "x", Kind: KindArticle, Status: 200, Body: []byte(strconv.Itoa(i))}); err != nil {
			t.Fatal(err)
		}
	}
	n, last := 0, int64(0)
	err := st.Changed(ctx, 0, func(c Capture) error {
		if c.Seq <= last {
			t.Fatalf("seq %d after %d", c.Seq, last)
		}
		last = c.Seq
		n++
		// fn may use the store.
		_, _, err := st.Get(ctx, c.URL)
		return err
	})
	if err != nil || n != 600 {
		t.Errorf("Changed: %d captures, %v", n, err)
	}
	stop := errTest("stop")
	if err := st.Changed(ctx, 0, func(Capture) error { return stop }); err != stop {
		t.Errorf("Changed did not return fn's error: %v", err)
	}
}

type errTest string

func (e errTest) Error() string { return string(e) }
