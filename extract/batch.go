package extract

import (
	"context"
	"runtime"
	"sync"
)

// Batch extracts n pages on workers goroutines (all cores when workers <= 0)
// and hands the results to emit in input order, whatever order they finish
// in. load fetches page i (the caller's I/O); a load or extraction error is
// passed to emit with that page's index, and the batch goes on. Batch stops
// early when ctx is cancelled or emit returns an error, and returns that
// error. At most about 2×workers results wait in memory for their turn.
func Batch(ctx context.Context, workers, n int, load func(i int) (Input, error), emit func(i int, rec Record, err error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		rec Record
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// slots[i] receives page i's result; a window of 2×workers bounds memory.
	slots := make([]chan result, n)
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in, err := load(i)
				var rec Record
				if err == nil {
					rec, err = Extract(in)
				}
				slots[i] <- result{rec, err}
			}
		}()
	}
	window := make(chan struct{}, 2*workers)
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for i := 0; i < n && err == nil; i++ {
		select {
		case r := <-slots[i]:
			<-window
			err = emit(i, r.rec, r.err)
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	cancel()
	// Drain so that workers blocked on nothing remain; slots are buffered.
	wg.Wait()
	return err
}
