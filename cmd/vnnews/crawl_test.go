package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnnews/vnnews/crawl"
)

// tinySite serves a home page linking to two articles.
func tinySite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><body><a href="/tin-tuc/hoi-nghi-so-ket-ba-nam.html">1</a>
<a href="/tin-tuc/le-chan-danh-gia-hoc-tap.html">2</a></body></html>`)
	})
	mux.HandleFunc("/tin-tuc/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><body><h1>%s</h1></body></html>", r.URL.Path)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func sitesFile(t *testing.T, dir, startURL, extra string) string {
	return writeFile(t, dir, "sites.toml", fmt.Sprintf(`allow_private = true
[[site]]
id = "tiny"
start = [%q]
delay = "0s"
%s`, startURL, extra))
}

func TestCrawlCommand(t *testing.T) {
	srv := tinySite(t)
	dir := t.TempDir()
	sites := sitesFile(t, dir, srv.URL+"/", "")
	data := filepath.Join(dir, "data")

	code, _, stderr := runCmd(t, "", "crawl", "--sites", sites, "--data", data)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "crawl summary") || !strings.Contains(stderr, "site=tiny") || !strings.Contains(stderr, "new=2") {
		t.Errorf("no summary line for the site:\n%s", stderr)
	}
	st, err := crawl.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := 0
	st.Changed(context.Background(), 0, func(c crawl.Capture) error {
		if c.Kind == crawl.KindArticle {
			n++
		}
		return nil
	})
	if n != 2 {
		t.Errorf("%d articles captured, want 2", n)
	}
}

func TestCrawlCommandErrors(t *testing.T) {
	dir := t.TempDir()
	srv := tinySite(t)
	good := sitesFile(t, dir, srv.URL+"/", "")
	typo := writeFile(t, dir, "typo.toml", "[[site]]\nid = \"x\"\nstart = [\"https://x.example.vn/\"]\ndelya = \"2s\"\n")
	dead := filepath.Join(dir, "dead.toml")
	{
		s := httptest.NewServer(http.NotFoundHandler())
		s.Close()
		writeFile(t, dir, "dead.toml", fmt.Sprintf("allow_private = true\n[[site]]\nid = \"dead\"\nstart = [%q]\n", s.URL+"/"))
	}
	locked := filepath.Join(dir, "locked")
	lk, err := crawl.LockDir(context.Background(), locked, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Unlock()

	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no flags", []string{"crawl"}, exitUsage, "--sites"},
		{"unknown key", []string{"crawl", "--sites", typo, "--data", dir}, exitUsage, "delya"},
		{"missing file", []string{"crawl", "--sites", filepath.Join(dir, "none.toml"), "--data", dir}, exitUsage, "none.toml"},
		{"locked", []string{"crawl", "--sites", good, "--data", locked}, exitFail, locked},
		{"site down", []string{"crawl", "--sites", dead, "--data", filepath.Join(dir, "d2")}, exitFail, "failed entirely"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d (want %d), stderr:\n%s\nwant it to mention %q", code, tc.code, stderr, tc.want)
			}
		})
	}
}
