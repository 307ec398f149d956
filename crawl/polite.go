package crawl

import (
	"context"
	"sync"
	"time"
)

// hostGates keeps crawling polite: one request at a time per host, and at
// least the host's delay between the end of one request and the start of
// the next.
type hostGates struct {
	mu    sync.Mutex
	hosts map[string]*hostGate
}

type hostGate struct {
	slot chan struct{} // holds one token: the right to send a request
	next time.Time     // earliest start of the next request
}

func newHostGates() *hostGates {
	return &hostGates{hosts: make(map[string]*hostGate)}
}

func (g *hostGates) get(host string) *hostGate {
	g.mu.Lock()
	defer g.mu.Unlock()
	h := g.hosts[host]
	if h == nil {
		h = &hostGate{slot: make(chan struct{}, 1)}
		g.hosts[host] = h
	}
	return h
}

// acquire waits for host's turn. The returned release must be called when
// the request is over; the next request to host then waits for delay.
func (g *hostGates) acquire(ctx context.Context, host string, delay time.Duration) (release func(), err error) {
	h := g.get(host)
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if wait := time.Until(h.next); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return nil, ctx.Err()
		}
	}
	return func() {
		h.next = time.Now().Add(delay)
		<-h.slot
	}, nil
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
