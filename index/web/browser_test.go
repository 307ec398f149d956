package web

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browserNames are the names a Chromium-family browser has on PATH.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// findBrowser returns the path of an installed Chromium, or "".
func findBrowser() string {
	for _, name := range browserNames {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives the search page in headless Chromium as a researcher
// would: types a query without diacritics, submits it, clicks a province
// facet, checks that the hits narrowed, the URL holds the filter and the
// timeline has bars, goes back, opens an article, and saves screenshots in
// the test's temporary directory. The page must run without a console
// error (a Content-Security-Policy violation is one).
func TestBrowser(t *testing.T) {
	exe := findBrowser()
	if exe == "" {
		t.Skipf("no Chromium on PATH (looked for %s): install Debian's chromium package (.ci/run does) to run the browser test",
			strings.Join(browserNames, ", "))
	}
	s, _ := newTestServer(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1200, 900),
		// Pages come back from the network on "back", as the test checks
		// that the URL alone restores them.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,BackForwardCache"),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	// Start the browser, then listen to the page's console.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	var mu sync.Mutex
	var console []string
	cctx, stopConsole := context.WithCancel(bctx)
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for m, err := range chromedp.Console(cctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Source == "security" {
				mu.Lock()
				console = append(console, m.String())
				mu.Unlock()
			}
		}
	}()

	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			shot("failure.png")
			t.Fatalf("%s: %v", what, err)
		}
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		must("count "+sel, err)
		return n
	}
	// waitJS waits until the expression is true in the page, across
	// navigations.
	waitJS := func(expr string) {
		t.Helper()
		for {
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if ctx.Err() != nil {
				must("wait for "+expr, ctx.Err())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	total := func() string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById('total').dataset.total`))
		must("read the total", err)
		return v
	}

	// Type a query without diacritics and submit it.
	const query = "hoc tap va lam theo"
	must("open the page", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name=q]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name=q]`), query),
		chromedp.Click(chromedp.CSS(`button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name=q][value="`+query+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`li.hit`)),
	))
	before := count("li.hit")
	totalBefore := total()
	if before < 2 {
		t.Fatalf("%d hits for %q", before, query)
	}
	if n := count("svg.timeline rect.bar"); n == 0 {
		t.Error("the timeline has no bars")
	}
	if n := count("li.hit mark"); n == 0 {
		t.Error("the snippets mark no match")
	}
	shot("search.png")

	// Click the province facet that narrows the hits most.
	href, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
		let best = null, bestN = Infinity;
		for (const a of document.querySelectorAll('details[data-facet="province"] li a')) {
			const n = parseInt(a.querySelector('.n').textContent.replace(/\./g, ''), 10);
			if (n < bestN) { best = a; bestN = n; }
		}
		return best ? best.getAttribute('href') : '';
	})()`))
	must("find a province facet", err)
	if href == "" {
		t.Fatal("no province facet")
	}
	must("click the facet", chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`details[data-facet="province"] a[href="`+href+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`li.chip`)),
	))
	after := count("li.hit")
	if after == 0 || after >= before || total() == totalBefore {
		t.Errorf("the facet left %d hits of %d", after, before)
	}
	loc, err := chromedp.Run(bctx, chromedp.Location())
	must("read the URL", err)
	u, err := url.Parse(loc)
	if err != nil || u.Query().Get("province") == "" || u.Query().Get("q") != query {
		t.Errorf("the URL %s does not hold the query and the province", loc)
	}
	if n := count("svg.timeline rect.bar"); n == 0 {
		t.Error("the narrowed timeline has no bars")
	}
	shot("facet.png")

	// The back button gives the search before the facet.
	_, err = chromedp.Run(bctx, chromedp.Evaluate[chromedp.Void](`history.back()`))
	must("go back", err)
	waitJS(`!document.querySelector('li.chip') && !!document.querySelector('li.hit')`)
	if got := total(); got != totalBefore {
		t.Errorf("back: %s hits, want %s", got, totalBefore)
	}

	// The article page marks what the extractor read.
	must("open an article", chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`li.hit a.record-link`)),
		chromedp.WaitVisible(chromedp.CSS(`article.article .text`)),
	))
	if n := count("table.fields tr"); n < 5 {
		t.Errorf("the article page shows %d fields", n)
	}
	shot("article.png")

	stopConsole()
	<-consoleDone
	mu.Lock()
	defer mu.Unlock()
	for _, m := range console {
		t.Errorf("console: %s", m)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
