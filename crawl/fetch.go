package crawl

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/andybalholm/brotli"
)

// Errors a fetch can end with (wrapped with the URL).
var (
	ErrTooLarge        = errors.New("body too large")
	ErrRedirectLoop    = errors.New("redirect loop")
	ErrTooManyRedirect = errors.New("too many redirects")
	ErrStalled         = errors.New("transfer stalled")
	ErrNotHTML         = errors.New("not an HTML page")
)

// FetchOptions configures a Fetcher. Zero fields take the defaults shown.
type FetchOptions struct {
	UserAgent      string        // default DefaultUserAgent
	AllowPrivate   bool          // allow loopback and private addresses
	ConnectTimeout time.Duration // default 10s
	Timeout        time.Duration // one attempt, headers and body; default 60s
	StallTimeout   time.Duration // longest wait for the next bytes; default 20s
	MaxBody        int64         // decoded body cap; default 10 MiB
	MaxRedirects   int           // default 10
	Retries        int           // extra attempts after a transient failure; default 3 (negative: none)
	BackoffBase    time.Duration // first backoff; default 2s, doubled per retry, with jitter
	BackoffMax     time.Duration // default 1m
	MaxRetryAfter  time.Duration // longest Retry-After honoured within a run; default 2m
}

func (o *FetchOptions) fill() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.Timeout, time.Minute)
	def(&o.StallTimeout, 20*time.Second)
	def(&o.BackoffBase, 2*time.Second)
	def(&o.BackoffMax, time.Minute)
	def(&o.MaxRetryAfter, 2*time.Minute)
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	if o.Retries == 0 {
		o.Retries = 3
	} else if o.Retries < 0 {
		o.Retries = 0
	}
}

// Fetcher fetches pages politely and defensively: per-host pacing, size
// and time limits, content decoding, conditional requests and retries.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
	gates  *hostGates
}

// Request is one page to fetch.
type Request struct {
	URL string
	// ETag and LastModified, from an earlier capture, make the request
	// conditional.
	ETag, LastModified string
	// Delay is the least time between two requests to the URL's host.
	Delay time.Duration
	// HTMLOnly refuses (without reading it) a body that is not HTML.
	HTMLOnly bool
}

// Response is the outcome of a fetch. Status is 0 when no response came.
type Response struct {
	FinalURL     string
	Status       int
	ETag         string
	LastModified string
	ContentType  string
	Charset      string
	Body         []byte // decoded; nil unless Status is 2xx
	Attempts     int
	// RetryAt is set when the server asked (Retry-After) to come back
	// later than this run is willing to wait.
	RetryAt time.Time
}

// hopDelayKey carries a request's delay to the redirect policy, which
// waits it before following each redirect.
type hopDelayKey struct{}

// maxHopDelay bounds the wait before following one redirect: ten hops
// must fit in the time an attempt may wait for its answer's headers.
const maxHopDelay = 2 * time.Second

// NewFetcher returns a Fetcher with its own connection pool.
func NewFetcher(opts FetchOptions) *Fetcher {
	opts.fill()
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = dialGuard
	}
	tr := &http.Transport{
		Proxy:                 nil, // never via a proxy: the address guard must see the real peer
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.StallTimeout,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		DisableCompression:    true, // we ask for and decode gzip, deflate and br ourselves
	}
	f := &Fetcher{opts: opts, gates: newHostGates()}
	f.client = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return ErrTooManyRedirect
			}
			next := req.URL.String()
			for _, v := range via {
				if v.URL.String() == next {
					return ErrRedirectLoop
				}
			}
			// Validators belong to the first URL only.
			req.Header.Del("If-None-Match")
			req.Header.Del("If-Modified-Since")
			// Each hop is a request like the others: it waits the
			// host's delay (the request holds its host's turn, so
			// nothing else is sent to it meanwhile), up to maxHopDelay so
			// that a chain of hops fits the attempt's time limits.
			if d, ok := req.Context().Value(hopDelayKey{}).(time.Duration); ok {
				return sleep(req.Context(), min(d, maxHopDelay))
			}
			return nil
		},
	}
	return f
}

// Close releases idle connections.
func (f *Fetcher) Close() {
	f.client.CloseIdleConnections()
}

// Fetch fetches one URL, retrying timeouts, 429 and 5xx answers with
// exponential backoff and jitter (or the server's Retry-After). HTTP error
// statuses are returned in the Response, not as errors; the error reports
// a failure to get a usable answer at all.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil {
		return &Response{}, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	var resp *Response
	for attempt := 1; ; attempt++ {
		resp, err = f.attempt(ctx, u.Host, req)
		resp.Attempts = attempt
		if ctx.Err() != nil {
			return resp, ctx.Err()
		}
		wait, retry := f.retryAfter(resp, err, attempt)
		if !retry {
			break
		}
		if attempt > f.opts.Retries {
			break
		}
		if wait > f.opts.MaxRetryAfter {
			resp.RetryAt = time.Now().Add(wait)
			break
		}
		if err := sleep(ctx, wait); err != nil {
			return resp, err
		}
	}
	if err != nil {
		return resp, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	return resp, nil
}

// retryAfter says whether an attempt's outcome is transient and how long
// to wait before the next one.
func (f *Fetcher) retryAfter(resp *Response, err error, attempt int) (time.Duration, bool) {
	if err != nil {
		if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrRedirectLoop) || errors.Is(err, ErrTooManyRedirect) ||
			errors.Is(err, ErrBlockedAddress) || errors.Is(err, ErrNotHTML) {
			return 0, false
		}
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return 0, false
		}
		return f.backoff(attempt), true
	}
	if resp.Status != http.StatusTooManyRequests && resp.Status < 500 || resp.Status == http.StatusNotImplemented {
		return 0, false
	}
	if !resp.RetryAt.IsZero() {
		return time.Until(resp.RetryAt), true
	}
	return f.backoff(attempt), true
}

// backoff is the exponential backoff before retry n (from 1), with jitter:
// a random wait between half and all of base·2^(n-1), capped.
func (f *Fetcher) backoff(n int) time.Duration {
	d := f.opts.BackoffBase << min(n-1, 20)
	if d > f.opts.BackoffMax || d <= 0 {
		d = f.opts.BackoffMax
	}
	return d/2 + rand.N(d/2+1)
}

// attempt makes one request. resp is never nil.
func (f *Fetcher) attempt(ctx context.Context, host string, req Request) (*Response, error) {
	resp := &Response{}
	release, err := f.gates.acquire(ctx, host, req.Delay)
	if err != nil {
		return resp, err
	}
	defer release()

	ctx, cancel := context.WithTimeout(context.WithValue(ctx, hopDelayKey{}, req.Delay), f.opts.Timeout)
	defer cancel()
	var stalled atomic.Bool
	stall := time.AfterFunc(f.opts.StallTimeout+f.opts.ConnectTimeout, func() {
		stalled.Store(true)
		cancel()
	})
	defer stall.Stop()

	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return resp, err
	}
	h := hreq.Header
	h.Set("User-Agent", f.opts.UserAgent)
	h.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	h.Set("Accept-Encoding", "gzip, deflate, br")
	h.Set("Accept-Language", "vi,en;q=0.5")
	if req.ETag != "" {
		h.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		h.Set("If-Modified-Since", req.LastModified)
	}
	hresp, err := f.client.Do(hreq)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) && uerr.Err != nil {
			err = uerr.Err
		}
		if stalled.Load() {
			err = ErrStalled
		}
		return resp, err
	}
	defer hresp.Body.Close()
	stall.Reset(f.opts.StallTimeout)

	resp.FinalURL = hresp.Request.URL.String()
	resp.Status = hresp.StatusCode
	resp.ETag = hresp.Header.Get("ETag")
	resp.LastModified = hresp.Header.Get("Last-Modified")
	resp.ContentType = hresp.Header.Get("Content-Type")
	resp.Charset = charsetOf(resp.ContentType)
	if ra := hresp.Header.Get("Retry-After"); ra != "" && (resp.Status == 429 || resp.Status >= 500) {
		resp.RetryAt = parseRetryAfter(ra, time.Now())
	}
	if resp.Status < 200 || resp.Status > 299 {
		io.Copy(io.Discard, io.LimitReader(hresp.Body, 64<<10)) // lets the connection be reused
		return resp, nil
	}
	if req.HTMLOnly && !isHTMLType(resp.ContentType) {
		return resp, fmt.Errorf("%w: %s", ErrNotHTML, resp.ContentType)
	}
	enc := strings.ToLower(strings.TrimSpace(hresp.Header.Get("Content-Encoding")))
	if (enc == "" || enc == "identity") && hresp.ContentLength > f.opts.MaxBody {
		return resp, fmt.Errorf("%w: %d bytes declared, limit %d", ErrTooLarge, hresp.ContentLength, f.opts.MaxBody)
	}
	raw := &stallReader{r: hresp.Body, t: stall, d: f.opts.StallTimeout}
	body, err := decodeBody(raw, enc)
	if err != nil {
		return resp, err
	}
	data, err := io.ReadAll(io.LimitReader(body, f.opts.MaxBody+1))
	if err != nil {
		if stalled.Load() {
			err = ErrStalled
		}
		return resp, fmt.Errorf("read body: %w", err)
	}
	if int64(len(data)) > f.opts.MaxBody {
		return resp, fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.opts.MaxBody)
	}
	resp.Body = data
	return resp, nil
}

// stallReader restarts the stall timer whenever bytes arrive.
type stallReader struct {
	r io.Reader
	t *time.Timer
	d time.Duration
}

func (s *stallReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if n > 0 {
		s.t.Reset(s.d)
	}
	return n, err
}

// decodeBody undoes the Content-Encoding enc (possibly a list, applied in
// order). The decoded size is never trusted: the caller caps it.
func decodeBody(r io.Reader, enc string) (io.Reader, error) {
	if enc == "" {
		return r, nil
	}
	codings := strings.Split(enc, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		switch c := strings.TrimSpace(codings[i]); c {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				return nil, fmt.Errorf("gzip body: %w", err)
			}
			r = zr
		case "deflate":
			r = newDeflateReader(r)
		case "br":
			r = brotli.NewReader(r)
		default:
			return nil, fmt.Errorf("unsupported content encoding %q", c)
		}
	}
	return r, nil
}

// newDeflateReader reads "deflate" bodies, which servers send either
// zlib-wrapped (as the standard says) or raw.
func newDeflateReader(r io.Reader) io.Reader {
	var head [2]byte
	n, _ := io.ReadFull(r, head[:])
	mr := io.MultiReader(bytes.NewReader(head[:n]), r)
	if n == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		zr, err := zlib.NewReader(mr)
		if err == nil {
			return zr
		}
	}
	return flate.NewReader(mr)
}

// charsetOf returns the charset parameter of a Content-Type value.
func charsetOf(ct string) string {
	if ct == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(ct); err == nil {
		return strings.TrimSpace(params["charset"])
	}
	lower := strings.ToLower(ct)
	i := strings.Index(lower, "charset=")
	if i < 0 {
		return ""
	}
	v := ct[i+len("charset="):]
	if j := strings.IndexAny(v, "; "); j >= 0 {
		v = v[:j]
	}
	return strings.Trim(v, `"'`)
}

// isHTMLType reports whether a Content-Type may hold an HTML page. A
// missing type is given the benefit of the doubt.
func isHTMLType(ct string) bool {
	mt, _, _ := strings.Cut(strings.ToLower(ct), ";")
	mt = strings.TrimSpace(mt)
	switch mt {
	case "", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml":
		return true
	}
	return false
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Time {
	v = strings.TrimSpace(v)
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			secs = 0
		}
		if secs > 365*24*3600 {
			secs = 365 * 24 * 3600
		}
		return now.Add(time.Duration(secs) * time.Second)
	}
	if t, err := http.ParseTime(v); err == nil {
		return t
	}
	return time.Time{}
}
