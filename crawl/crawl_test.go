package crawl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testOptions keeps the fixture crawl fast: short timeouts and backoffs.
func testOptions() Options {
	return Options{
		Fetch: FetchOptions{
			ConnectTimeout: 2 * time.Second,
			Timeout:        10 * time.Second,
			StallTimeout:   time.Second,
			Retries:        1,
			BackoffBase:    10 * time.Millisecond,
			BackoffMax:     50 * time.Millisecond,
			MaxRetryAfter:  2 * time.Second,
		},
		PatternCap: 5,
	}
}

func openStore(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func crawlOnce(t *testing.T, ctx context.Context, st *Store, cfg *Config, opts Options) Summary {
	t.Helper()
	sum, err := New(st, opts).Run(ctx, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum
}

func TestCrawlFixture(t *testing.T) {
	f := newFixtureSite(t)
	st := openStore(t, t.TempDir())
	ctx := context.Background()
	cfg := f.config()

	sum := crawlOnce(t, ctx, st, cfg, testOptions())
	s := sum.Sites[0]
	t.Logf("first run: %+v", s)
	if s.FailedEntirely() {
		t.Fatal("site reported as failed entirely")
	}

	// Every article captured, with its body fetched exactly once.
	for _, p := range f.articles() {
		c, ok, err := st.Get(ctx, f.URL(p))
		if err != nil || !ok || c.Hash == "" || len(c.Body) == 0 {
			t.Errorf("%s: not captured (ok=%v err=%v capture=%+v)", p, ok, err, c.Error)
			continue
		}
		if c.Kind != KindArticle {
			t.Errorf("%s: kind %s, want article", p, c.Kind)
		}
		if _, bodies := f.count(p); bodies != 1 {
			t.Errorf("%s: body served %d times, want 1", p, bodies)
		}
	}
	if s.New+s.Duplicates != len(f.articles()) {
		t.Errorf("new %d + duplicates %d, want %d articles", s.New, s.Duplicates, len(f.articles()))
	}

	// Nothing disallowed, out of scope or tracking-tagged was fetched.
	if got := f.requested("/private/"); len(got) > 0 {
		t.Errorf("disallowed pages requested: %v", got)
	}
	if got := f.requested("/files/"); len(got) > 0 {
		t.Errorf("a PDF was requested: %v", got)
	}
	for p := range f.requests {
		if strings.Contains(p, "utm_") || strings.Contains(p, "fbclid") || strings.Contains(p, "gidzl") || strings.Contains(p, "zarsrc") {
			t.Errorf("tracking parameters not stripped: %s", p)
		}
	}
	// The calendar trap is bounded by the cap on listing pages of one shape.
	if got := f.requested("/lich"); len(got) == 0 || len(got) > testOptions().PatternCap {
		t.Errorf("calendar pages requested: %d (%v), want 1..%d", len(got), got, testOptions().PatternCap)
	}
	// Politeness: the user agent, and Crawl-delay (50ms, larger than the site's 10ms).
	for ua := range f.agents {
		if ua != cfg.UserAgent {
			t.Errorf("User-Agent %q, want %q", ua, cfg.UserAgent)
		}
	}
	f.mu.Lock()
	for i := 2; i < len(f.starts); i++ { // the first gap is robots.txt's, before Crawl-delay was known
		if f.redirected[i] {
			continue // hops of one redirect chain are one fetch
		}
		if gap := f.starts[i].Sub(f.starts[i-1]); gap < 45*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
			break
		}
	}
	f.mu.Unlock()

	check := func(p string, fn func(c Capture) error) {
		t.Helper()
		c, ok, err := st.Get(ctx, f.URL(p))
		if err != nil || !ok {
			t.Errorf("%s: no capture (%v)", p, err)
			return
		}
		if err := fn(c); err != nil {
			t.Errorf("%s: %v (capture: status %d, error %q)", p, err, c.Status, c.Error)
		}
	}
	check(pathStall, func(c Capture) error {
		if !strings.Contains(c.Error, ErrStalled.Error()) || c.Hash != "" {
			return errors.New("stall not recorded as a failure")
		}
		return nil
	})
	check(pathHuge, func(c Capture) error {
		if !strings.Contains(c.Error, ErrTooLarge.Error()) || c.Hash != "" {
			return errors.New("64 MiB page not recorded as too large")
		}
		return nil
	})
	check(path404, func(c Capture) error {
		if c.Status != 404 || c.NextRetry.Before(time.Now().Add(29*24*time.Hour)) {
			return errors.New("404 not recorded as permanent")
		}
		return nil
	})
	check(pathLoop, func(c Capture) error {
		if !strings.Contains(c.Error, ErrRedirectLoop.Error()) {
			return errors.New("redirect loop not recorded")
		}
		return nil
	})
	check(path503, func(c Capture) error {
		if n, _ := f.count(path503); n != 2 {
			return fmt.Errorf("requested %d times, want 2 (503 then retry)", n)
		}
		return nil
	})
	check(pathGzip, func(c Capture) error {
		if !bytes.Equal(c.Body, []byte(f.pages[pathGzip])) {
			return errors.New("gzip body not decoded")
		}
		return nil
	})
	check(path1258, func(c Capture) error {
		if !bytes.Equal(c.Body, cp1258Page) || c.Charset != "" || c.ContentType != "text/html" {
			return fmt.Errorf("windows-1258 bytes or headers changed: charset %q", c.Charset)
		}
		return nil
	})
	check(pathDuplicate, func(c Capture) error {
		orig, _, _ := st.Get(ctx, f.URL(sitemapArticle(1)))
		if c.DuplicateOf != orig.URL && orig.DuplicateOf != c.URL || c.DuplicateOf != "" && orig.DuplicateOf != "" {
			return fmt.Errorf("duplicate_of %q and %q, want one to name the other", c.DuplicateOf, orig.DuplicateOf)
		}
		return nil
	})
	check(listArticle(1)+"?print=1", func(c Capture) error {
		if c.Canonical != f.URL(listArticle(1)) || c.DuplicateOf != f.URL(listArticle(1)) {
			return fmt.Errorf("canonical %q duplicate_of %q", c.Canonical, c.DuplicateOf)
		}
		return nil
	})
	check("/robots.txt", func(c Capture) error {
		if c.Kind != KindRobots || c.Hash == "" {
			return errors.New("robots.txt not captured")
		}
		return nil
	})
	check("/sitemaps/tin-tuc.xml.gz", func(c Capture) error {
		if c.Kind != KindSitemap {
			return errors.New("sitemap not captured as a sitemap")
		}
		return nil
	})

	// Second run: no unchanged article body is fetched again.
	lastSeq, err := st.LastSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.resetCounts()
	sum = crawlOnce(t, ctx, st, cfg, testOptions())
	s = sum.Sites[0]
	t.Logf("second run: %+v", s)
	for _, p := range f.articles() {
		if _, bodies := f.count(p); bodies != 0 {
			t.Errorf("second run: %s body fetched again", p)
		}
	}
	if s.New != 0 || s.Changed != 0 {
		t.Errorf("second run: new %d changed %d, want 0", s.New, s.Changed)
	}
	if n, _ := f.count("/"); n != 1 {
		t.Errorf("second run: start page requested %d times, want 1", n)
	}
	if n, _ := f.count(path404); n != 0 {
		t.Errorf("second run: a 404 was retried at once")
	}
	if seq, _ := st.LastSeq(ctx); seq != lastSeq {
		t.Errorf("second run changed the store: seq %d → %d", lastSeq, seq)
	}

	// Third run: an article the sitemap dates as changed is fetched again.
	changed := sitemapArticle(2)
	f.setPage(changed, articleHTML("Hội nghị tổng kết công tác số 2 (cập nhật)", ""), time.Now().Add(time.Minute))
	f.resetCounts()
	sum = crawlOnce(t, ctx, st, cfg, testOptions())
	s = sum.Sites[0]
	t.Logf("third run: %+v", s)
	if s.Changed != 1 {
		t.Errorf("third run: changed %d, want 1", s.Changed)
	}
	var got []string
	err = st.Changed(ctx, lastSeq, func(c Capture) error {
		if c.Kind == KindArticle {
			got = append(got, c.URL)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != f.URL(changed) {
		t.Errorf("Changed after seq %d: %v, want [%s]", lastSeq, got, f.URL(changed))
	}
}

// progressFunc adapts a function to Progress.
type progressFunc func(done, queued, errors int)

func (p progressFunc) Update(done, queued, errors int) { p(done, queued, errors) }

// storeDigest summarises a store for comparison: one line per capture.
func storeDigest(t *testing.T, st *Store, base string) []string {
	t.Helper()
	rows, err := st.r.Query(`SELECT url, kind, status, body, error <> '', duplicate_of, canonical FROM captures ORDER BY url`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var u, kind, dup, canon string
		var status int
		var failed bool
		var body []byte
		if err := rows.Scan(&u, &kind, &status, &body, &failed, &dup, &canon); err != nil {
			t.Fatal(err)
		}
		hash := ""
		if len(body) > 0 { // the body's hash, with the server's port taken out
			plain, err := decompress(body)
			if err != nil {
				t.Fatal(err)
			}
			if sm, err := parseSitemap(plain); err == nil && bytes.HasPrefix(plain, []byte{0x1f, 0x8b}) {
				plain = []byte(fmt.Sprint(sm)) // gzipped sitemap: compare what it says
			}
			sum := sha256.Sum256(bytes.ReplaceAll(plain, []byte(base), []byte("BASE")))
			hash = hex.EncodeToString(sum[:8])
		}
		line := fmt.Sprintf("%s %s %d %s %v %s %s", u, kind, status, hash, failed, dup, canon)
		out = append(out, strings.ReplaceAll(line, base, "BASE"))
	}
	return out
}

func TestCrawlResume(t *testing.T) {
	ctx := context.Background()

	// An uninterrupted crawl.
	fa := newFixtureSite(t)
	sa := openStore(t, t.TempDir())
	crawlOnce(t, ctx, sa, fa.config(), testOptions())
	want := storeDigest(t, sa, fa.srv.URL)

	// The same crawl, cancelled part way, then run again.
	fb := newFixtureSite(t)
	dir := t.TempDir()
	sb := openStore(t, dir)
	cctx, cancel := context.WithCancel(ctx)
	opts := testOptions()
	opts.Progress = progressFunc(func(done, _, _ int) {
		if done >= 12 {
			cancel()
		}
	})
	sum, err := New(sb, opts).Run(cctx, fb.config())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: err %v, want context.Canceled", err)
	}
	t.Logf("cancelled run: %+v", sum.Sites[0])
	sum = crawlOnce(t, ctx, sb, fb.config(), testOptions())
	if !sum.Resumed {
		t.Error("second run did not resume the interrupted one")
	}
	got := storeDigest(t, sb, fb.srv.URL)
	if d := diffLines(got, want); d != "" {
		t.Errorf("resumed store differs from an uninterrupted one (- resumed, + uninterrupted):\n%s", d)
	}
	// Nothing fetched twice, but for (at most) the page in flight when cancelled.
	twice := 0
	for p, n := range fb.bodies {
		if n > 1 {
			twice++
			t.Logf("%s: body served %d times", p, n)
		}
	}
	if twice > 1 {
		t.Errorf("%d pages fetched twice across the interruption", twice)
	}
	// The run is finished: the next one starts afresh.
	sum = crawlOnce(t, ctx, sb, fb.config(), testOptions())
	if sum.Resumed {
		t.Error("a finished run was resumed")
	}
}

func TestCrawlPrivateGuard(t *testing.T) {
	f := newFixtureSite(t)
	cfg := f.config()
	cfg.AllowPrivate = false
	st := openStore(t, t.TempDir())
	opts := testOptions()
	sum := crawlOnce(t, context.Background(), st, cfg, opts)
	if !sum.Sites[0].FailedEntirely() {
		t.Errorf("loopback site crawled without allow_private: %+v", sum.Sites[0])
	}
	if n := len(f.requested("/")); n != 0 {
		t.Errorf("%d requests reached the loopback server", n)
	}
}

func TestCrawlUnreachableSiteFails(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close() // nothing listens there now
	cfg, err := ParseSites(strings.NewReader(fmt.Sprintf("allow_private = true\n[[site]]\nid = \"gone\"\nstart = [%q]\ndelay = \"0s\"\n", u+"/")))
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Fetch.Retries = -1
	sum := crawlOnce(t, context.Background(), openStore(t, t.TempDir()), cfg, opts)
	if !sum.Sites[0].FailedEntirely() {
		t.Errorf("unreachable site not reported as failed: %+v", sum.Sites[0])
	}
}

func TestCrawlRobots5xxDefersHost(t *testing.T) {
	var pages atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		pages.Add(1)
		w.Write([]byte("<html></html>"))
	}))
	defer srv.Close()
	cfg, _ := ParseSites(strings.NewReader(fmt.Sprintf("allow_private = true\n[[site]]\nid = \"x\"\nstart = [%q]\ndelay = \"0s\"\n", srv.URL+"/")))
	opts := testOptions()
	opts.Fetch.Retries = -1
	sum := crawlOnce(t, context.Background(), openStore(t, t.TempDir()), cfg, opts)
	if pages.Load() != 0 {
		t.Errorf("pages fetched although robots.txt answered 502")
	}
	if s := sum.Sites[0]; !s.Unavailable || !s.FailedEntirely() {
		t.Errorf("summary %+v, want unavailable and failed", s)
	}
}

func TestCrawlMaxPages(t *testing.T) {
	f := newFixtureSite(t)
	cfg := f.config()
	cfg.Sites[0].MaxPages = 5
	sum := crawlOnce(t, context.Background(), openStore(t, t.TempDir()), cfg, testOptions())
	s := sum.Sites[0]
	if !s.Budget || s.Fetched > 5 {
		t.Errorf("max_pages 5: %+v", s)
	}
	f.mu.Lock()
	n := 0
	for _, c := range f.requests {
		n += c
	}
	f.mu.Unlock()
	if n > 5+2 { // the 503 page's retry and its like are not extra pages
		t.Errorf("%d requests with max_pages 5", n)
	}
}

func TestLockDir(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	l1, err := LockDir(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LockDir(ctx, dir, false)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second lock: %v, want LockedError", err)
	}
	if le.PID <= 0 || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), fmt.Sprint(le.PID)) {
		t.Errorf("lock error %q does not name the directory and holder", err)
	}
	// Waiting gives up with the context.
	wctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := LockDir(wctx, dir, true); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting lock: %v, want deadline exceeded", err)
	}
	// Waiting succeeds once the holder lets go.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(200 * time.Millisecond)
		l1.Unlock()
	}()
	l2, err := LockDir(ctx, dir, true)
	if err != nil {
		t.Fatalf("waiting lock after release: %v", err)
	}
	wg.Wait()
	l2.Unlock()
}

func TestConcurrentCrawlsOfOneDir(t *testing.T) {
	f := newFixtureSite(t)
	dir := t.TempDir()
	ctx := context.Background()
	var running, maxRunning, locked atomic.Int32
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := LockDir(ctx, dir, false)
			if err != nil {
				locked.Add(1)
				return
			}
			defer l.Unlock()
			n := running.Add(1)
			if n > maxRunning.Load() {
				maxRunning.Store(n)
			}
			defer running.Add(-1)
			st, err := Open(ctx, dir)
			if err != nil {
				t.Error(err)
				return
			}
			defer st.Close()
			if _, err := New(st, testOptions()).Run(ctx, f.config()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if maxRunning.Load() > 1 {
		t.Error("two crawls of one directory ran at once")
	}
	if maxRunning.Load()+locked.Load() != 2 {
		t.Errorf("ran %d, refused %d", maxRunning.Load(), locked.Load())
	}
}

// diffLines lists the lines only in a (prefixed -) or only in b (+).
func diffLines(a, b []string) string {
	in := func(list []string) map[string]bool {
		m := make(map[string]bool)
		for _, s := range list {
			m[s] = true
		}
		return m
	}
	ina, inb := in(a), in(b)
	var out strings.Builder
	for _, s := range a {
		if !inb[s] {
			out.WriteString("- " + s + "\n")
		}
	}
	for _, s := range b {
		if !ina[s] {
			out.WriteString("+ " + s + "\n")
		}
	}
	return out.String()
}
