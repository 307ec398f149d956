package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// assets holds the page templates and the static files, built into the
// binary: no request ever reaches the filesystem.
//
//go:embed templates/*.html static/*
var assets embed.FS

// staticFiles serves the files of static/ from memory, each with a content
// hash that pages put in its URL so browsers may cache it.
type staticFiles struct {
	files map[string]staticFile // by name, such as "style.css"
}

// staticFile is one embedded file.
type staticFile struct {
	data  []byte
	ctype string
	hash  string // the first 12 hex digits of its SHA-256
}

// loadStatic reads the embedded static files.
func loadStatic() (*staticFiles, error) {
	entries, err := fs.ReadDir(assets, "static")
	if err != nil {
		return nil, fmt.Errorf("read embedded static files: %w", err)
	}
	sf := &staticFiles{files: map[string]staticFile{}}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := fs.ReadFile(assets, "static/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("read embedded static file %s: %w", e.Name(), err)
		}
		sum := sha256.Sum256(data)
		ctype := mime.TypeByExtension(path.Ext(e.Name()))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		sf.files[e.Name()] = staticFile{data: data, ctype: ctype, hash: hex.EncodeToString(sum[:6])}
	}
	return sf, nil
}

// URL returns the path of the static file name with its content hash, for
// templates.
func (sf *staticFiles) URL(name string) (string, error) {
	f, ok := sf.files[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + name + "?v=" + f.hash, nil
}

// ServeHTTP answers /static/NAME with the embedded file NAME, or 404.
func (sf *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	f, ok := sf.files[name]
	if !ok {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte("404 không có tệp này (no such file)\n"))
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("ETag", `"`+f.hash+`"`)
	if r.URL.Query().Get("v") == f.hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=300")
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.data))
}
